//! The sandbox: a real HTTP server that plays Biometry's SSO service, so
//! that every command works on a fresh machine and the tests talk real HTTP.
//!
//! It implements the admin API of `docs/admin-api.md` (bearer token,
//! `X-Request-Id` on every answer, ETag/`If-Match`, `Idempotency-Key`,
//! cursor pages, asynchronous provisioning) and keeps its state in a JSON
//! file when given one. [`Sandbox::start`] binds an address (tests use
//! `127.0.0.1:0`) and serves in a background task.
//!
//! # Knobs
//!
//! Tests steer a running sandbox through [`Control`], or over HTTP under
//! `/_sandbox/` (same bearer token; never faulted) when the sandbox runs in
//! another process (`ssoctl sandbox serve`):
//!
//! | route | does |
//! | --- | --- |
//! | `POST /_sandbox/tenants/{slug}/fail-provisioning` `{"runs": N}` | the next N provisioning runs of the tenant fail (`provisioning_unreachable`) |
//! | `POST /_sandbox/tenants/{slug}/interleave-edit` `{"company_name": "…"}` | right after the next `GET` of the tenant is answered, another writer applies this patch |
//! | `POST /_sandbox/tenants/{slug}/logins` `{"email": "…"}` | a user signs in through SSO (the first login provisions) |
//! | `POST /_sandbox/faults` `{"method"?, "path_prefix", "kind": {"type": …}, "times"?}` | queue a [`Fault`]; `GET` lists the queue, `DELETE` clears it |
//! | `POST /_sandbox/sso-states/expire` | every open SSO state of the login endpoints expires now (`{"expired": N}`) |
//! | `POST /_sandbox/clock/advance` `{"seconds": N}` | the sandbox's clock moves N seconds ahead (`{"offset_secs": total}`): SSO states, codes, sessions and tokens age, and provisioning runs whose delay is over finish (`clock.rs`) |
//! | `GET /_sandbox/stats` | [`Stats`] |
//! | `GET /_sandbox/requests` | `{"requests": [RecordedRequest]}` |
//!
//! Fault kinds as JSON: `{"type": "status503", "retry_after_secs": 1}`,
//! `{"type": "status429", "retry_after_secs": 1}`, `{"type": "status502"}`,
//! `{"type": "status500"}`, `{"type": "reset_before_handling"}`,
//! `{"type": "reset_after_commit"}`.
//!
//! Random faults ([`RandomFault`], `sandbox serve --fault KIND[:RATE]`)
//! are drawn for every request the queue does not catch; their rates add up.
//!
//! Knobs live in memory only; tenants, origins, idempotency records and
//! [`Stats`] are persisted.
//!
//! # TLS
//!
//! With [`SandboxOptions::tls`] the port also speaks HTTPS, with a
//! certificate from a CA generated at start ([`Sandbox::ca_pem`]); see
//! `tls.rs`.
//!
//! # Invitations
//!
//! `POST/GET /admin/v1/invitations`, `GET /v1/invitation`,
//! `POST /v1/registrations` and `POST /admin/v1/tenants/{slug}/approve|reject`
//! (`service/invitations.rs`): the token is kept only as its SHA-256,
//! expiry follows the sandbox's clock, and a submission is checked with
//! the emulated org through the service's one Okta client.
//!
//! # Login endpoints
//!
//! `/okta-login/{slug}/start`, the Okta callback `/okta-login/{slug}`,
//! `/okta-login/cli/token` and `/me` (`docs/login-api.md`): the service's
//! half of `ssoctl login test`, on top of the emulated orgs.
//!
//! # Okta
//!
//! The same port serves emulated Okta orgs as virtual hosts
//! (`http://{org}.localhost:PORT`): see [`okta`] for the hosts, what they
//! answer and their knobs (`/_sandbox/okta/…`).

