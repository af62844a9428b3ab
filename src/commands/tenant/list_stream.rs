//! `tenant list` as pages arrive: piped text rows or a JSON array written
//! element by element, so memory stays at one page whatever the number of
//! tenants. The output is byte for byte what the buffered list prints.

use crate::api::Tenant;
use crate::context::Context;
use crate::error::Result;
use crate::output::{OutputFormat, Printable, json_text};

/// Streams every tenant (with `status`, when given) and returns nothing
/// left to print.
pub async fn stream(
    ctx: &mut Context,
    status: Option<&str>,
    headers: &[&str],
    row: fn(&Tenant) -> Vec<String>,
) -> Result<Printable> {
    let client = ctx.api()?;
    let json = ctx.format == OutputFormat::Json;
    let mut pages = client.tenant_pages(status);
    let mut first = true;
    let mut any = false;
    while let Some(page) = pages.next().await? {
        let text = if json {
            json_elements(&page, &mut first)
        } else {
            // Piped, a table is its rows: a page renders as its own rows.
            let rows = page.iter().map(row).collect();
            Printable::table(&page, headers, rows).render(OutputFormat::Table, false, false)
        };
        any |= !page.is_empty();
        ctx.write_stdout(&text)?;
    }
    if json {
        ctx.write_stdout(if any { "\n]\n" } else { "[]\n" })?;
    }
    Ok(Printable::nothing())
}

/// The page's tenants as elements of a pretty JSON array, as
/// `serde_json::to_string_pretty` would indent them inside one.
fn json_elements(page: &[Tenant], first: &mut bool) -> String {
    let mut text = String::new();
    for tenant in page {
        text.push_str(if *first { "[\n" } else { ",\n" });
        *first = false;
        let element = json_text(tenant);
        let indented: Vec<String> = element.lines().map(|l| format!("  {l}")).collect();
        text.push_str(&indented.join("\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tenant(slug: &str) -> Tenant {
        Tenant {
            slug: slug.into(),
            company_name: "Line\nBreak \u{202e}Co".into(),
            okta_domain: "dev-1.okta.com".into(),
            client_id: "0oa1".into(),
            client_secret_last4: Some("ab12".into()),
            status: "active".into(),
            redirect_uri: "https://x/okta-login/a".into(),
            dashboard_url: None,
            version: Some(1),
            created_at: None,
            updated_at: None,
            provisioning_state: None,
            review: None,
        }
    }

    #[test]
    fn pages_of_elements_make_the_same_document_as_the_whole_array() {
        let all: Vec<Tenant> = ["a", "b", "c"].iter().map(|s| tenant(s)).collect();
        let mut first = true;
        let mut streamed = json_elements(&all[..2], &mut first);
        streamed.push_str(&json_elements(&[], &mut first));
        streamed.push_str(&json_elements(&all[2..], &mut first));
        streamed.push_str("\n]\n");
        assert_eq!(streamed, format!("{}\n", json_text(&all)));
    }
}
