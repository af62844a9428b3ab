//! The admin token: `SSOCTL_TOKEN`, else the OS keyring (every call bounded
//! by a timeout), else a 0600 file for machines without a usable keyring.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::CliError;
use crate::files::write_atomic;
use crate::secret::Secret;

pub const TOKEN_ENV: &str = "SSOCTL_TOKEN";
pub const CREDENTIALS_FILE: &str = "credentials.toml";
const KEYRING_SERVICE: &str = "ssoctl";
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Where a token was found or stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "detail")]
pub enum TokenSource {
    Env,
    Keyring,
    File(PathBuf),
    Sandbox,
}

impl std::fmt::Display for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Env => write!(f, "the {TOKEN_ENV} environment variable"),
            TokenSource::Keyring => f.write_str("the system keyring"),
            TokenSource::File(path) => write!(f, "the file {}", path.display()),
            TokenSource::Sandbox => f.write_str("the in-process sandbox"),
        }
    }
}

/// A keyring, as the token store needs it. Calls may block; the store
/// bounds each one with a timeout.
pub trait Keyring: Send + Sync + 'static {
    fn get(&self, account: &str) -> Result<Option<String>, String>;
    fn set(&self, account: &str, secret: &str) -> Result<(), String>;
    /// `Ok(false)` when there was nothing to delete.
    fn delete(&self, account: &str) -> Result<bool, String>;
}

/// The platform keyring (Secret Service on Linux, Keychain, Credential Manager).
pub struct OsKeyring;

impl Keyring for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<String>, String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        match entry.get_password() {
            Ok(value) => Ok(Some(value)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        entry.set_password(secret).map_err(|e| e.to_string())
    }

    fn delete(&self, account: &str) -> Result<bool, String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(e.to_string()),
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct CredentialsFile {
    /// API base URL → token.
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

/// Where `store` put the token, and why not in the keyring when it didn't.
#[derive(Debug, Clone)]
pub struct Stored {
    pub source: TokenSource,
    pub keyring_problem: Option<String>,
}

pub struct TokenStore {
    config_dir: PathBuf,
    keyring: std::sync::Arc<dyn Keyring>,
    timeout: Duration,
}

impl TokenStore {
    pub fn new(config_dir: &Path, keyring: std::sync::Arc<dyn Keyring>, timeout: Duration) -> Self {
        TokenStore {
            config_dir: config_dir.to_path_buf(),
            keyring,
            timeout,
        }
    }

    pub fn file_path(&self) -> PathBuf {
        self.config_dir.join(CREDENTIALS_FILE)
    }

    /// Runs one keyring call on its own thread and stops waiting after the
    /// timeout: a Secret Service that never answers must not hang the CLI.
    fn with_keyring<T: Send + 'static>(
        &self,
        call: impl FnOnce(&dyn Keyring) -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        let keyring = self.keyring.clone();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(call(keyring.as_ref()));
        });
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
                "the keyring did not answer within {} s",
                self.timeout.as_secs()
            )),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err("the keyring call failed".into()),
        }
    }

    /// The stored token for `api_url` (the environment is the caller's business).
    pub fn get(&self, api_url: &str) -> Result<Option<(Secret, TokenSource)>, CliError> {
        let account = api_url.to_string();
        match self.with_keyring(move |k| k.get(&account)) {
            Ok(Some(token)) => return Ok(Some((Secret::new(token), TokenSource::Keyring))),
            Ok(None) => {}
            Err(problem) => tracing::debug!("keyring unavailable: {problem}"),
        }
        let file = self.read_file()?;
        Ok(file
            .tokens
            .get(api_url)
            .map(|t| (Secret::new(t.clone()), TokenSource::File(self.file_path()))))
    }

    pub fn store(&self, api_url: &str, token: &Secret) -> Result<Stored, CliError> {
        let account = api_url.to_string();
        let value = token.expose().to_string();
        match self.with_keyring(move |k| k.set(&account, &value)) {
            Ok(()) => {
                // A token left in the file from an earlier fallback would shadow nothing,
                // but it is one more copy of a secret: remove it.
                self.remove_from_file(api_url)?;
                Ok(Stored {
                    source: TokenSource::Keyring,
                    keyring_problem: None,
                })
            }
            Err(problem) => {
                let mut file = self.read_file()?;
                file.tokens
                    .insert(api_url.to_string(), token.expose().to_string());
                self.write_file(&file)?;
                Ok(Stored {
                    source: TokenSource::File(self.file_path()),
                    keyring_problem: Some(problem),
                })
            }
        }
    }

    /// Removes the token from every store; returns where it was found.
    pub fn remove(&self, api_url: &str) -> Result<Vec<TokenSource>, CliError> {
        let mut removed = Vec::new();
        let account = api_url.to_string();
        match self.with_keyring(move |k| k.delete(&account)) {
            Ok(true) => removed.push(TokenSource::Keyring),
            Ok(false) => {}
            Err(problem) => tracing::debug!("keyring unavailable: {problem}"),
        }
        if self.remove_from_file(api_url)? {
            removed.push(TokenSource::File(self.file_path()));
        }
        Ok(removed)
    }

    /// The API URLs that have a stored token: every URL in the file, and
    /// each of `candidates` (the profiles' URLs) the keyring holds one for
    /// (a keyring cannot list its entries).
    pub fn urls_with_token(&self, candidates: &[String]) -> Vec<String> {
        let mut urls: Vec<String> = self
            .read_file()
            .map(|f| f.tokens.into_keys().collect())
            .unwrap_or_default();
        for url in candidates {
            if urls.contains(url) {
                continue;
            }
            let account = url.clone();
            if let Ok(Some(_)) = self.with_keyring(move |k| k.get(&account)) {
                urls.push(url.clone());
            }
        }
        urls.sort();
        urls.dedup();
        urls
    }

    fn remove_from_file(&self, api_url: &str) -> Result<bool, CliError> {
        let mut file = self.read_file()?;
        if file.tokens.remove(api_url).is_none() {
            return Ok(false);
        }
        self.write_file(&file)?;
        Ok(true)
    }

    fn read_file(&self) -> Result<CredentialsFile, CliError> {
        let path = self.file_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|_| {
                // The parser's message could quote a token: keep it out.
                CliError::general(format!(
                    "{} is not a valid credentials file",
                    path.display()
                ))
                .hint("remove it and run `ssoctl auth login` again")
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(CredentialsFile::default()),
            Err(e) => Err(CliError::general(format!(
                "cannot read {}: {e}",
                path.display()
            ))),
        }
    }

    fn write_file(&self, file: &CredentialsFile) -> Result<(), CliError> {
        let path = self.file_path();
        let text = toml::to_string(file).map_err(|e| CliError::general(e.to_string()))?;
        write_atomic(&path, text.as_bytes())
            .map_err(|e| CliError::general(format!("cannot write {}: {e}", path.display())))
    }
}

