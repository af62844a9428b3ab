//! What the service's handlers take from a request: who calls, the tenant a
//! route names, and, for a write to that tenant, the `If-Match` sent.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::Response;

use super::if_match::IfMatch;
use crate::sandbox::error::ApiError;
use crate::sandbox::state::Caller;
use crate::sandbox::{Shared, validate};

/// What a service handler answers.
pub(crate) type Reply = Result<Response, ApiError>;

/// The sandbox and who is calling (set by the front door on every request).
pub(crate) struct Call {
    pub shared: Arc<Shared>,
    pub caller: Caller,
}

impl FromRequestParts<Arc<Shared>> for Call {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, ApiError> {
        let caller = parts.extensions.get::<Caller>().cloned();
        let caller = caller.ok_or_else(|| ApiError::internal("the request has no caller"))?;
        Ok(Call {
            shared: Arc::clone(shared),
            caller,
        })
    }
}

/// The `{slug}` of a tenant route. A slug that cannot exist is simply not
/// found.
pub(crate) struct TenantSlug(pub String);

impl<S: Send + Sync> FromRequestParts<S> for TenantSlug {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(slug)) if validate::slug(&slug).is_ok() => Ok(TenantSlug(slug)),
            _ => Err(ApiError::tenant_not_found()),
        }
    }
}

/// A write to the tenant a route names.
pub(crate) struct TenantEdit {
    pub shared: Arc<Shared>,
    pub caller: Caller,
    pub slug: String,
    /// The request's `If-Match`, if it has one.
    pub if_match: Option<String>,
}

impl FromRequestParts<Arc<Shared>> for TenantEdit {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, ApiError> {
        let Call { shared, caller } = Call::from_request_parts(parts, shared).await?;
        let TenantSlug(slug) = TenantSlug::from_request_parts(parts, &shared).await?;
        let Ok(IfMatch(if_match)) = IfMatch::from_request_parts(parts, &shared).await;
        Ok(TenantEdit {
            shared,
            caller,
            slug,
            if_match,
        })
    }
}
