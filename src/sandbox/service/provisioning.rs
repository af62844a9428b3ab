//! Provisioning: at a tenant's first login, and on each retry, an
//! asynchronous run creates the tenant's project (only if it has none), an
//! `advanced` subscription, and makes the first user the project owner.

use std::sync::Arc;

use axum::http::StatusCode;

use crate::sandbox::error::ApiError;
use crate::sandbox::state::{
    ErrorInfo, RunState, State, Subscription, TenantStatus, User, UserRecord, now_rfc3339,
    random_hex,
};
use crate::sandbox::{Shared, lock, validate};

/// Starts a run of `slug`, unless one is in progress (a retry then joins it).
/// Returns the id of a newly started run; the caller spawns it with
/// [`spawn_run`] once the state is committed.
pub(crate) fn begin_run(st: &mut State, slug: &str) -> Result<Option<u64>, ApiError> {
    let run_id = st.next_run_id;
    let t = st.tenant_mut(slug)?;
    if t.users.is_empty() {
        return Err(ApiError::conflict(
            "nothing_to_provision",
            format!("nobody from {slug} has signed in yet; provisioning runs at the first login"),
        ));
    }
    let p = &mut t.provisioning;
    if p.state == RunState::InProgress {
        return Ok(None);
    }
    p.state = RunState::InProgress;
    p.attempts += 1;
    p.last_attempt_at = Some(now_rfc3339());
    p.run_id = Some(run_id);
    st.next_run_id += 1;
    st.stats.provisioning_runs += 1;
    Ok(Some(run_id))
}

/// Runs the job in the background: it takes `provisioning_delay`, like the
/// real calls to the project and billing services.
pub(crate) fn spawn_run(shared: &Arc<Shared>, slug: String, run_id: u64) {
    let job_shared = Arc::clone(shared);
    let handle = shared.runtime.spawn(async move {
        tokio::time::sleep(job_shared.provisioning_delay).await;
        finish_run(&job_shared, &slug, run_id);
    });
    let mut jobs = lock(&shared.jobs);
    jobs.retain(|j| !j.is_finished());
    jobs.push(handle.abort_handle());
}

fn finish_run(shared: &Shared, slug: &str, run_id: u64) {
    let result = shared.store.mutate(|st| {
        let Some(t) = st.tenants.get_mut(slug) else {
            return Ok(()); // deleted while the run was going
        };
        let p = &mut t.provisioning;
        if p.run_id != Some(run_id) || p.state != RunState::InProgress {
            return Ok(()); // not our run any more (deleted and registered again)
        }
        p.run_id = None;
        // Lock order: store, then knobs (never the other way round).
        let fail = {
            let mut knobs = lock(&shared.knobs);
            match knobs.fail_runs.get_mut(slug) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    true
                }
                _ => false,
            }
        };
        if fail {
            p.state = RunState::Failed;
            p.last_error = Some(ErrorInfo::unreachable());
            return Ok(());
        }
        // A run reuses the tenant's project: no tenant ever has two.
        let created = p.project_id.is_none();
        if created {
            p.project_id = Some(format!("prj_{}", random_hex(24)));
        }
        p.subscription = Some(Subscription::advanced());
        p.state = RunState::Succeeded;
        p.last_error = None;
        // The first user owns the project.
        if let Some(owner) = t.users.first_mut() {
            owner.role = "partner".into();
            owner.project_role = "owner".into();
        }
        if created {
            st.stats.projects_created += 1;
        }
        Ok(())
    });
    if let Err(e) = result {
        tracing::error!(
            "sandbox: provisioning run of {slug} could not finish: {}",
            e.message
        );
    }
}

/// What a simulated login did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LoginOutcome {
    pub user: User,
    /// True for the tenant's first login, which starts provisioning.
    pub provisioning_started: bool,
}

/// A user signs in through SSO, as the real service sees it: the user is
/// created on first sight (the first one owns the project), a pending tenant
/// becomes active, and the tenant's first login starts provisioning.
pub(crate) fn login(
    shared: &Arc<Shared>,
    slug: &str,
    email: &str,
) -> Result<LoginOutcome, ApiError> {
    let email = validate::email(email)
        .map_err(|m| ApiError::invalid_field("the login is invalid", "email", m))?;
    let (user, run) = shared.store.mutate(|st| {
        let t = st.tenant_mut(slug)?;
        if t.status == TenantStatus::Disabled {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "tenant_disabled",
                format!("tenant {slug} is disabled: its users cannot sign in"),
            ));
        }
        let now = now_rfc3339();
        if let Some(u) = t.users.iter_mut().find(|u| u.email == email) {
            u.last_login_at = now;
            return Ok((User::from(&*u), None));
        }
        let first = t.users.is_empty();
        let user = UserRecord {
            email: email.clone(),
            role: "partner".into(),
            project_role: if first { "owner" } else { "member" }.into(),
            first_login_at: now.clone(),
            last_login_at: now,
        };
        let view = User::from(&user);
        t.users.push(user);
        if t.status == TenantStatus::Pending {
            t.status = TenantStatus::Active;
            t.touch();
        }
        let run = if first { begin_run(st, slug)? } else { None };
        Ok((view, run))
    })?;
    let provisioning_started = run.is_some();
    if let Some(run_id) = run {
        spawn_run(shared, slug.to_owned(), run_id);
    }
    Ok(LoginOutcome {
        user,
        provisioning_started,
    })
}
