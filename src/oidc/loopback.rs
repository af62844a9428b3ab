//! The loopback listener (RFC 8252 §7.3): 127.0.0.1 only, one callback
//! whose `state` matches, everything else answered and ignored.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use tokio::sync::{Mutex, mpsc, oneshot};

use crate::error::{CliError, Result};
use crate::secret::Secret;

/// What came back to the redirect URI.
#[derive(Debug)]
pub enum CallbackParams {
    Code { code: Secret, iss: Option<String> },
    Error { error: String, description: String },
}

/// The page the browser shows after the callback; never a token or a code
/// (every secret the process holds is scrubbed from it).
#[derive(Debug, Clone)]
pub struct Page {
    pub ok: bool,
    pub title: String,
    pub lines: Vec<String>,
}

impl Page {
    fn html(&self) -> String {
        let color = if self.ok { "#1a7f37" } else { "#cf222e" };
        let lines: String = self
            .lines
            .iter()
            .map(|l| format!("<p>{}</p>", escape(&crate::secret::scrub(l))))
            .collect();
        format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>ssoctl: {title}</title></head>\
<body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">\
<h1 id=\"ssoctl-result\" data-ok=\"{ok}\" style=\"color:{color}\">{title}</h1>{lines}\
<p>You can close this tab and return to the terminal.</p></body></html>",
            title = escape(&crate::secret::scrub(&self.title)),
            ok = self.ok
        )
    }
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A valid callback, waiting for the verdict page.
pub struct Callback {
    pub params: CallbackParams,
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
    state: String,
    start_target: String,
    /// Taken by the first valid callback: exactly one is accepted.
    sender: Mutex<Option<mpsc::Sender<Callback>>>,
}

pub struct Loopback {
    pub local_addr: SocketAddr,
    /// `http://{redirect_host}:{port}/callback`
    pub redirect_uri: String,
    /// The local page that redirects to the login: opened in the browser.
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

/// Refuses anything but a loopback address: the listener receives codes.
pub fn check_listen(addr: &SocketAddr) -> Result<()> {
    if addr.ip().is_loopback() {
        return Ok(());
    }
    Err(CliError::usage(format!("--listen {addr} is not a loopback address"))
        .hint("the listener receives authorization codes and binds loopback only; use 127.0.0.1:PORT with an `ssh -L` tunnel")
        .into())
}

impl Loopback {
    /// Binds `listen` and serves `/` (redirects to `start_target`, which the
    /// caller builds with [`Loopback::redirect_uri`] known) and `/callback`.
    pub async fn bind(
        listen: SocketAddr,
        redirect_host: &str,
    ) -> Result<(tokio::net::TcpListener, SocketAddr, String)> {
        check_listen(&listen)?;
        let listener = tokio::net::TcpListener::bind(listen).await.map_err(|e| {
            CliError::usage(format!("cannot listen on {listen}: {e}"))
                .hint("pick another port with --port, or leave it out for a free one")
        })?;
        let local_addr = listener
            .local_addr()
            .map_err(|e| CliError::general(e.to_string()))?;
        let redirect_uri = format!("http://{}:{}/callback", redirect_host, local_addr.port());
        Ok((listener, local_addr, redirect_uri))
    }

    pub fn serve(
        listener: tokio::net::TcpListener,
        local_addr: SocketAddr,
        redirect_host: &str,
        state: &str,
        start_target: String,
    ) -> Loopback {
        let (sender, receiver) = mpsc::channel(1);
        let shared = Arc::new(Shared {
            state: state.to_string(),
            start_target,
            sender: Mutex::new(Some(sender)),
        });
        let app = Router::new()
            .route("/", get(start))
            .route("/callback", get(callback))
            .fallback(|| async { StatusCode::NOT_FOUND })
            .with_state(shared);
        let (shutdown, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await;
        });
        Loopback {
            local_addr,
            redirect_uri: format!("http://{}:{}/callback", redirect_host, local_addr.port()),
            start_url: format!("http://{}:{}/", redirect_host, local_addr.port()),
            receiver,
            server: Some(server),
            shutdown: Some(shutdown),
        }
    }

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
    pub async fn wait_split(mut self, timeout: Duration) -> Result<(CallbackParams, Responder)> {
        let callback = self.wait(timeout).await?;
        Ok((
            callback.params,
            Responder {
                respond: callback.respond,
                listener: self,
            },
        ))
    }

    /// The one valid callback, or a timeout.
    pub async fn wait(&mut self, timeout: Duration) -> Result<Callback> {
        match tokio::time::timeout(timeout, self.receiver.recv()).await {
            Ok(Some(callback)) => Ok(callback),
            Ok(None) => Err(CliError::general("the loopback listener stopped").into()),
            Err(_) => Err(CliError::general(format!(
                "no sign-in came back within {}",
                humantime::format_duration(timeout)
            ))
            .hint("the service's login state lives 10 minutes (guide: invalid or expired sso state); run the test again")
            .into()),
        }
    }
}

