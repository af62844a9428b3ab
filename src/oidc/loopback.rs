//! The loopback listener (RFC 8252 §7.3): bound to a loopback address only,
//! one callback whose `state` matches, everything else answered and ignored.
//! The start page answers only the URL that carries this flow's start key,
//! every request must name a loopback `Host` (no DNS rebinding), and a client
//! that does not send its headers within [`HEADER_READ_TIMEOUT`] is dropped.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::{Mutex, mpsc, oneshot};

use crate::oidc::types::{CsrfState, RedirectUrl};
use crate::secret::Secret;

/// How long a client may take to send a request's headers.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// What came back to the redirect URI.
#[derive(Debug)]
pub enum CallbackParams {
    Code { code: Secret, iss: Option<String> },
    Error { error: String, description: String },
}

/// A page the browser shows; never a token or a code. The caller renders it.
#[derive(Debug, Clone)]
pub struct Page {
    pub ok: bool,
    pub title: String,
    pub lines: Vec<String>,
}

/// Turns a [`Page`] into HTML (the output code does; this layer does not).
pub type Render = fn(&Page) -> String;

/// Why the listener could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ListenError {
    #[error("{0} is not a loopback address")]
    NotLoopback(SocketAddr),
    #[error("{0:?} is not a loopback host")]
    HostNotLoopback(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// Why no callback came.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WaitError {
    #[error("no sign-in came back within {}", humantime::format_duration(*.0))]
    TimedOut(Duration),
    #[error("the loopback listener stopped")]
    Stopped,
}

/// Refuses anything but a loopback address: the listener receives codes.
pub fn check_listen(addr: &SocketAddr) -> Result<(), ListenError> {
    if addr.ip().is_loopback() {
        return Ok(());
    }
    Err(ListenError::NotLoopback(*addr))
}

/// A host the browser may use to reach the listener: `localhost`, or a
/// loopback IP (`127.0.0.1`, `[::1]`); nothing that resolves elsewhere.
pub fn check_redirect_host(host: &str) -> Result<(), ListenError> {
    if is_loopback_host(host) {
        return Ok(());
    }
    Err(ListenError::HostNotLoopback(host.to_string()))
}

fn is_loopback_host(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
        && (bare.parse::<std::net::Ipv4Addr>().is_ok() || host.starts_with('['))
}

/// A `Host` header that names a loopback host (with any port).
fn host_header_ok(value: &str) -> bool {
    let host = match value.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => host,
        _ => value,
    };
    is_loopback_host(host)
}

/// A bound socket, before it serves: the redirect URI is known from here on.
pub struct Bound {
    listener: tokio::net::TcpListener,
    pub local_addr: SocketAddr,
    pub redirect_uri: RedirectUrl,
    redirect_host: String,
    header_timeout: Duration,
}

impl Bound {
    /// A shorter header-read timeout than [`HEADER_READ_TIMEOUT`] (tests).
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.header_timeout = timeout;
        self
    }
}

/// Binds `listen` (loopback only) for a browser that reaches it as `redirect_host`.
pub async fn bind(listen: SocketAddr, redirect_host: &str) -> Result<Bound, ListenError> {
    check_listen(&listen)?;
    check_redirect_host(redirect_host)?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| ListenError::Bind {
            addr: listen,
            source,
        })?;
    let local_addr = listener.local_addr().map_err(|source| ListenError::Bind {
        addr: listen,
        source,
    })?;
    Ok(Bound {
        listener,
        local_addr,
        redirect_uri: RedirectUrl::loopback(redirect_host, local_addr.port()),
        redirect_host: redirect_host.to_string(),
        header_timeout: HEADER_READ_TIMEOUT,
    })
}

/// A valid callback, waiting for the verdict page.
struct Callback {
    params: CallbackParams,
    respond: oneshot::Sender<Page>,
}

/// Answers the browser's waiting callback request with the verdict page,
/// then stops the listener once that answer is out.
pub struct Responder {
    respond: oneshot::Sender<Page>,
    listener: Loopback,
}

