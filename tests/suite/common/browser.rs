//! Real-browser support: headless Chromium driven over WebDriver
//! (chromedriver + fantoccini), the interop provider (Node + oidc-provider),
//! and `ssoctl` run as a child process the test talks to while it runs.
//!
//! The project's rule for tests that need a browser or Node: when the
//! dependency is missing they skip, loudly, only when `CI` is unset; with
//! `CI` set they fail and say how to install it.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use tempfile::TempDir;

/// How long any one browser step may take.
pub const STEP: Duration = Duration::from_secs(30);

/// Skips (CI unset) or fails (CI set) for a missing dependency. Returns
/// normally only when the test should skip.
#[track_caller]
pub fn missing(test: &str, what: &str, install: &str) {
    if std::env::var_os("CI").is_some() {
        panic!(
            "{test}: cannot run ({what}) and CI is set, so it fails instead of skipping; install: {install}"
        );
    }
    eprintln!();
    eprintln!("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    eprintln!("!! SKIPPED ({what}): {test}");
    eprintln!("!! CI is unset, so this test skips; with CI=true it fails. Install: {install}");
    eprintln!("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    eprintln!();
}

/// The first of `names` found on PATH, then in /usr/bin and /usr/lib/chromium.
pub fn find_program(names: &[&str]) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    dirs.push("/usr/bin".into());
    dirs.push("/usr/lib/chromium".into());
    names.iter().find_map(|name| {
        dirs.iter()
            .map(|d| d.join(name))
            .find(|p| p.is_file() && is_executable(p))
    })
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// A port free on 127.0.0.1 right now (for programs that cannot report
/// the port they bound).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for_port(addr: SocketAddr, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// A headless Chromium session behind its own chromedriver. Dropping it
/// closes the session and stops chromedriver, also when the test failed.
pub struct Browser {
    rt: tokio::runtime::Runtime,
    client: Option<Client>,
    driver: Child,
    driver_log: PathBuf,
    _profile: TempDir,
}

impl Browser {
    /// A new browser, or `None` when the test should skip (see [`missing`]).
    pub fn start(test: &str) -> Option<Browser> {
        let install = "apt-get install chromium chromium-driver (.ci/run does it)";
        let Some(chromium) = find_program(&["chromium", "chromium-browser", "google-chrome"])
        else {
            missing(
                test,
                "no chromium/chromedriver: chromium not found",
                install,
            );
            return None;
        };
        let Some(chromedriver) = find_program(&["chromedriver"]) else {
            missing(
                test,
                "no chromium/chromedriver: chromedriver not found",
                install,
            );
            return None;
        };
        // The port comes from `free_port`, so another test may take it
        // before chromedriver binds it; a session that cannot be opened is
        // tried again on a new port, and the third failure is the test's.
        let mut last = String::new();
        for _ in 0..3 {
            match Browser::launch(&chromium, &chromedriver) {
                Ok(browser) => return Some(browser),
                Err(why) => last = why,
            }
        }
        panic!("{last}")
    }

    fn launch(
        chromium: &std::path::Path,
        chromedriver: &std::path::Path,
    ) -> Result<Browser, String> {
        let profile = tempfile::tempdir().unwrap();
        let driver_log = profile.path().join("chromedriver.log");
        let port = free_port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", driver_log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromedriver.display()));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut browser = Browser {
            rt,
            client: None,
            driver,
            driver_log,
            _profile: profile,
        };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        if !wait_for_port(addr, Duration::from_secs(20)) {
            return Err(format!(
                "chromedriver did not listen on {addr}; its log:\n{}",
                browser.driver_log()
            ));
        }
        let user_data = browser._profile.path().join("profile");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": chromium,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    format!("--user-data-dir={}", user_data.display()),
                ],
            }),
        );
        let connected = browser.rt.block_on(async {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            tokio::time::timeout(
                Duration::from_secs(60),
                ClientBuilder::new(connector)
                    .capabilities(caps)
                    .connect(&format!("http://{addr}")),
            )
            .await
        });
        match connected {
            Ok(Ok(client)) => browser.client = Some(client),
            Ok(Err(e)) => {
                return Err(format!(
                    "no WebDriver session: {e}; chromedriver's log:\n{}",
                    browser.driver_log()
                ));
            }
            Err(_) => {
                return Err(format!(
                    "no WebDriver session within 60s; chromedriver's log:\n{}",
                    browser.driver_log()
                ));
            }
        }
        Ok(browser)
    }

    fn driver_log(&self) -> String {
        let log = std::fs::read_to_string(&self.driver_log).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is open")
    }

    /// Runs one WebDriver step with a deadline; a failure shows the page.
    fn step<T, F>(&self, what: &str, f: impl FnOnce(Client) -> F) -> T
    where
        F: std::future::Future<Output = Result<T, fantoccini::error::CmdError>>,
    {
        let client = self.client().clone();
        let result = self
            .rt
            .block_on(async { tokio::time::timeout(STEP, f(client)).await });
        match result {
            Ok(Ok(value)) => value,
            Ok(Err(e)) => panic!("browser: {what} failed: {e}\n{}", self.describe()),
            Err(_) => panic!(
                "browser: {what} took more than {STEP:?}\n{}",
                self.describe()
            ),
        }
    }

    /// Where the browser is and what it shows, for failure messages.
    pub fn describe(&self) -> String {
        let client = self.client().clone();
        self.rt.block_on(async {
            let run = async {
                let url = client
                    .current_url()
                    .await
                    .map(|u| u.to_string())
                    .unwrap_or_else(|e| format!("? ({e})"));
                let text = match client.find(Locator::Css("body")).await {
                    Ok(body) => body.text().await.unwrap_or_default(),
                    Err(e) => format!("? ({e})"),
                };
                format!("the browser is at {url}; the page says:\n{text}")
            };
            tokio::time::timeout(Duration::from_secs(10), run)
                .await
                .unwrap_or_else(|_| "the browser does not answer".into())
        })
    }

    pub fn goto(&self, url: &str) {
        let url = url.to_string();
        self.step(
            &format!("opening {url}"),
            |c| async move { c.goto(&url).await },
        );
    }

    /// Waits until one of `selectors` is on the page; returns its index.
    pub fn wait_for_any(&self, selectors: &[&str], timeout: Duration) -> usize {
        let deadline = Instant::now() + timeout;
        loop {
            for (i, selector) in selectors.iter().enumerate() {
                if self.exists(selector) {
                    return i;
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "browser: none of {selectors:?} appeared within {timeout:?}\n{}",
                    self.describe()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn wait_for(&self, selector: &str, timeout: Duration) {
        self.wait_for_any(&[selector], timeout);
    }

    pub fn exists(&self, selector: &str) -> bool {
        let selector = selector.to_string();
        self.step(&format!("looking for {selector}"), |c| async move {
            Ok(!c.find_all(Locator::Css(&selector)).await?.is_empty())
        })
    }

    /// Types into a field (after clearing it).
    pub fn fill(&self, selector: &str, value: &str) {
        let (selector, value) = (selector.to_string(), value.to_string());
        self.step(&format!("typing into {selector}"), |c| async move {
            let field = c.find(Locator::Css(&selector)).await?;
            field.clear().await?;
            field.send_keys(&value).await
        });
    }

    pub fn click(&self, selector: &str) {
        let selector = selector.to_string();
        self.step(&format!("clicking {selector}"), |c| async move {
            c.find(Locator::Css(&selector)).await?.click().await
        });
    }

    pub fn text(&self, selector: &str) -> String {
        let selector = selector.to_string();
        self.step(&format!("reading {selector}"), |c| async move {
            c.find(Locator::Css(&selector)).await?.text().await
        })
    }

    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        let (selector, name) = (selector.to_string(), name.to_string());
        self.step(&format!("reading {selector}[{name}]"), |c| async move {
            c.find(Locator::Css(&selector)).await?.attr(&name).await
        })
    }

    pub fn current_url(&self) -> String {
        self.step("reading the URL", |c| async move {
            c.current_url().await.map(|u| u.to_string())
        })
    }

    /// The result page `ssoctl` shows after the callback: (ok, whole text).
    pub fn wait_for_result(&self) -> (bool, String) {
        self.wait_for("#ssoctl-result", STEP);
        let ok = self.attr("#ssoctl-result", "data-ok");
        (ok.as_deref() == Some("true"), self.text("body"))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            let _ = self.rt.block_on(async {
                tokio::time::timeout(Duration::from_secs(10), client.close()).await
            });
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// What a finished child said.
#[derive(Debug)]
pub struct Finished {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Finished {
    #[track_caller]
    pub fn assert_code(&self, code: i32) {
        assert_eq!(
            self.code,
            Some(code),
            "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

/// A child process whose stderr is read line by line while it runs.
/// Dropping it kills the process.
pub struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    stderr: Vec<String>,
    stdout: Option<std::thread::JoinHandle<String>>,
    stderr_done: bool,
}

impl Running {
    /// Starts `cmd` with piped stdout/stderr, writing `stdin` then closing it.
    pub fn spawn(mut cmd: Command, stdin: &str) -> Running {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", cmd.get_program()));
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
        drop(input);
        let mut out = child.stdout.take().unwrap();
        let stdout = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        });
        let err = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            lines,
            stderr: Vec::new(),
            stdout: Some(stdout),
            stderr_done: false,
        }
    }

    /// Reads stderr until a line matches; returns the match.
    pub fn wait_for_line<T>(
        &mut self,
        what: &str,
        timeout: Duration,
        mut find: impl FnMut(&str) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = find(&line);
                    self.stderr.push(line);
                    if let Some(found) = found {
                        return found;
                    }
                }
                Err(e) => {
                    let _ = self.child.kill();
                    let finished = self.finish(Duration::from_secs(5));
                    panic!(
                        "{what} never appeared on stderr ({e:?})\nexit: {:?}\nstdout:\n{}\nstderr:\n{}",
                        finished.code, finished.stdout, finished.stderr
                    );
                }
            }
        }
    }

    /// The local URL `ssoctl login test --no-browser` prints.
    pub fn wait_for_login_url(&mut self) -> String {
        self.wait_for_line("the local login URL", STEP, |line| {
            let line = line.trim();
            (line.starts_with("http://127.0.0.1:") && line.ends_with('/')).then(|| line.to_string())
        })
    }

    /// Waits (bounded) for the exit; kills the process past `timeout`.
    pub fn finish(&mut self, timeout: Duration) -> Finished {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break Some(status);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        if !self.stderr_done {
            // The reader ends when the pipe closes, shortly after the exit.
            while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
                self.stderr.push(line);
            }
            self.stderr_done = true;
        }
        let stdout = self
            .stdout
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        let finished = Finished {
            code: status.and_then(|s| s.code()),
            stdout,
            stderr: self.stderr.join("\n"),
        };
        assert!(
            status.is_some(),
            "the process did not exit within {timeout:?}; killed\nstdout:\n{}\nstderr:\n{}",
            finished.stdout,
            finished.stderr
        );
        finished
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The third-party OpenID Provider (`tests/interop/provider.mjs`), stopped
/// on drop.
pub struct Provider {
    child: Child,
    /// Its stderr (Node's and oidc-provider's warnings), shown on failure.
    log: PathBuf,
    _dir: TempDir,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

impl Provider {
    /// Starts the provider, or `None` when the test should skip.
    pub fn start(test: &str) -> Option<Provider> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop");
        let install = "npm ci --prefix tests/interop (.ci/run does it; needs node and npm)";
        let Some(node) = find_program(&["node", "nodejs"]) else {
            missing(test, "no node", install);
            return None;
        };
        if !dir
            .join("node_modules/oidc-provider/package.json")
            .is_file()
        {
            missing(test, "no tests/interop/node_modules/oidc-provider", install);
            return None;
        }
        let client_id = "interop-rp".to_string();
        // Characters that RFC 6749 §2.3.1's form-encoding in Basic auth changes.
        let client_secret = "s3cr3t+with/special:chars%and spaces".to_string();
        let tmp = tempfile::tempdir().unwrap();
        let log = tmp.path().join("provider.log");
        let mut child = Command::new(node)
            .arg(dir.join("provider.mjs"))
            .current_dir(&dir)
            .env("INTEROP_CLIENT_ID", &client_id)
            .env("INTEROP_CLIENT_SECRET", &client_secret)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("cannot start node");
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if let Some(issuer) = line.strip_prefix("ISSUER ") {
                    let _ = tx.send(issuer.trim().to_string());
                }
            }
        });
        let issuer = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(issuer) => issuer,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "oidc-provider did not print its issuer within 30s; its stderr:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
        };
        Some(Provider {
            child,
            log,
            _dir: tmp,
            issuer,
            client_id,
            client_secret,
        })
    }

    /// `127.0.0.1:PORT`, what a customer would type as the domain.
    pub fn domain(&self) -> String {
        let url = url::Url::parse(&self.issuer).unwrap();
        format!("{}:{}", url.host_str().unwrap(), url.port().unwrap())
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!(
                "oidc-provider's stderr:\n{}",
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
        }
    }
}
