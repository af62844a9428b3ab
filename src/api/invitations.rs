//! Support's side of invitations (docs/admin-api.md, "Invitations"):
//! create one, list them, approve or reject what a customer submitted.

use reqwest::Method;
use reqwest::header::HeaderName;
use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client, Invitation, InvitationList, Tenant, Versioned};
use crate::secret::Secret;

/// A new invitation and its one-time token, which the service never shows again.
#[derive(Debug, Clone, Deserialize)]
pub struct IssuedInvitation {
    #[serde(flatten)]
    pub invitation: Invitation,
    pub token: Secret,
}

impl Client {
    /// `POST /admin/v1/invitations`; `expires_in` in seconds (the service's
    /// default, 7 days, when `None`).
    pub async fn create_invitation(
        &self,
        slug: &str,
        company_name: &str,
        expires_in: Option<u64>,
        idempotency_key: &str,
    ) -> Result<IssuedInvitation, ApiError> {
        let url = self.url(&["admin", "v1", "invitations"]);
        let mut body = json!({ "slug": slug, "company_name": company_name });
        if let Some(secs) = expires_in {
            body["expires_in"] = json!(secs);
        }
        let request = self
            .request(Method::POST, url)
            .header(HeaderName::from_static("idempotency-key"), idempotency_key)
            .json(&body);
        Ok(self.send_json(request).await?.0)
    }

    pub async fn invitations(&self) -> Result<Vec<Invitation>, ApiError> {
        let url = self.url(&["admin", "v1", "invitations"]);
        Ok(self
            .send_json::<InvitationList>(self.request(Method::GET, url))
            .await?
            .0
            .invitations)
    }

    /// Pending review → active, only if the tenant is still at `etag`.
    pub async fn approve_tenant(
        &self,
        slug: &str,
        etag: Option<&str>,
    ) -> Result<Versioned<Tenant>, ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug, "approve"]);
        let mut request = self.request(Method::POST, url);
        if let Some(etag) = etag {
            request = request.header(reqwest::header::IF_MATCH, etag);
        }
        let (value, response) = self.send_json(request).await?;
        Ok(Versioned {
            value,
            etag: response.header("etag").map(str::to_string),
        })
    }

    /// Removes a registration awaiting review (and its secret).
    pub async fn reject_tenant(&self, slug: &str, etag: Option<&str>) -> Result<(), ApiError> {
        let url = self.url(&["admin", "v1", "tenants", slug, "reject"]);
        let mut request = self.request(Method::POST, url);
        if let Some(etag) = etag {
            request = request.header(reqwest::header::IF_MATCH, etag);
        }
        self.send(request).await.map(|_| ())
    }
}