impl Responder {
    pub async fn respond(self, page: Page) {
        let _ = self.respond.send(page);
        self.listener.close().await;
    }
}

struct Shared {
    state: CsrfState,
    start_key: String,
    start_target: String,
    render: Render,
    /// Taken by the first valid callback: exactly one is accepted.
    sender: Mutex<Option<mpsc::Sender<Callback>>>,
}

pub struct Loopback {
    pub local_addr: SocketAddr,
    pub redirect_uri: RedirectUrl,
    /// The local page that redirects to the login: opened in the browser.
    /// It carries the start key, so it is shown only to the person testing.
    pub start_url: String,
    receiver: mpsc::Receiver<Callback>,
    server: Option<tokio::task::JoinHandle<()>>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Drop for Loopback {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            server.abort();
        }
    }
}

impl Bound {
    /// Serves `/start/{start_key}/` (redirects to `start_target`) and
    /// `/callback`; everything else is 404.
    pub fn serve(
        self,
        state: &CsrfState,
        start_key: &str,
        start_target: String,
        render: Render,
    ) -> Loopback {
        let (sender, receiver) = mpsc::channel(1);
        let shared = Arc::new(Shared {
            state: state.clone(),
            start_key: start_key.to_string(),
            start_target,
            render,
            sender: Mutex::new(Some(sender)),
        });
        let app = Router::new()
            .route("/start/{key}/", get(start))
            .route("/callback", get(callback))
            .fallback(|| async { StatusCode::NOT_FOUND })
            .layer(middleware::from_fn_with_state(
                shared.clone(),
                loopback_host,
            ))
            .with_state(shared);
        let (shutdown, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(accept_loop(
            self.listener,
            app,
            self.header_timeout,
            stopped,
        ));
        Loopback {
            local_addr: self.local_addr,
            redirect_uri: self.redirect_uri,
            start_url: format!(
                "http://{}:{}/start/{}/",
                self.redirect_host,
                self.local_addr.port(),
                start_key
            ),
            receiver,
            server: Some(server),
            shutdown: Some(shutdown),
        }
    }
}

/// One request per connection, headers within `header_timeout`;
/// on shutdown, stops accepting and lets the answers in flight finish.
async fn accept_loop(
    listener: tokio::net::TcpListener,
    app: Router,
    header_timeout: Duration,
    mut stopped: oneshot::Receiver<()>,
) {
    let mut connections = tokio::task::JoinSet::new();
    // Tells every connection to finish: idle ones close at once, a request
    // in flight gets its answer first.
    let (closing, closed) = tokio::sync::watch::channel(false);
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let service = TowerToHyperService::new(app.clone());
                let mut closed = closed.clone();
                connections.spawn(async move {
                    let connection = hyper::server::conn::http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(header_timeout)
                        .keep_alive(false)
                        .serve_connection(TokioIo::new(stream), service);
                    tokio::pin!(connection);
                    tokio::select! {
                        _ = connection.as_mut() => return,
                        _ = closed.wait_for(|c| *c) => connection.as_mut().graceful_shutdown(),
                    }
                    let _ = connection.await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    let _ = closing.send(true);
    while connections.join_next().await.is_some() {}
}

impl Loopback {
    /// Stops accepting and lets answers in flight finish (bounded).
    pub async fn close(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = tokio::time::timeout(Duration::from_secs(2), server).await;
        }
    }

    /// Waits for the one valid callback; its params, and the responder that
    /// answers the browser (and owns the listener until then).
    pub async fn wait(
        mut self,
        timeout: Duration,
    ) -> Result<(CallbackParams, Responder), WaitError> {
        let callback = match tokio::time::timeout(timeout, self.receiver.recv()).await {
            Ok(Some(callback)) => callback,
            Ok(None) => return Err(WaitError::Stopped),
            Err(_) => return Err(WaitError::TimedOut(timeout)),
        };
        Ok((
            callback.params,
            Responder {
                respond: callback.respond,
                listener: self,
            },
        ))
    }
}

async fn loopback_host(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    if !host_header_ok(host) {
        return rejected(
            &shared,
            StatusCode::MISDIRECTED_REQUEST,
            "Not this listener",
            "This request does not name a loopback host, so it was refused.",
        );
    }
    next.run(request).await
}

async fn start(State(shared): State<Arc<Shared>>, Path(key): Path<String>) -> Response {
    if !same_key(key.as_bytes(), shared.start_key.as_bytes()) {
        return rejected(
            &shared,
            StatusCode::FORBIDDEN,
            "Not this login",
            "This address does not carry the key of the login ssoctl started; open the exact URL ssoctl printed.",
        );
    }
    Redirect::to(&shared.start_target).into_response()
}

/// Compares without an early exit.
fn same_key(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn rejected(shared: &Shared, status: StatusCode, title: &str, line: &str) -> Response {
    let page = Page {
        ok: false,
        title: title.to_string(),
        lines: vec![line.to_string()],
    };
    (status, Html((shared.render)(&page))).into_response()
}

async fn callback(State(shared): State<Arc<Shared>>, RawQuery(query): RawQuery) -> Response {
    let params = match read_callback(query.as_deref().unwrap_or_default(), &shared.state) {
        Ok(params) => params,
        Err(problem) => {
            return rejected(
                &shared,
                StatusCode::BAD_REQUEST,
                problem.title(),
                &problem.to_string(),
            );
        }
    };
    let Some(sender) = shared.sender.lock().await.take() else {
        return rejected(
            &shared,
            StatusCode::BAD_REQUEST,
            "Already done",
            "This login has already come back; this request was ignored.",
        );
    };
    let (respond, page) = oneshot::channel();
    if sender.send(Callback { params, respond }).await.is_err() {
        return rejected(
            &shared,
            StatusCode::GONE,
            "ssoctl stopped",
            "ssoctl is no longer waiting for this login.",
        );
    }
    match page.await {
        Ok(page) => {
            let status = if page.ok {
                StatusCode::OK
            } else {
                StatusCode::BAD_REQUEST
            };
            (status, Html((shared.render)(&page))).into_response()
        }
        Err(_) => rejected(
            &shared,
            StatusCode::INTERNAL_SERVER_ERROR,
            "ssoctl stopped",
            "ssoctl stopped before it finished.",
        ),
    }
}

/// Why a callback was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallbackProblem {
    #[error(
        "This request does not carry the state of the login ssoctl started, so it was ignored."
    )]
    WrongState,
    #[error("The callback carries the parameter {0} more than once.")]
    Repeated(String),
    #[error("The callback carries neither a code nor an error.")]
    Incomplete,
}

