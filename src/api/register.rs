//! Registering a tenant so that running it again is safe: one idempotency
//! key per registration, and a tenant already registered exactly as asked
//! (a lost first answer, a second run) is not a conflict. `tenant
//! register`, `tenant apply` and `okta setup` all register through here.

use crate::api::{Client, NewTenant, Tenant};
use crate::error::{CliError, Result};
use crate::secret::Secret;

/// What [`register`] found.
#[derive(Debug)]
pub enum Registration {
    /// The service registered it now.
    Created(Tenant),
    /// It was registered already with this company name, Okta domain,
    /// client id and a secret ending in the same four characters.
    AlreadyAsAsked(Tenant),
}

/// A fresh key for one logical request; retries of that request reuse it.
pub fn idempotency_key() -> String {
    format!("ssoctl-{}", uuid::Uuid::new_v4())
}

/// The last four characters of a secret: all the service ever shows of it.
pub fn last4(secret: &Secret) -> String {
    let chars: Vec<char> = secret.expose().chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

/// Registers `new` with an idempotency key; a 409 for a tenant that holds
/// exactly what `new` asks for is [`Registration::AlreadyAsAsked`], any
/// other 409 a conflict error naming `tenant show` and `tenant update`.
pub async fn register(client: &Client, new: &NewTenant) -> Result<Registration> {
    let key = idempotency_key();
    match client.register_tenant(new, &key).await {
        Ok(created) => Ok(Registration::Created(created.value)),
        Err(e) if e.code() == Some("tenant_exists") || e.is(409) => {
            let conflict = |what: &str| {
                CliError::conflict(format!(
                    "a tenant is already registered as `{}`{what}",
                    new.slug
                ))
                .hint(format!(
                    "see it with `ssoctl tenant show {}`; change it with `ssoctl tenant update {}`",
                    new.slug, new.slug
                ))
            };
            match registered_as_asked(client, new).await {
                Ok(Some(existing)) => Ok(Registration::AlreadyAsAsked(existing)),
                Ok(None) => Err(conflict(", with other values").into()),
                // Not compared (the read failed): the conflict stands as is.
                Err(_) => Err(conflict("").into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// The registered tenant, when it holds exactly what `new` asks for (the
/// secret compared by the last four characters the service shows).
async fn registered_as_asked(client: &Client, new: &NewTenant) -> Result<Option<Tenant>> {
    let existing = client.tenant(&new.slug).await?.value;
    let same = existing.company_name == new.company_name
        && existing.okta_domain == new.okta_domain
        && existing.client_id == new.client_id
        && existing.client_secret_last4.as_deref() == Some(&last4(&new.client_secret));
    Ok(same.then_some(existing))
}
