//! What the sandbox remembers, and how it is kept on disk.
//!
//! All state lives in one [`State`] value behind one mutex. A mutation runs
//! on a copy; only when the closure succeeds and the copy has been written to
//! the state file does it replace the live state. So a failed request changes
//! nothing, and whatever a client has been told is already on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use super::error::ApiError;
use super::okta::model::OrgRecord;

/// Counters of what the sandbox did through its API (seed data is not
/// counted). Kept in the state file, so they survive a restart.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stats {
    /// Successful `POST /admin/v1/tenants` (replays not counted).
    pub tenants_registered: u64,
    /// Projects created by provisioning runs.
    pub projects_created: u64,
    /// Provisioning runs started (first logins and retries; a joined retry is not a run).
    pub provisioning_runs: u64,
    /// Successful `PATCH /admin/v1/tenants/{slug}` (interleaved edits not counted).
    pub tenant_patches: u64,
    /// Answers replayed for a repeated `Idempotency-Key`.
    pub idempotent_replays: u64,
    /// Sessions issued by `POST /okta-login/cli/token`.
    pub sessions_issued: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum TenantStatus {
    Pending,
    Active,
    Disabled,
}

impl TenantStatus {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(Self::Pending),
            "active" => Some(Self::Active),
            "disabled" => Some(Self::Disabled),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Disabled => "disabled",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RunState {
    NotStarted,
    InProgress,
    Succeeded,
    Failed,
}

impl RunState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::InProgress => "in_progress",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Subscription {
    pub plan: String,
    pub status: String,
}

impl Subscription {
    pub fn advanced() -> Self {
        Self {
            plan: "advanced".into(),
            status: "active".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ErrorInfo {
    pub code: String,
    pub message: String,
}

impl ErrorInfo {
    pub fn unreachable() -> Self {
        Self {
            code: "provisioning_unreachable".into(),
            message: "provisioning services were unreachable".into(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ProvisioningRecord {
    pub state: RunState,
    pub project_id: Option<String>,
    pub subscription: Option<Subscription>,
    pub attempts: u32,
    pub last_attempt_at: Option<String>,
    pub last_error: Option<ErrorInfo>,
    /// The run in progress, so a finishing job can tell it is still the
    /// current one (the tenant may have been deleted and registered again).
    pub run_id: Option<u64>,
}

impl ProvisioningRecord {
    pub fn not_started() -> Self {
        Self {
            state: RunState::NotStarted,
            project_id: None,
            subscription: None,
            attempts: 0,
            last_attempt_at: None,
            last_error: None,
            run_id: None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct UserRecord {
    pub email: String,
    pub role: String,
    pub project_role: String,
    pub first_login_at: String,
    pub last_login_at: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct TenantRecord {
    pub slug: String,
    pub company_name: String,
    pub okta_domain: String,
    pub client_id: String,
    /// Kept so the service can use it; never returned by the API.
    pub client_secret: String,
    pub status: TenantStatus,
    pub version: u64,
    pub created_at: String,
    pub updated_at: String,
    /// In first-login order: the first is the project owner.
    pub users: Vec<UserRecord>,
    pub provisioning: ProvisioningRecord,
    /// Set while a registration the customer submitted with an invitation
    /// waits for support's review: nobody can sign in until it is approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewRecord>,
}

/// A registration submitted with an invitation, awaiting review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ReviewRecord {
    /// The invitation it was submitted with.
    pub invitation_id: String,
    pub submitted_at: String,
}

/// An invitation to register one slug. The token itself is never kept:
/// only its SHA-256, so a copy of the state file cannot redeem anything.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct InvitationRecord {
    /// `inv_` + 16 hex digits: names the invitation in lists and events.
    pub id: String,
    pub slug: String,
    pub company_name: String,
    /// Lower-case hex SHA-256 of the token.
    pub token_sha256: String,
    pub created_at: String,
    /// Seconds since the epoch, on the sandbox's clock.
    pub expires_at_unix: u64,
    pub created_by: String,
    /// When it was redeemed; a redeemed invitation is burnt.
    pub redeemed_at: Option<String>,
}

impl TenantRecord {
    pub fn etag(&self) -> String {
        format!("\"{}\"", self.version)
    }

    /// Records a change: bumps the version (and so the ETag).
    pub fn touch(&mut self) {
        self.version += 1;
        self.updated_at = now_rfc3339();
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct OriginRecord {
    pub created_at: String,
}

/// One field a write changed. The client secret's values are never kept:
/// only that it was rotated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FieldChange {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rotated: bool,
}

impl FieldChange {
    pub fn value(field: &str, old: Option<&str>, new: Option<&str>) -> Self {
        Self {
            field: field.into(),
            old: old.map(str::to_owned),
            new: new.map(str::to_owned),
            rotated: false,
        }
    }

    pub fn rotated(field: &str) -> Self {
        Self {
            field: field.into(),
            old: None,
            new: None,
            rotated: true,
        }
    }
}

/// Who wrote, when, with which request, and what changed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct EventRecord {
    pub id: u64,
    pub slug: String,
    pub at: String,
    /// The admin token's actor, or who else acted (a user's login, the
    /// provisioning job).
    pub actor: String,
    pub request_id: Option<String>,
    /// `registered`, `updated`, `enabled`, `disabled`, `deleted`,
    /// `activated`, `provisioning_started`, `provisioning_succeeded`,
    /// `provisioning_failed`.
    pub action: String,
    pub changes: Vec<FieldChange>,
}

/// Who is behind a request: the admin token's actor and the request id.
#[derive(Clone, Debug)]
pub(crate) struct Caller {
    pub actor: String,
    pub request_id: Option<String>,
}

impl Caller {
    pub fn new(actor: &str, request_id: Option<&str>) -> Self {
        Self {
            actor: actor.into(),
            request_id: request_id.map(str::to_owned),
        }
    }
}

/// A remembered answer for an `Idempotency-Key`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct IdempotencyRecord {
    pub method: String,
    pub path: String,
    pub key: String,
    /// A hash of the canonical request body: a different body is a reused key.
    pub fingerprint: String,
    pub status: u16,
    pub body: serde_json::Value,
    /// `ETag`, `Location`: the headers that belong to the answer.
    pub headers: Vec<(String, String)>,
    pub created_at_unix: u64,
}

/// Keys are kept for 24 hours, as the contract says.
pub(crate) const IDEMPOTENCY_TTL: Duration = Duration::from_secs(24 * 60 * 60);

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct State {
    pub format: u32,
    pub tenants: BTreeMap<String, TenantRecord>,
    pub origins: BTreeMap<String, OriginRecord>,
    pub idempotency: Vec<IdempotencyRecord>,
    pub stats: Stats,
    pub next_run_id: u64,
    /// The emulated Okta orgs, by name (see `okta`).
    #[serde(default)]
    pub okta_orgs: BTreeMap<String, OrgRecord>,
    /// The port the sandbox served on when this was saved: URLs in the
    /// state that name it move to the new port at the next start.
    pub port: Option<u16>,
    /// Every write, oldest first (kept after a tenant is deleted).
    #[serde(default)]
    pub events: Vec<EventRecord>,
    #[serde(default)]
    pub next_event_id: u64,
    /// Invitations, oldest first (kept after they are redeemed or expire).
    #[serde(default)]
    pub invitations: Vec<InvitationRecord>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            format: 1,
            tenants: BTreeMap::new(),
            origins: BTreeMap::new(),
            idempotency: Vec::new(),
            stats: Stats::default(),
            next_run_id: 1,
            okta_orgs: BTreeMap::new(),
            port: None,
            events: Vec::new(),
            next_event_id: 0,
            invitations: Vec::new(),
        }
    }
}

impl State {
    pub fn is_empty(&self) -> bool {
        self.tenants.is_empty()
            && self.origins.is_empty()
            && self.okta_orgs.is_empty()
            && self.invitations.is_empty()
    }

    pub fn tenant_mut(&mut self, slug: &str) -> Result<&mut TenantRecord, ApiError> {
        self.tenants
            .get_mut(slug)
            .ok_or_else(ApiError::tenant_not_found)
    }

    /// Records a write of `slug` (events are never dropped).
    pub fn record_event(
        &mut self,
        slug: &str,
        caller: &Caller,
        action: &str,
        changes: Vec<FieldChange>,
    ) {
        self.next_event_id += 1;
        self.events.push(EventRecord {
            id: self.next_event_id,
            slug: slug.into(),
            at: now_rfc3339(),
            actor: caller.actor.clone(),
            request_id: caller.request_id.clone(),
            action: action.into(),
            changes,
        });
    }

    pub fn prune_idempotency(&mut self, now: SystemTime) {
        let now = unix(now);
        self.idempotency
            .retain(|r| now.saturating_sub(r.created_at_unix) < IDEMPOTENCY_TTL.as_secs());
    }
}

/// The live state and where it is persisted.
pub(crate) struct Store {
    inner: Mutex<Inner>,
}

struct Inner {
    state: State,
    file: Option<PathBuf>,
    /// Set at shutdown: a stopped sandbox must never write the file again
    /// (a new one may already be running on it).
    closed: bool,
}

impl Store {
    pub fn new(state: State, file: Option<PathBuf>) -> Self {
        Self {
            inner: Mutex::new(Inner {
                state,
                file,
                closed: false,
            }),
        }
    }

    // Nothing panics while holding this lock, but a poisoned lock must not
    // take the whole sandbox down either.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn read<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.lock().state)
    }

    /// Runs `f` on a copy of the state; commits (and persists) only on `Ok`.
    pub fn mutate<T>(
        &self,
        f: impl FnOnce(&mut State) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut inner = self.lock();
        if inner.closed {
            return Err(ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the sandbox is shutting down",
            ));
        }
        let mut draft = inner.state.clone();
        let out = f(&mut draft)?;
        if let Some(file) = &inner.file
            && let Err(e) = save(file, &draft)
        {
            tracing::error!("sandbox: cannot write {}: {e:#}", file.display());
            return Err(ApiError::internal("the sandbox could not save its state"));
        }
        inner.state = draft;
        Ok(out)
    }

    /// Writes the current state (used once at start-up).
    pub fn save_now(&self) -> anyhow::Result<()> {
        let inner = self.lock();
        match &inner.file {
            Some(file) => save(file, &inner.state),
            None => Ok(()),
        }
    }

    pub fn close(&self) {
        self.lock().closed = true;
    }
}

/// Reads a state file; `None` when there is none yet.
pub(crate) fn load(file: &Path) -> anyhow::Result<Option<State>> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", file.display())),
    };
    if text.trim().is_empty() {
        return Ok(None);
    }
    let state: State = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a sandbox state file", file.display()))?;
    anyhow::ensure!(
        state.format == 1,
        "{} has state format {}, this sandbox reads format 1",
        file.display(),
        state.format
    );
    Ok(Some(state))
}

/// Writes the whole state atomically and 0600 (it holds every tenant's
/// client secret), through `files::write_atomic`: an exclusively created
/// temporary file of an unpredictable name, flushed, then renamed over the
/// old one. A crash leaves either the old file or the new one.
pub(crate) fn save(file: &Path, state: &State) -> anyhow::Result<()> {
    let mut json = serde_json::to_vec_pretty(state)?;
    json.push(b'\n');
    crate::files::write_atomic(file, &json)
        .with_context(|| format!("cannot write the state file {}", file.display()))
}

pub(crate) fn now_rfc3339() -> String {
    rfc3339(SystemTime::now())
}

pub(crate) fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

pub(crate) fn unix(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A user as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub email: String,
    pub role: String,
    pub project_role: String,
    pub first_login_at: String,
    pub last_login_at: String,
}

impl From<&UserRecord> for User {
    fn from(u: &UserRecord) -> Self {
        Self {
            email: u.email.clone(),
            role: u.role.clone(),
            project_role: u.project_role.clone(),
            first_login_at: u.first_login_at.clone(),
            last_login_at: u.last_login_at.clone(),
        }
    }
}

/// `len` random lower-case hex digits, from the OS's CSPRNG.
pub(crate) fn random_hex(len: usize) -> String {
    super::random::chars(b"0123456789abcdef", len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> State {
        let mut st = State::default();
        st.tenants.insert(
            "acme-corp".into(),
            TenantRecord {
                slug: "acme-corp".into(),
                company_name: "Acme".into(),
                okta_domain: "integrator-1.okta.com".into(),
                client_id: "0oa1".into(),
                client_secret: "secret-secret".into(),
                status: TenantStatus::Pending,
                version: 1,
                created_at: now_rfc3339(),
                updated_at: now_rfc3339(),
                users: vec![],
                provisioning: ProvisioningRecord::not_started(),
                review: None,
            },
        );
        st.stats.tenants_registered = 1;
        st.record_event(
            "acme-corp",
            &Caller::new("sandbox-admin", Some("req_1")),
            "registered",
            vec![FieldChange::rotated("client_secret")],
        );
        st
    }

    #[test]
    fn persistence_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("nested/state.json");
        assert!(load(&file).unwrap().is_none());
        save(&file, &sample()).unwrap();
        assert!(!dir.path().join("nested/state.json.tmp").exists());
        let back = load(&file).unwrap().unwrap();
        assert_eq!(back.tenants["acme-corp"].client_secret, "secret-secret");
        assert_eq!(back.stats.tenants_registered, 1);
        // The history is kept with the state, and continues its numbering.
        assert_eq!(back.events.len(), 1);
        assert_eq!(back.events[0].actor, "sandbox-admin");
        assert_eq!(back.events[0].request_id.as_deref(), Some("req_1"));
        assert_eq!(back.next_event_id, 1);
    }

    /// It holds every client secret: only its owner may read it, and a
    /// `state.json.tmp` planted beside it (the old fixed name) is not used.
    #[cfg(unix)]
    #[test]
    fn the_state_file_is_0600_and_a_planted_temp_file_is_ignored() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state.json");
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "untouched").unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join("state.json.tmp")).unwrap();
        save(&file, &sample()).unwrap();
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        assert!(load(&file).unwrap().is_some());
    }