mod clock;
mod control;
mod error;
mod faults;
mod http;
mod idempotency;
mod in_flight;
pub mod okta;
mod random;
mod seed;
mod service;
mod state;
mod tls;
mod validate;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use anyhow::Context as _;
use axum::Router;
use tokio::sync::oneshot;
use tokio::task::{AbortHandle, JoinHandle};

pub use control::Control;
pub use error::{ControlError, FieldError};
pub use faults::{Fault, FaultKind, RandomFault};
pub use http::RecordedRequest;
pub use okta::{
    BrokenIdToken, OktaAppPatch, OktaAssignment, OktaOrg, OktaPolicy, OktaRule, OktaUser,
    READ_ONLY_API_TOKEN,
};
pub use seed::Seed;
pub use seed::orgs::DEMO_PASSWORD;
pub use service::provisioning::LoginOutcome;
pub use state::{Stats, User};

use faults::FaultQueue;
use service::admin::TenantPatch;
use service::{admin, invitations, login, provisioning};
use state::{RunState, State, Store};

/// The User-Agent of the sandbox's own requests to its emulated orgs.
pub(crate) const INTERNAL_USER_AGENT: &str = "ssoctl-sandbox-internal";

/// How to start a sandbox.
#[derive(Clone, Debug)]
pub struct SandboxOptions {
    /// The bearer token the admin API (and `/_sandbox/`) requires.
    pub token: String,
    /// Who `token` belongs to, as the change history names them.
    pub actor: String,
    /// More admin tokens and their actors, `(token, actor)`: several people
    /// editing the same tenants.
    pub more_tokens: Vec<(String, String)>,
    /// Persist the state here; loaded at start when it exists.
    pub state_file: Option<PathBuf>,
    /// Seed data, applied only when the state is empty.
    pub seed: Option<Seed>,
    /// Added to every request.
    pub latency: Duration,
    /// How long one provisioning run takes.
    pub provisioning_delay: Duration,
    /// The base of `dashboard_url`.
    pub console_url: String,
    /// The SSWS token the emulated Okta orgs accept for Management API reads.
    pub okta_api_token: String,
    /// How long the service's own SSO state (between `/okta-login/{slug}/start`
    /// and Okta's callback) stays valid; 10 minutes, as the real service's.
    pub sso_state_ttl: Duration,
    /// Serve HTTPS (and plain HTTP) with a CA generated at start; see
    /// [`Sandbox::ca_pem`].
    pub tls: bool,
    /// Faults drawn at random for every matching request.
    pub random_faults: Vec<RandomFault>,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        Self {
            token: "sandbox".into(),
            actor: "sandbox-admin".into(),
            more_tokens: Vec::new(),
            state_file: None,
            seed: None,
            latency: Duration::ZERO,
            provisioning_delay: Duration::from_millis(300),
            console_url: "https://console.biometrysolutions.com".into(),
            okta_api_token: "sandbox-okta-api-token".into(),
            sso_state_ttl: Duration::from_secs(600),
            tls: false,
            random_faults: Vec::new(),
        }
    }
}

/// A running sandbox. Dropping it stops it too, without waiting.
pub struct Sandbox {
    addr: SocketAddr,
    /// `https://127.0.0.1:PORT` with `--tls`, else the base URL.
    url: String,
    /// The generated CA certificate (PEM), with `--tls`.
    ca_pem: Option<String>,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<()>>,
}