async fn start(State(shared): State<Arc<Shared>>) -> Response {
    Redirect::to(&shared.start_target).into_response()
}

fn rejected(status: StatusCode, title: &str, line: &str) -> Response {
    let page = Page {
        ok: false,
        title: title.to_string(),
        lines: vec![line.to_string()],
    };
    (status, Html(page.html())).into_response()
}

async fn callback(State(shared): State<Arc<Shared>>, RawQuery(query): RawQuery) -> Response {
    let params = match read_callback(query.as_deref().unwrap_or_default(), &shared.state) {
        Ok(params) => params,
        Err(problem) => {
            return rejected(
                StatusCode::BAD_REQUEST,
                problem.title(),
                &problem.to_string(),
            );
        }
    };
    let Some(sender) = shared.sender.lock().await.take() else {
        return rejected(
            StatusCode::BAD_REQUEST,
            "Already done",
            "This login has already come back; this request was ignored.",
        );
    };
    let (respond, page) = oneshot::channel();
    if sender.send(Callback { params, respond }).await.is_err() {
        return rejected(
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
            (status, Html(page.html())).into_response()
        }
        Err(_) => rejected(
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
    state: &str,
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
    if params.get("state").map(String::as_str) != Some(state) {
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

/// Reads a pasted callback URL (`--paste`): the same checks as the listener.
pub fn parse_pasted(url: &str, state: &str) -> Result<CallbackParams> {
    if url.trim().is_empty() {
        return Err(
            CliError::usage("nothing was pasted (standard input was empty)")
                .hint("sign in with the URL above, then paste the address the browser ends on")
                .into(),
        );
    }
    let parsed = url::Url::parse(url.trim()).map_err(|e| {
        CliError::usage(format!("that is not a URL ({e})"))
            .hint("paste the whole address from the browser's address bar")
    })?;
    read_callback(parsed.query().unwrap_or_default(), state).map_err(|problem| {
        let error = match problem {
            CallbackProblem::WrongState => {
                CliError::usage("the pasted URL is not from this login (its state does not match)")
            }
            other => CliError::usage(format!("the pasted URL is not a whole callback: {other}")),
        };
        error
            .hint("start the test again and paste the address the browser ends on")
            .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_may_listen() {
        assert!(check_listen(&"127.0.0.1:0".parse().unwrap()).is_ok());
        assert!(check_listen(&"[::1]:0".parse().unwrap()).is_ok());
        assert!(check_listen(&"0.0.0.0:8000".parse().unwrap()).is_err());
    }

    #[test]
    fn pasted_urls_are_checked_like_callbacks() {
        let ok = parse_pasted("http://127.0.0.1:1/callback?code=abc&state=s1", "s1").unwrap();
        assert!(matches!(ok, CallbackParams::Code { .. }));
        assert!(parse_pasted("http://127.0.0.1:1/callback?code=abc&state=other", "s1").is_err());
        let err = parse_pasted(
            "http://127.0.0.1:1/callback?error=access_denied&error_description=x&state=s1",
            "s1",
        )
        .unwrap();
        assert!(matches!(err, CallbackParams::Error { error, .. } if error == "access_denied"));
        assert!(parse_pasted("not a url", "s1").is_err());
    }

    #[test]
    fn a_repeated_parameter_is_refused() {
        assert_eq!(
            read_callback("code=a&state=s1&code=b", "s1").unwrap_err(),
            CallbackProblem::Repeated("\"code\"".into())
        );
        assert_eq!(
            read_callback("state=other&code=a&state=s1", "s1").unwrap_err(),
            CallbackProblem::Repeated("\"state\"".into())
        );
        assert_eq!(
            read_callback("state=s1&code=", "s1").unwrap_err(),
            CallbackProblem::Incomplete
        );
    }

    #[test]
    fn pages_escape_what_they_show() {
        let page = Page {
            ok: false,
            title: "<b>".into(),
            lines: vec!["a & b".into()],
        };
        let html = page.html();
        assert!(html.contains("&lt;b&gt;") && html.contains("a &amp; b"));
    }

    #[tokio::test]
    async fn one_callback_with_the_right_state_the_rest_ignored() {
        let (listener, addr, _) = Loopback::bind("127.0.0.1:0".parse().unwrap(), "127.0.0.1")
            .await
            .unwrap();
        let lb = Loopback::serve(
            listener,
            addr,
            "127.0.0.1",
            "good-state",
            "http://example.invalid/start".into(),
        );
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let base = format!("http://{addr}");
        let start = http.get(&base).send().await.unwrap();
        assert_eq!(start.status(), 303);
        assert_eq!(start.headers()["location"], "http://example.invalid/start");
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
        let (params, responder) = lb.wait_split(Duration::from_secs(5)).await.unwrap();
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