    #[test]
    fn a_corrupt_file_is_an_error_not_a_fresh_start() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state.json");
        std::fs::write(&file, "{not json").unwrap();
        let err = load(&file).unwrap_err();
        assert!(format!("{err:#}").contains("not a sandbox state file"));
    }

    #[test]
    fn a_failed_mutation_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state.json");
        let store = Store::new(sample(), Some(file.clone()));
        let r: Result<(), _> = store.mutate(|st| {
            st.tenants.clear();
            Err(ApiError::internal("boom"))
        });
        assert!(r.is_err());
        assert_eq!(store.read(|st| st.tenants.len()), 1);
        assert!(!file.exists(), "nothing was committed, nothing written");
        store
            .mutate(|st| {
                st.stats.tenant_patches += 1;
                Ok(())
            })
            .unwrap();
        assert_eq!(load(&file).unwrap().unwrap().stats.tenant_patches, 1);
        store.close();
        assert!(store.mutate(|_| Ok(())).is_err());
    }

    #[test]
    fn old_idempotency_records_expire() {
        let mut st = State::default();
        let now = SystemTime::now();
        for (key, age) in [("old", IDEMPOTENCY_TTL.as_secs() + 1), ("new", 60)] {
            st.idempotency.push(IdempotencyRecord {
                method: "POST".into(),
                path: "/x".into(),
                key: key.into(),
                fingerprint: String::new(),
                status: 201,
                body: serde_json::Value::Null,
                headers: vec![],
                created_at_unix: unix(now) - age,
            });
        }
        st.prune_idempotency(now);
        let keys: Vec<_> = st.idempotency.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["new"]);
    }
}
