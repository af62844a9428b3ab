//! Provisioning: at a tenant's first login, and on each retry, an
//! asynchronous run creates the tenant's project (only if it has none), an
//! `advanced` subscription, and makes the first user the project owner.

use std::sync::Arc;

use axum::http::StatusCode;

use crate::sandbox::error::ApiError;
use crate::sandbox::state::{
    Caller, ErrorInfo, FieldChange, RunState, State, Subscription, TenantStatus, User, UserRecord,
    now_rfc3339, random_hex,
};

/// The actor of the events the provisioning job records.
const PROVISIONING_ACTOR: &str = "provisioning";
use crate::sandbox::{Shared, lock, validate};

/// Starts a run of `slug`, unless one is in progress (a retry then joins it).
/// Returns the id of a newly started run; the caller spawns it with
/// [`spawn_run`] once the state is committed.
pub(crate) fn begin_run(
    st: &mut State,
    slug: &str,
    caller: &Caller,
) -> Result<Option<u64>, ApiError> {
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
    let old_state = p.state;
    p.state = RunState::InProgress;
    p.attempts += 1;
    p.last_attempt_at = Some(now_rfc3339());
    p.run_id = Some(run_id);
    st.next_run_id += 1;
    st.stats.provisioning_runs += 1;
    st.record_event(
        slug,
        caller,
        "provisioning_started",
        vec![FieldChange::value(
            "provisioning.state",
            Some(old_state.as_str()),
            Some(RunState::InProgress.as_str()),
        )],
    );
    Ok(Some(run_id))
}

/// Runs the job in the background: it takes `provisioning_delay`, like the
/// real calls to the project and billing services.
pub(crate) fn spawn_run(shared: &Arc<Shared>, slug: String, run_id: u64) {
    let job_shared = Arc::clone(shared);
    // Fixed now, so advancing the clock right after the start ends the run.
    let done_at = shared.clock.instant() + shared.provisioning_delay;
    let handle = shared.runtime.spawn(async move {
        job_shared.clock.sleep_until(done_at).await;
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
        let job = Caller::new(PROVISIONING_ACTOR, None);
        if fail {
            p.state = RunState::Failed;
            p.last_error = Some(ErrorInfo::unreachable());
            let change = FieldChange::value(
                "provisioning.state",
                Some(RunState::InProgress.as_str()),
                Some(RunState::Failed.as_str()),
            );
            st.record_event(slug, &job, "provisioning_failed", vec![change]);
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
        let mut changes = vec![FieldChange::value(
            "provisioning.state",
            Some(RunState::InProgress.as_str()),
            Some(RunState::Succeeded.as_str()),
        )];
        if created {
            let project = p.project_id.as_deref();
            changes.push(FieldChange::value("provisioning.project_id", None, project));
        }
        if created {
            st.stats.projects_created += 1;
        }
        st.record_event(slug, &job, "provisioning_succeeded", changes);
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
        let user_caller = Caller::new(&format!("user:{email}"), None);
        if t.status == TenantStatus::Pending {
            t.status = TenantStatus::Active;
            t.touch();
            let change = FieldChange::value("status", Some("pending"), Some("active"));
            st.record_event(slug, &user_caller, "activated", vec![change]);
        }
        let run = if first {
            begin_run(st, slug, &user_caller)?
        } else {
            None
        };
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
