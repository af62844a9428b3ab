//! "Did you mean": the registered slug closest to one that is not
//! registered, for every command that names a tenant (`tenant …`,
//! `doctor`). Here, beside the client, so no command imports another.

use crate::api::Client;
use crate::error::{CliError, ErrorKind};

/// A "no tenant is registered as SLUG" error gains "did you mean
/// `acme-corp`?" when a registered slug is close; any other error, or a
/// failed list, leaves it as it is.
pub async fn suggest_slug(client: &Client, slug: &str, error: anyhow::Error) -> anyhow::Error {
    let is_not_found = error
        .downcast_ref::<CliError>()
        .is_some_and(|e| e.kind == ErrorKind::NotFound);
    if !is_not_found {
        return error;
    }
    let Some(close) = closest_registered(client, slug).await else {
        return error;
    };
    match error.downcast::<CliError>() {
        Ok(mut e) => {
            e.hints.insert(0, format!("did you mean `{close}`?"));
            e.into()
        }
        Err(error) => error,
    }
}

/// The registered slug `input` most likely meant: a small edit away
/// (`umbrela` → `umbrella`), or the only slug it begins (`acme` → `acme-corp`).
pub fn closest_slug<'a>(input: &str, slugs: &[&'a str]) -> Option<&'a str> {
    if let Some(close) = crate::config::did_you_mean(input, slugs.iter().copied()) {
        return Some(close);
    }
    let mut starting = slugs
        .iter()
        .copied()
        .filter(|s| input.len() >= 3 && (s.starts_with(input) || s.contains(&format!("-{input}"))));
    match (starting.next(), starting.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The registered slug closest to `slug`, if one is close (one list of the
/// tenants; `None` when the list fails).
pub async fn closest_registered(client: &Client, slug: &str) -> Option<String> {
    let tenants = client.all_tenants(None).await.ok()?;
    let slugs: Vec<&str> = tenants.iter().map(|t| t.slug.as_str()).collect();
    closest_slug(slug, &slugs).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::closest_slug;

    #[test]
    fn the_closest_registered_slug_is_suggested() {
        let slugs = ["acme-corp", "globex", "umbrella", "initech"];
        assert_eq!(closest_slug("acme", &slugs), Some("acme-corp"));
        assert_eq!(closest_slug("umbrela", &slugs), Some("umbrella"));
        assert_eq!(closest_slug("corp", &slugs), Some("acme-corp"));
        assert_eq!(closest_slug("zzzzzz", &slugs), None);
        assert_eq!(closest_slug("ac", &slugs), None);
        assert_eq!(closest_slug("acme", &["acme-corp", "acme-labs"]), None);
    }
}