/// What the server, the jobs and the [`Control`] handles share.
pub(crate) struct Shared {
    token: String,
    /// Every admin token with its actor: `token` first.
    tokens: Vec<(String, String)>,
    /// `http://127.0.0.1:PORT`: the service's own base URL (for `redirect_uri`).
    base_url: String,
    /// The bound port, which the emulated orgs' URLs use too.
    port: u16,
    okta_api_token: String,
    console_url: String,
    latency: Duration,
    provisioning_delay: Duration,
    store: Store,
    knobs: Mutex<Knobs>,
    requests: Mutex<VecDeque<RecordedRequest>>,
    /// Provisioning jobs, aborted at shutdown.
    jobs: Mutex<Vec<AbortHandle>>,
    /// Where jobs run, so knobs can start them from any thread.
    runtime: tokio::runtime::Handle,
    /// The emulated orgs' sessions, codes and knobs (memory only). Lock
    /// order: `store`, then `okta`.
    okta: Mutex<okta::Runtime>,
    /// Requests being answered right now, and the most at once.
    in_flight: Arc<in_flight::InFlight>,
    sso_state_ttl: Duration,
    /// The login endpoints' states, one-time codes and sessions (memory
    /// only); taken alone, never with another lock.
    login: Mutex<login::Runtime>,
    /// The sandbox's time, which tests advance.
    clock: clock::Clock,
}

/// Test knobs (in memory only). Lock order: `store`, then `knobs`.
#[derive(Default)]
pub(crate) struct Knobs {
    fail_runs: HashMap<String, u32>,
    interleaves: HashMap<String, VecDeque<TenantPatch>>,
    faults: FaultQueue,
}

impl Shared {
    fn record(&self, r: RecordedRequest) {
        let mut log = lock(&self.requests);
        if log.len() >= http::REQUEST_LOG_CAP {
            log.pop_front();
        }
        log.push_back(r);
    }
}

/// Serves until the graceful shutdown; a failure is logged, not raised.
async fn run_server(serve: impl IntoFuture<Output = std::io::Result<()>>) {
    if let Err(e) = serve.await {
        tracing::error!("sandbox: server stopped: {e}");
    }
}

