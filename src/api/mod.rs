//! The typed client of the SSO service's admin API (docs/admin-api.md).

pub mod error;
pub mod invitations;
pub mod login;
pub mod register;
pub mod registrations;
pub mod suggest;
pub mod types;

use reqwest::Method;
use reqwest::header::HeaderName;
use serde::de::DeserializeOwned;
use serde_json::json;
use url::Url;

pub use error::{ApiError, InvalidResponse, StatusError};
pub use types::*;

use crate::http::{HttpClient, Request, Response};
use crate::secret::Secret;

/// Pages a list may have before the client assumes the server loops.
const MAX_PAGES: usize = 10_000;

/// Pages of tenants, following `next_cursor` (see [`Client::tenant_pages`]).
pub struct TenantPages<'a> {
    client: &'a Client,
    status: Option<&'a str>,
    cursor: Option<String>,
    pages: usize,
    done: bool,
}

impl TenantPages<'_> {
    /// The next page; `None` after the last.
    pub async fn next(&mut self) -> Result<Option<Vec<Tenant>>, ApiError> {
        if self.done {
            return Ok(None);
        }
        if self.pages >= MAX_PAGES {
            return Err(self
                .client
                .invalid("the tenant list did not end", "tenants"));
        }
        self.pages += 1;
        let page = self
            .client
            .tenant_page(self.status, self.cursor.as_deref(), 100)
            .await?;
        match page.next_cursor.filter(|c| !c.is_empty()) {
            Some(next) if Some(&next) == self.cursor.as_ref() => {
                return Err(self
                    .client
                    .invalid("the tenant list repeats its cursor", "tenants"));
            }
            Some(next) => self.cursor = Some(next),
            None => self.done = true,
        }
        Ok(Some(page.tenants))
    }
}

#[derive(Clone)]
pub struct Client {
    http: HttpClient,
    base: Url,
    token: Secret,
}

/// The new tenant's fields; the secret travels only inside the request body.
#[derive(Debug, Clone)]
pub struct NewTenant {
    pub slug: String,
    pub company_name: String,
    pub okta_domain: String,
    pub client_id: String,
    pub client_secret: Secret,
}

impl NewTenant {
    /// The request body, with the secret in it: for sending only.
    fn body(&self) -> serde_json::Value {
        json!({
            "slug": self.slug,
            "company_name": self.company_name,
            "okta_domain": self.okta_domain,
            "client_id": self.client_id,
            "client_secret": self.client_secret.expose(),
        })
    }

    /// The request body as `--dry-run` shows it.
    pub fn redacted_body(&self) -> serde_json::Value {
        let mut body = self.body();
        body["client_secret"] = json!(self.client_secret.redacted());
        body
    }
}

impl Client {
    pub fn new(http: HttpClient, base: Url, token: Secret) -> Self {
        Client { http, base, token }
    }