impl CallbackProblem {
    fn title(&self) -> &'static str {
        match self {
            CallbackProblem::WrongState => "Not this login",
            CallbackProblem::Repeated(_) | CallbackProblem::Incomplete => "Incomplete callback",
        }
    }
}

/// Reads the query string of a callback, for the listener and `--paste`
/// alike: the state must match, and no parameter may repeat (RFC 6749
/// §3.1), so that no one can smuggle in a second code or state.
pub fn read_callback(
    query: &str,
    state: &CsrfState,
) -> std::result::Result<CallbackParams, CallbackProblem> {
    let mut params = std::collections::HashMap::new();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if params
            .insert(name.to_string(), value.into_owned())
            .is_some()
        {
            return Err(CallbackProblem::Repeated(escape_name(&name)));
        }
    }
    if params.get("state").map(String::as_str) != Some(state.as_str()) {
        return Err(CallbackProblem::WrongState);
    }
    if let Some(error) = params.remove("error") {
        return Ok(CallbackParams::Error {
            error,
            description: params.remove("error_description").unwrap_or_default(),
        });
    }
    match params.remove("code") {
        Some(code) if !code.is_empty() => Ok(CallbackParams::Code {
            code: Secret::new(code),
            iss: params.remove("iss"),
        }),
        _ => Err(CallbackProblem::Incomplete),
    }
}

