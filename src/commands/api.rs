//! `ssoctl api`: raw admin API calls with the stored token, like `gh api`.

use reqwest::Method;
use reqwest::header::{CONTENT_TYPE, HeaderName};
use serde_json::{Map, Value};

use crate::cli::ApiArgs;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::outcome::Outcome;
use crate::output::Printable;

pub async fn run(ctx: &mut Context, args: ApiArgs) -> Result<Outcome> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| CliError::usage(format!("`{}` is not an HTTP method", args.method)))?;
    let client = ctx.api()?;
    let mut url = resolve_path(client.base_url(), &args.path)?;

    let mut fields = Map::new();
    for raw in &args.raw_fields {
        let (key, value) = split_field(raw, "-f")?;
        fields.insert(key, Value::String(value));
    }
    for raw in &args.fields {
        let (key, value) = split_field(raw, "-F")?;
        fields.insert(key, typed_value(&value)?);
    }

    let mut request = client.raw_request(method.clone(), url.clone());
    if matches!(method, Method::GET | Method::DELETE) {
        if !fields.is_empty() {
            let mut query = url.query_pairs_mut();
            for (key, value) in &fields {
                let text = match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                query.append_pair(key, &text);
            }
        }
        request.url = url;
    } else if let Some(input) = &args.input {
        let bytes = if input == "-" {
            ctx.io.read_input()?.into_bytes()
        } else {
            std::fs::read(input)
                .map_err(|e| CliError::usage(format!("cannot read {input}: {e}")))?
        };
        request = request.raw_body("application/json", bytes);
    } else if !fields.is_empty() {
        request = request.json(&Value::Object(fields));
    }
    for header in &args.headers {
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| CliError::usage(format!("header `{header}` is not NAME:VALUE")))?;
        let name = HeaderName::from_bytes(name.trim().as_bytes())
            .map_err(|_| CliError::usage(format!("`{}` is not a header name", name.trim())))?;
        request = request.header(name, value.trim());
    }

    let response = client.raw(request).await?;
    let mut text = String::new();
    if args.include {
        text.push_str(&format!("HTTP {}\n", response.status));
        for (name, value) in &response.headers {
            let value = crate::http::redact::header_value(
                name.as_str(),
                value.to_str().unwrap_or("<binary>"),
            );
            text.push_str(&format!("{name}: {value}\n"));
        }
        text.push('\n');
    }
    let is_json = response
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.contains("json"));
    let parsed = if is_json {
        serde_json::from_slice::<Value>(&response.body).ok()
    } else {
        None
    };
    if is_json && parsed.is_none() && !response.body.is_empty() {
        ctx.io.warn(
            "the answer says it is JSON but is not valid JSON (cut short?); printed as it came",
        );
    }
    match &parsed {
        Some(value) => text.push_str(&crate::output::json_text(value)),
        None => text.push_str(&String::from_utf8_lossy(&response.body)),
    }
    let printable = Printable {
        json: parsed.unwrap_or(Value::Null),
        view: crate::output::View::Text(text.clone()),
    };
    // `--output json` prints the parsed body; a non-JSON body prints as it is.
    let printable = if printable.json.is_null() {
        Printable::text(text)
    } else {
        printable
    };
    if response.status.is_success() {
        return Ok(Outcome::ok(printable));
    }
    // The body is the most useful part of a failure: it is the data, and
    // the verdict is the exit code of its class.
    let error = crate::api::error::status_error(method, &response);
    Ok(Outcome::failed(
        printable,
        crate::api::error::api_error(&error),
    ))
}

/// A path under the API URL, or a full URL on the API's own origin (the
/// token is never sent anywhere else).
fn resolve_path(base: &url::Url, path: &str) -> Result<url::Url> {
    if path.starts_with("http://") || path.starts_with("https://") {
        let url = url::Url::parse(path)
            .map_err(|e| CliError::usage(format!("`{path}` is not a URL: {e}")))?;
        if url.origin() != base.origin() {
            return Err(CliError::usage(format!(
                "{path} is not on the API's host ({})",
                base.origin().ascii_serialization()
            ))
            .hint("ssoctl api sends the admin token, so it only talks to the configured API URL")
            .into());
        }
        return Ok(url);
    }
    let (path_part, query) = match path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path, None),
    };
    let mut url = base.clone();
    let joined = format!(
        "{}/{}",
        base.path().trim_end_matches('/'),
        path_part.trim_start_matches('/')
    );
    url.set_path(&joined);
    url.set_query(query);
    Ok(url)
}

fn split_field(raw: &str, flag: &str) -> Result<(String, String)> {
    match raw.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(CliError::usage(format!("{flag} `{raw}` is not KEY=VALUE")).into()),
    }
}

/// `-F` values: true, false, null and numbers become JSON; `@FILE` reads a file.
fn typed_value(value: &str) -> Result<Value> {
    if let Some(path) = value.strip_prefix('@') {
        let text = if path == "-" {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| CliError::usage(format!("cannot read standard input: {e}")))?;
            s
        } else {
            std::fs::read_to_string(path)
                .map_err(|e| CliError::usage(format!("cannot read {path}: {e}")))?
        };
        return Ok(Value::String(text.trim_end_matches('\n').to_string()));
    }
    Ok(match value {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ => match value.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => value
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .unwrap_or_else(|| Value::String(value.to_string())),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_under_the_api_url_and_keep_queries() {
        let base = url::Url::parse("https://api.example/base").unwrap();
        assert_eq!(
            resolve_path(&base, "admin/v1/tenants?limit=2")
                .unwrap()
                .as_str(),
            "https://api.example/base/admin/v1/tenants?limit=2"
        );
        assert_eq!(
            resolve_path(&base, "/admin/v1/health").unwrap().as_str(),
            "https://api.example/base/admin/v1/health"
        );
        assert!(resolve_path(&base, "https://evil.example/admin").is_err());
        assert!(resolve_path(&base, "https://api.example/admin/v1/health").is_ok());
    }

    #[test]
    fn typed_fields() {
        assert_eq!(typed_value("true").unwrap(), Value::Bool(true));
        assert_eq!(typed_value("42").unwrap(), Value::from(42));
        assert_eq!(typed_value("acme").unwrap(), Value::String("acme".into()));
        assert!(split_field("noequals", "-f").is_err());
    }
}