/// Locks a mutex, ignoring poisoning: the sandbox never panics while holding
/// a lock, and a test helper must keep working even if something did.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Sandbox {
    /// Binds `addr`, loads (or seeds) the state, and serves in a spawned task.
    pub async fn start(addr: SocketAddr, opts: SandboxOptions) -> anyhow::Result<Sandbox> {
        let mut state = match &opts.state_file {
            Some(file) => state::load(file)?.unwrap_or_default(),
            None => State::default(),
        };
        // Bound first: the seed and the Okta orgs' URLs name the port.
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let addr = listener.local_addr()?;
        if state.is_empty()
            && let Some(seed) = opts.seed
        {
            seed::apply(seed, &mut state, SystemTime::now(), addr.port());
        }
        okta::upgrade(&mut state);
        okta::move_to_port(&mut state, addr.port());
        state.prune_idempotency(SystemTime::now());

        let store = Store::new(state, opts.state_file.clone());
        store
            .save_now()
            .context("cannot write the sandbox state file")?;

        let shared = Arc::new(Shared {
            tokens: std::iter::once((opts.token.clone(), opts.actor))
                .chain(opts.more_tokens)
                .collect(),
            token: opts.token,
            base_url: format!("http://{addr}"),
            port: addr.port(),
            okta_api_token: opts.okta_api_token,
            console_url: opts.console_url,
            latency: opts.latency,
            provisioning_delay: opts.provisioning_delay,
            store,
            knobs: Mutex::new(Knobs::default()),
            requests: Mutex::new(VecDeque::new()),
            jobs: Mutex::new(Vec::new()),
            runtime: tokio::runtime::Handle::current(),
            okta: Mutex::new(okta::Runtime::default()),
            in_flight: Arc::default(),
            sso_state_ttl: opts.sso_state_ttl,
            login: Mutex::new(login::Runtime::default()),
            clock: clock::Clock::default(),
        });

        // Runs that were going when the last process died start again.
        let interrupted: Vec<(String, Option<u64>)> = shared.store.read(|st| {
            st.tenants
                .values()
                .filter(|t| t.provisioning.state == RunState::InProgress)
                .map(|t| (t.slug.clone(), t.provisioning.run_id))
                .collect()
        });
        for (slug, run_id) in interrupted {
            let run_id = match run_id {
                Some(id) => id,
                None => shared
                    .store
                    .mutate(|st| {
                        let id = st.next_run_id;
                        st.next_run_id += 1;
                        st.tenant_mut(&slug)?.provisioning.run_id = Some(id);
                        Ok(id)
                    })
                    .map_err(|e| {
                        anyhow::anyhow!("cannot restart provisioning of {slug}: {}", e.message)
                    })?,
            };
            provisioning::spawn_run(&shared, slug, run_id);
        }

        {
            let mut knobs = lock(&shared.knobs);
            for fault in opts.random_faults {
                knobs.faults.push_random(fault);
            }
        }

        let app = router(Arc::clone(&shared));
        let (stop, stopped) = oneshot::channel::<()>();
        let stopped = async {
            let _ = stopped.await;
        };
        let tls = if opts.tls {
            Some(tls::GeneratedTls::generate().context("cannot generate the sandbox's CA")?)
        } else {
            None
        };
        let (url, ca_pem, server) = match tls {
            None => {
                let serve = axum::serve(listener, app).with_graceful_shutdown(stopped);
                (
                    shared.base_url.clone(),
                    None,
                    tokio::spawn(run_server(serve)),
                )
            }
            Some(tls) => {
                let listener = tls::DualListener::new(listener, &tls)?;
                let serve = axum::serve(listener, app).with_graceful_shutdown(stopped);
                (
                    format!("https://{addr}"),
                    Some(tls.ca_pem),
                    tokio::spawn(run_server(serve)),
                )
            }
        };
        tracing::debug!("sandbox listening on {url}");
        Ok(Sandbox {
            addr,
            url,
            ca_pem,
            shared,
            stop: Some(stop),
            server: Some(server),
        })
    }

    /// `http://127.0.0.1:PORT` (`https://` with `--tls`), no trailing slash.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The generated CA certificate (PEM) that signed the server's, with `--tls`.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn token(&self) -> &str {
        &self.shared.token
    }

    pub fn stats(&self) -> Stats {
        self.control().stats()
    }

    /// Every request so far (the latest 10,000), oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.control().requests()
    }

    /// The most requests (to the service and the orgs) answered at once
    /// since the start or the last [`Sandbox::reset_max_in_flight`].
    pub fn max_in_flight(&self) -> usize {
        self.shared.in_flight.max()
    }

    pub fn reset_max_in_flight(&self) {
        self.shared.in_flight.reset_max();
    }

    pub fn control(&self) -> Control {
        Control {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Stops accepting connections, lets requests in flight finish (for up
    /// to 5 seconds) and stops the provisioning jobs. The state file is
    /// already up to date: every change was saved when it was made, and a
    /// run still in progress restarts at the next start.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(mut server) = self.server.take()
            && tokio::time::timeout(Duration::from_secs(5), &mut server)
                .await
                .is_err()
        {
            server.abort();
        }
        self.stop_jobs();
    }

    fn stop_jobs(&self) {
        // Closed first: a job finishing right now cannot write any more.
        self.shared.store.close();
        for job in lock(&self.shared.jobs).drain(..) {
            job.abort();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            server.abort();
        }
        self.stop_jobs();
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("url", &self.shared.base_url)
            .finish_non_exhaustive()
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .merge(admin::routes())
        .merge(invitations::routes())
        .merge(login::routes())
        .merge(control::routes())
        .merge(okta::knob_routes())
        .fallback(http::not_found)
        // After every route: it replaces each route's own 405 answer.
        .method_not_allowed_fallback(http::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&shared),
            http::front_door,
        ))
        // Requests for an Okta org's host never reach the service.
        .layer(axum::middleware::from_fn_with_state(
            okta::Hosts::new(&shared),
            okta::by_host,
        ))
        // Outermost: every request counts, the orgs' included.
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&shared.in_flight),
            in_flight::count,
        ))
        .with_state(shared)
}