/// A parameter name as it may be shown: short, and printable.
fn escape_name(name: &str) -> String {
    let shown: String = name.chars().filter(|c| !c.is_control()).take(40).collect();
    format!("\"{shown}\"")
}

/// Why a pasted callback URL was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasteError {
    #[error("nothing was pasted (standard input was empty)")]
    Empty,
    #[error("that is not a URL ({0})")]
    NotAUrl(String),
    #[error("the pasted URL is not from this login (its state does not match)")]
    WrongState,
    #[error("the pasted URL is not a whole callback: {0}")]
    Incomplete(CallbackProblem),
}

/// Reads a pasted callback URL (`--paste`): the same checks as the listener.
pub fn parse_pasted(url: &str, state: &CsrfState) -> Result<CallbackParams, PasteError> {
    if url.trim().is_empty() {
        return Err(PasteError::Empty);
    }
    let parsed = url::Url::parse(url.trim()).map_err(|e| PasteError::NotAUrl(e.to_string()))?;
    read_callback(parsed.query().unwrap_or_default(), state).map_err(|problem| match problem {
        CallbackProblem::WrongState => PasteError::WrongState,
        other => PasteError::Incomplete(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(s: &str) -> CsrfState {
        CsrfState::new(s)
    }

    #[test]
    fn only_loopback_may_listen_and_be_redirected_to() {
        assert!(check_listen(&"127.0.0.1:0".parse().unwrap()).is_ok());
        assert!(check_listen(&"[::1]:0".parse().unwrap()).is_ok());
        assert!(check_listen(&"0.0.0.0:8000".parse().unwrap()).is_err());
        for good in ["127.0.0.1", "localhost", "LOCALHOST", "[::1]", "127.0.0.2"] {
            assert!(check_redirect_host(good).is_ok(), "{good}");
        }
        for bad in [
            "evil.example",
            "http://evil.example:28768/callback",
            "10.0.0.1",
            "::1",
            "127.0.0.1/x",
            "localhost.evil.example",
            "",
        ] {
            assert!(check_redirect_host(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn host_headers_must_be_loopback() {
        for good in ["127.0.0.1:8765", "localhost:1", "[::1]:9", "127.0.0.1"] {
            assert!(host_header_ok(good), "{good}");
        }
        for bad in ["evil.example", "evil.example:8765", "", "10.1.1.1:80"] {
            assert!(!host_header_ok(bad), "{bad}");
        }
    }

    #[test]
    fn pasted_urls_are_checked_like_callbacks() {
        let s1 = state("s1");
        let ok = parse_pasted("http://127.0.0.1:1/callback?code=abc&state=s1", &s1).unwrap();
        assert!(matches!(ok, CallbackParams::Code { .. }));
        assert_eq!(
            parse_pasted("http://127.0.0.1:1/callback?code=abc&state=other", &s1).unwrap_err(),
            PasteError::WrongState
        );
        let err = parse_pasted(
            "http://127.0.0.1:1/callback?error=access_denied&error_description=x&state=s1",
            &s1,
        )
        .unwrap();
        assert!(matches!(err, CallbackParams::Error { error, .. } if error == "access_denied"));
        assert!(matches!(
            parse_pasted("not a url", &s1),
            Err(PasteError::NotAUrl(_))
        ));
        assert_eq!(parse_pasted("  ", &s1).unwrap_err(), PasteError::Empty);
    }

    #[test]
    fn a_repeated_parameter_is_refused() {
        let s1 = state("s1");
        assert_eq!(
            read_callback("code=a&state=s1&code=b", &s1).unwrap_err(),
            CallbackProblem::Repeated("\"code\"".into())
        );
        assert_eq!(
            read_callback("state=other&code=a&state=s1", &s1).unwrap_err(),
            CallbackProblem::Repeated("\"state\"".into())
        );
        assert_eq!(
            read_callback("state=s1&code=", &s1).unwrap_err(),
            CallbackProblem::Incomplete
        );
    }

    fn plain(page: &Page) -> String {
        format!("{}: {}", page.title, page.lines.join(" "))
    }

    async fn serve_one() -> (Loopback, String, String) {
        let bound = bind("127.0.0.1:0".parse().unwrap(), "127.0.0.1")
            .await
            .unwrap()
            .header_timeout(Duration::from_millis(300));
        let key = "the-start-key-0123456789";
        let lb = bound.serve(
            &state("good-state"),
            key,
            "http://example.invalid/start".into(),
            plain,
        );
        let base = format!("http://{}", lb.local_addr);
        let start = lb.start_url.clone();
        (lb, base, start)
    }

    fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn the_start_page_needs_the_flow_key_and_a_loopback_host() {
        let (_lb, base, start) = serve_one().await;
        let http = client();
        assert!(
            start.ends_with("/start/the-start-key-0123456789/"),
            "{start}"
        );
        let ok = http.get(&start).send().await.unwrap();
        assert_eq!(ok.status(), 303);
        assert_eq!(ok.headers()["location"], "http://example.invalid/start");
        // A local process that replays the start page without the key gets nothing.
        for replay in [
            format!("{base}/"),
            format!("{base}/start/"),
            format!("{base}/start/guessed-key/"),
        ] {
            let response = http.get(&replay).send().await.unwrap();
            assert!(
                matches!(response.status().as_u16(), 403 | 404),
                "{replay}: {}",
                response.status()
            );
            assert!(response.headers().get("location").is_none());
        }
        let rebound = http
            .get(&start)
            .header("host", "evil.example")
            .send()
            .await
            .unwrap();
        assert_eq!(rebound.status(), 421);
        assert!(rebound.headers().get("location").is_none());
    }

    #[tokio::test]
    async fn a_client_that_sends_no_headers_is_dropped() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (_lb, base, _) = serve_one().await;
        let addr = base.trim_start_matches("http://").to_string();
        let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
        slow.write_all(b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            .await
            .unwrap();
        let mut buf = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(5), slow.read_to_end(&mut buf)).await;
        assert!(
            read.is_ok(),
            "the listener kept a slow client's connection open"
        );
    }

    #[tokio::test]
    async fn an_idle_connection_does_not_hold_up_the_end() {
        use tokio::io::AsyncReadExt;
        let bound = bind("127.0.0.1:0".parse().unwrap(), "127.0.0.1")
            .await
            .unwrap();
        let lb = bound.serve(&state("s"), "k", "http://example.invalid/".into(), plain);
        // A browser's speculative connection: opened, nothing sent.
        let mut idle = tokio::net::TcpStream::connect(lb.local_addr).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        let started = std::time::Instant::now();
        lb.close().await;
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "close waited {:?} for an idle connection",
            started.elapsed()
        );
        let mut buf = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(1), idle.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "the idle connection was left open");
    }

    #[tokio::test]
    async fn one_callback_with_the_right_state_the_rest_ignored() {
        let (lb, base, _) = serve_one().await;
        let http = client();
        assert_eq!(
            http.get(format!("{base}/favicon.ico"))
                .send()
                .await
                .unwrap()
                .status(),
            404
        );
        let wrong = http
            .get(format!("{base}/callback?code=x&state=bad"))
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 400);
        let good = tokio::spawn({
            let http = http.clone();
            let url = format!("{base}/callback?code=the-code&state=good-state");
            async move { http.get(url).send().await.unwrap() }
        });
        let (params, responder) = lb.wait(Duration::from_secs(5)).await.unwrap();
        assert!(
            matches!(&params, CallbackParams::Code { code, .. } if code.expose() == "the-code")
        );
        // Before the answer, a second valid callback is refused.
        let again = http
            .get(format!("{base}/callback?code=y&state=good-state"))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 400, "a second callback is refused");
        responder
            .respond(Page {
                ok: true,
                title: "Signed in".into(),
                lines: vec![],
            })
            .await;
        let response = good.await.unwrap();
        assert_eq!(response.status(), 200);
        let body = response.text().await.unwrap();
        assert!(body.contains("Signed in") && !body.contains("the-code"));
    }
}
