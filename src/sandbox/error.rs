//! The contract's single error shape, `{"error": {"code", "message", "details"?}}`,
//! and the error type every handler returns.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

/// One entry of `details` for `validation_failed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// An error answer of the admin API (or of a `/_sandbox` knob).
#[derive(Clone, Debug)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub details: Vec<FieldError>,
    /// Extra headers, e.g. `Retry-After`, `WWW-Authenticate`, the current `ETag` on 412.
    pub headers: Vec<(HeaderName, String)>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            details: Vec::new(),
            headers: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn unauthorized(message: &str) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
            .with_header(header::WWW_AUTHENTICATE, "Bearer")
    }

    pub fn tenant_not_found() -> Self {
        // The exact message the real service (and the guide's troubleshooting table) uses.
        Self::new(
            StatusCode::NOT_FOUND,
            "sso_config_not_found",
            "SSO config not found",
        )
    }

    pub fn route_not_found(method: &str, path: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no such route: {method} {path}"),
        )
    }

    pub fn validation(message: impl Into<String>, details: Vec<FieldError>) -> Self {
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            message,
        );
        e.details = details;
        e
    }

    /// A `validation_failed` about one field.
    pub fn invalid_field(message: &str, field: &str, detail: impl Into<String>) -> Self {
        Self::validation(message, vec![FieldError::new(field, detail)])
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }

    /// The JSON body of this error.
    pub fn body(&self) -> serde_json::Value {
        let mut inner = serde_json::Map::new();
        inner.insert("code".into(), self.code.into());
        inner.insert("message".into(), self.message.clone().into());
        if !self.details.is_empty() {
            inner.insert(
                "details".into(),
                serde_json::to_value(&self.details).unwrap_or_default(),
            );
        }
        serde_json::json!({ "error": inner })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body())).into_response();
        for (name, value) in &self.headers {
            if let Ok(value) = HeaderValue::from_str(value) {
                response.headers_mut().insert(name.clone(), value);
            }
        }
        response
    }
}

/// What a [`super::Control`] knob answers when it cannot do what was asked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ControlError {
    /// The HTTP status the `/_sandbox` twin of the knob answers with.
    pub status: u16,
    /// The contract's error code, e.g. `sso_config_not_found` or `validation_failed`.
    pub code: String,
    pub message: String,
    pub details: Vec<FieldError>,
}

impl From<ApiError> for ControlError {
    fn from(e: ApiError) -> Self {
        Self {
            status: e.status.as_u16(),
            code: e.code.to_string(),
            message: e.message,
            details: e.details,
        }
    }
}
