//! `ssoctl version`: this build (version, commit, build date) and, when a
//! service is configured, the version the service reports.

use serde::Serialize;

use crate::cli::VersionArgs;
use crate::config::{Source, display_url};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Printable, or_dash};

#[derive(Serialize)]
struct Versions {
    version: &'static str,
    commit: &'static str,
    build_date: &'static str,
    /// Absent with `--client`, or when no service is configured.
    #[serde(skip_serializing_if = "Option::is_none")]
    service: Option<Service>,
}

#[derive(Serialize)]
struct Service {
    url: String,
    version: Option<String>,
    /// Why the service's version is not known, when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn run(ctx: &mut Context, args: VersionArgs) -> Result<Printable> {
    let mut versions = Versions {
        version: env!("CARGO_PKG_VERSION"),
        commit: env!("SSOCTL_COMMIT"),
        build_date: env!("SSOCTL_BUILD_DATE"),
        service: None,
    };
    let settings = ctx.settings()?.clone();
    // Only a service someone chose is asked: the built-in default is
    // production, and `version` must not reach it by surprise.
    if !args.client && !matches!(settings.api_url.source, Source::Default) {
        let url = display_url(&settings.api_url.value);
        let answer = match ctx.api() {
            Ok(client) => client.health().await.map_err(|e| e.to_string()),
            Err(e) => Err(format!("{e:#}")),
        };
        let service = match answer {
            Ok(health) => Service {
                url,
                version: health.version,
                error: None,
            },
            Err(error) => {
                ctx.io.warn(&format!(
                    "the service at {url} did not say its version: {error}"
                ));
                Service {
                    url,
                    version: None,
                    error: Some(error),
                }
            }
        };
        versions.service = Some(service);
    }
    let mut fields = vec![
        ("ssoctl", versions.version.to_string()),
        ("commit", versions.commit.to_string()),
        ("built", versions.build_date.to_string()),
    ];
    if let Some(service) = &versions.service {
        fields.push(("service", service.url.clone()));
        fields.push(("service version", or_dash(service.version.as_deref())));
    }
    Ok(Printable::details(&versions, fields, Vec::new()))
}