    /// The same client over another HTTP client (e.g. one with a concurrency limit).
    pub fn with_http(&self, http: HttpClient) -> Client {
        Client {
            http,
            base: self.base.clone(),
            token: self.token.clone(),
        }
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// `base` + path segments, each percent-encoded (slugs and origins).
    pub fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty();
            path.extend(segments);
        }
        url
    }

    fn request(&self, method: Method, url: Url) -> Request {
        Request::new(method, url)
            .header(
                reqwest::header::AUTHORIZATION,
                &format!("Bearer {}", self.token.expose()),
            )
            .header(reqwest::header::ACCEPT, "application/json")
    }

    /// Sends a request and checks the status; the body is not parsed.
    pub async fn send(&self, request: Request) -> Result<Response, ApiError> {
        let method = request.method.clone();
        let response = self.http.send(request).await?;
        if response.status.is_success() {
            return Ok(response);
        }
        Err(error::status_error(method, &response))
    }

    async fn send_json<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<(T, Response), ApiError> {
        let method = request.method.clone();
        let response = self.send(request).await?;
        let value = parse_json(&method, &response)?;
        Ok((value, response))
    }

    /// Sends a request as it is, returning any answer: for `ssoctl api`.
    pub async fn raw(&self, request: Request) -> Result<Response, ApiError> {
        Ok(self.http.send(request).await?)
    }

    pub fn raw_request(&self, method: Method, url: Url) -> Request {
        self.request(method, url)
    }

    pub async fn health(&self) -> Result<Health, ApiError> {
        let url = self.url(&["admin", "v1", "health"]);
        Ok(self.send_json(self.request(Method::GET, url)).await?.0)
    }

    pub async fn tenant_page(
        &self,
        status: Option<&str>,
        cursor: Option<&str>,
        limit: u32,
    ) -> Result<TenantPage, ApiError> {
        let mut url = self.url(&["admin", "v1", "tenants"]);
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("limit", &limit.to_string());
            if let Some(status) = status {
                query.append_pair("status", status);
            }
            if let Some(cursor) = cursor {
                query.append_pair("cursor", cursor);
            }
        }
        Ok(self.send_json(self.request(Method::GET, url)).await?.0)
    }

    /// Every tenant, following `next_cursor` to the last page.
    pub async fn all_tenants(&self, status: Option<&str>) -> Result<Vec<Tenant>, ApiError> {
        let mut tenants = Vec::new();
        let mut pages = self.tenant_pages(status);
        while let Some(page) = pages.next().await? {
            tenants.extend(page);
        }
        Ok(tenants)
    }

    /// The tenants a page at a time, for callers that keep no more than a
    /// page in memory.
    pub fn tenant_pages<'a>(&'a self, status: Option<&'a str>) -> TenantPages<'a> {
        TenantPages {
            client: self,
            status,
            cursor: None,
            pages: 0,
            done: false,
        }
    }

    pub async fn event_page(
        &self,
        slug: &str,
        cursor: Option<&str>,
    ) -> Result<EventPage, ApiError> {
        let mut url = self.url(&["admin", "v1", "tenants", slug, "events"]);
        if let Some(cursor) = cursor {
            url.query_pairs_mut().append_pair("cursor", cursor);
        }
        Ok(self.send_json(self.request(Method::GET, url)).await?.0)
    }

    /// A tenant's whole change history, oldest first, following `next_cursor`.
    pub async fn tenant_events(&self, slug: &str) -> Result<Vec<TenantEvent>, ApiError> {
        let mut events = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let page = self.event_page(slug, cursor.as_deref()).await?;
            events.extend(page.events);
            match page.next_cursor.filter(|c| !c.is_empty()) {
                Some(next) if Some(&next) == cursor.as_ref() => {
                    return Err(self.invalid("the event list repeats its cursor", "tenants"));
                }
                Some(next) => cursor = Some(next),
                None => return Ok(events),
            }
        }
        Err(self.invalid("the event list did not end", "tenants"))
    }

    fn invalid(&self, problem: &str, path: &str) -> ApiError {
        ApiError::InvalidResponse(Box::new(InvalidResponse {
            method: Method::GET,
            url: self.url(&["admin", "v1", path]),
            status: 200,
            request_id: None,
            problem: problem.to_string(),
        }))
    }

    pub async fn tenant(&self, slug: &str) -> Result<Versioned<Tenant>, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug]);
        let (value, response) = self.send_json(self.request(Method::GET, url)).await?;
        Ok(Versioned {
            value,
            etag: response.header("etag").map(str::to_string),
        })
    }

    pub async fn register_tenant(
        &self,
        tenant: &NewTenant,
        idempotency_key: &str,
    ) -> Result<Versioned<Tenant>, ApiError> {
        let url = self.url(&["admin", "v1", "tenants"]);
        let request = self
            .request(Method::POST, url)
            .header(HeaderName::from_static("idempotency-key"), idempotency_key)
            .json(&tenant.body());
        let (value, response) = self.send_json(request).await?;
        Ok(Versioned {
            value,
            etag: response.header("etag").map(str::to_string),
        })
    }

    /// Applies `changes` (and a new secret, when given) only if the tenant is
    /// still at `etag`.
    pub async fn update_tenant(
        &self,
        slug: &str,
        changes: &TenantChanges,
        new_secret: Option<&Secret>,
        etag: &str,
    ) -> Result<Versioned<Tenant>, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug]);
        let mut body = serde_json::to_value(changes).unwrap_or_else(|_| json!({}));
        if let Some(secret) = new_secret {
            body["client_secret"] = json!(secret.expose());
        }
        let request = self
            .request(Method::PATCH, url)
            .header(reqwest::header::IF_MATCH, etag)
            .json(&body);
        let (value, response) = self.send_json(request).await?;
        Ok(Versioned {
            value,
            etag: response.header("etag").map(str::to_string),
        })
    }

    pub async fn delete_tenant(&self, slug: &str) -> Result<(), ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug]);
        self.send(self.request(Method::DELETE, url))
            .await
            .map(|_| ())
    }

    pub async fn provisioning(&self, slug: &str) -> Result<Provisioning, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug, "provisioning"]);
        Ok(self.send_json(self.request(Method::GET, url)).await?.0)
    }

    pub async fn retry_provisioning(
        &self,
        slug: &str,
        idempotency_key: &str,
    ) -> Result<Provisioning, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug, "provisioning", "retry"]);
        let request = self
            .request(Method::POST, url)
            .header(HeaderName::from_static("idempotency-key"), idempotency_key);
        Ok(self.send_json(request).await?.0)
    }

    pub async fn users(&self, slug: &str) -> Result<Vec<User>, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug, "users"]);
        Ok(self
            .send_json::<UserList>(self.request(Method::GET, url))
            .await?
            .0
            .users)
    }

    /// The service probes the tenant's Okta with the secret it has on file;
    /// support never sees the secret.
    pub async fn check_client_secret(&self, slug: &str) -> Result<SecretCheck, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug, "checks", "client-secret"]);
        // A probe changes nothing: safe to repeat.
        let request = self.request(Method::POST, url).retry_safe(true);
        Ok(self.send_json(request).await?.0)
    }

    pub async fn cors_origins(&self) -> Result<Vec<Origin>, ApiError> {
        let url = self.url(&["admin", "v1", "cors", "origins"]);
        Ok(self
            .send_json::<OriginList>(self.request(Method::GET, url))
            .await?
            .0
            .origins)
    }

    pub async fn add_cors_origin(
        &self,
        origin: &str,
        idempotency_key: &str,
    ) -> Result<Origin, ApiError> {
        let url = self.url(&["admin", "v1", "cors", "origins"]);
        let request = self
            .request(Method::POST, url)
            .header(HeaderName::from_static("idempotency-key"), idempotency_key)
            .json(&json!({ "origin": origin }));
        Ok(self.send_json(request).await?.0)
    }

    pub async fn remove_cors_origin(&self, origin: &str) -> Result<(), ApiError> {
        let url = self.url(&["admin", "v1", "cors", "origins", origin]);
        self.send(self.request(Method::DELETE, url))
            .await
            .map(|_| ())
    }
}

fn parse_json<T: DeserializeOwned>(method: &Method, response: &Response) -> Result<T, ApiError> {
    serde_json::from_slice(&response.body).map_err(|e| {
        let problem = if response.body.is_empty() {
            "the body is empty".to_string()
        } else if !response.is_json() {
            format!(
                "expected JSON, got {}",
                response
                    .content_type()
                    .unwrap_or("a body without a content type")
            )
        } else if e.is_eof() {
            "the JSON body is cut short".to_string()
        } else {
            // The field and position, in words (never serde's raw wording).
            format!(
                "the JSON does not match the API contract ({})",
                crate::error::parse_problem(&e.to_string())
            )
        };
        ApiError::InvalidResponse(Box::new(InvalidResponse {
            method: method.clone(),
            url: response.url.clone(),
            status: response.status.as_u16(),
            request_id: response.request_id().map(str::to_string),
            problem,
        }))
    })
}
