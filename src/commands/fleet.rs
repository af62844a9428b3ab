//! Fleet operations on tenants: `tenant history` (and, as they land,
//! `export`, `diff` and `apply`). Kept apart from `tenant.rs`, which holds
//! the one-tenant verbs.

use crate::api::error::tenant_not_found as not_found;
use crate::api::{FieldChange, TenantEvent};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Printable, or_dash};

/// `tenant history SLUG`: every event of the tenant, oldest first.
pub async fn history(ctx: &mut Context, slug: &str) -> Result<Printable> {
    let client = ctx.api()?;
    let events = client.tenant_events(slug).await.map_err(not_found(slug))?;
    if events.is_empty() && ctx.io.stdout_is_tty {
        ctx.io.status(&format!("No changes recorded for {slug}"));
    }
    let rows = events.iter().map(history_row).collect();
    Ok(Printable::table(
        &events,
        &["when", "actor", "action", "changes", "request id"],
        rows,
    ))
}

fn history_row(e: &TenantEvent) -> Vec<String> {
    let changes: Vec<String> = e.changes.iter().map(describe_change).collect();
    vec![
        e.at.clone(),
        e.actor.clone(),
        e.action.clone(),
        if changes.is_empty() {
            "-".to_string()
        } else {
            changes.join("; ")
        },
        or_dash(e.request_id.as_deref()),
    ]
}

/// `company_name: Acme → Acme Corp`; a secret is only ever "rotated".
fn describe_change(c: &FieldChange) -> String {
    if c.rotated {
        return format!("{}: rotated", c.field);
    }
    match (&c.old, &c.new) {
        (None, Some(new)) => format!("{}: {new}", c.field),
        (Some(old), Some(new)) => format!("{}: {old} → {new}", c.field),
        (Some(old), None) => format!("{}: {old} → (none)", c.field),
        (None, None) => c.field.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(field: &str, old: Option<&str>, new: Option<&str>, rotated: bool) -> FieldChange {
        FieldChange {
            field: field.into(),
            old: old.map(Into::into),
            new: new.map(Into::into),
            rotated,
        }
    }

    #[test]
    fn changes_read_old_to_new_and_a_secret_only_rotates() {
        assert_eq!(
            describe_change(&change(
                "company_name",
                Some("Acme"),
                Some("Acme Corp"),
                false
            )),
            "company_name: Acme → Acme Corp"
        );
        assert_eq!(
            describe_change(&change("status", None, Some("pending"), false)),
            "status: pending"
        );
        // Even if a server sent values with `rotated`, they are not shown.
        assert_eq!(
            describe_change(&change("client_secret", Some("old-x"), Some("new-y"), true)),
            "client_secret: rotated"
        );
    }
}