/// No token for `api_url`: says so, names the URLs that have one, and
/// whether anything answers at `api_url` at all (`listening`: None when
/// not checked).
pub fn not_logged_in(api_url: &str, with_token: &[String], listening: Option<bool>) -> CliError {
    let mut error = CliError::auth(format!("not logged in to {api_url}"))
        .detail(format!("no token is stored for {api_url}"));
    match with_token {
        [] => {}
        urls => {
            error = error.detail(format!("tokens are stored for: {}", urls.join(", ")));
        }
    }
    if listening == Some(false) {
        error = error.detail(format!(
            "nothing answers at {api_url}: is the URL (its port) right?"
        ));
    }
    if !with_token.is_empty() {
        error = error.hint(
            "if the API URL is wrong, fix it with `ssoctl profile set api_url URL` (or pick another profile with --profile)",
        );
    }
    error.hint("run `ssoctl auth login`, or set SSOCTL_TOKEN")
}

/// Whether a TCP connection to the URL's host and port opens within a
/// second (no HTTP request is sent: nothing is logged on the server).
pub fn answers(url: &url::Url) -> Option<bool> {
    use std::net::ToSocketAddrs;
    let port = url.port_or_known_default()?;
    let host = url
        .host_str()?
        .trim_start_matches('[')
        .trim_end_matches(']');
    let addrs = (host, port).to_socket_addrs().ok()?;
    Some(
        addrs.into_iter().take(2).any(|addr| {
            std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok()
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A keyring that never answers, like a Secret Service stuck on D-Bus.
    struct HangingKeyring;
    impl Keyring for HangingKeyring {
        fn get(&self, _: &str) -> Result<Option<String>, String> {
            std::thread::sleep(Duration::from_secs(60));
            Ok(None)
        }
        fn set(&self, _: &str, _: &str) -> Result<(), String> {
            std::thread::sleep(Duration::from_secs(60));
            Ok(())
        }
        fn delete(&self, _: &str) -> Result<bool, String> {
            std::thread::sleep(Duration::from_secs(60));
            Ok(false)
        }
    }

    #[derive(Default)]
    struct MemoryKeyring(Mutex<BTreeMap<String, String>>);
    impl Keyring for MemoryKeyring {
        fn get(&self, a: &str) -> Result<Option<String>, String> {
            Ok(self.0.lock().unwrap().get(a).cloned())
        }
        fn set(&self, a: &str, s: &str) -> Result<(), String> {
            self.0.lock().unwrap().insert(a.into(), s.into());
            Ok(())
        }
        fn delete(&self, a: &str) -> Result<bool, String> {
            Ok(self.0.lock().unwrap().remove(a).is_some())
        }
    }

    #[test]
    fn a_hanging_keyring_falls_back_to_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = TokenStore::new(
            dir.path(),
            Arc::new(HangingKeyring),
            Duration::from_millis(100),
        );
        let stored = store
            .store("https://api.example", &Secret::new("tok-123"))
            .unwrap();
        assert_eq!(
            stored.source,
            TokenSource::File(dir.path().join(CREDENTIALS_FILE))
        );
        assert!(stored.keyring_problem.unwrap().contains("did not answer"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.file_path())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (token, source) = store.get("https://api.example").unwrap().unwrap();
        assert_eq!(token.expose(), "tok-123");
        assert!(matches!(source, TokenSource::File(_)));
        assert_eq!(store.remove("https://api.example").unwrap().len(), 1);
        assert!(store.get("https://api.example").unwrap().is_none());
    }

    #[test]
    fn a_working_keyring_is_preferred() {
        let dir = tempfile::tempdir().unwrap();
        let store = TokenStore::new(
            dir.path(),
            Arc::new(MemoryKeyring::default()),
            KEYRING_TIMEOUT,
        );
        let stored = store
            .store("https://api.example", &Secret::new("tok-456"))
            .unwrap();
        assert_eq!(stored.source, TokenSource::Keyring);
        assert!(!store.file_path().exists());
        assert_eq!(
            store.get("https://api.example").unwrap().unwrap().1,
            TokenSource::Keyring
        );
    }
}
