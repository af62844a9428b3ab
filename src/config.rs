//! Profiles: a TOML file under the platform config directory, and the
//! resolution of each setting (flag > `SSOCTL_*` env > profile > default).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use crate::error::CliError;

pub const DEFAULT_API_URL: &str = "https://auth.biometrysolutions.com";
pub const DEFAULT_CONSOLE_URL: &str = "https://console.biometrysolutions.com";
pub const DEFAULT_PROFILE: &str = "default";
pub const CONFIG_FILE: &str = "config.toml";

/// The settings a profile can hold, as `profile set` names them.
pub const PROFILE_KEYS: &[&str] = &["api_url", "auth_url", "console_url", "ca_cert"];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub console_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
}

impl Profile {
    pub fn get(&self, key: &str) -> Option<String> {
        match key {
            "api_url" => self.api_url.clone(),
            "auth_url" => self.auth_url.clone(),
            "console_url" => self.console_url.clone(),
            "ca_cert" => self.ca_cert.as_ref().map(|p| p.display().to_string()),
            _ => None,
        }
    }

    /// Sets a key after checking its value; `None` for an unknown key.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), CliError> {
        match key {
            "api_url" => self.api_url = Some(checked_url(key, value)?.to_string()),
            "auth_url" => self.auth_url = Some(checked_url(key, value)?.to_string()),
            "console_url" => self.console_url = Some(checked_url(key, value)?.to_string()),
            "ca_cert" => self.ca_cert = Some(PathBuf::from(value)),
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }

    pub fn unset(&mut self, key: &str) -> Result<(), CliError> {
        match key {
            "api_url" => self.api_url = None,
            "auth_url" => self.auth_url = None,
            "console_url" => self.console_url = None,
            "ca_cert" => self.ca_cert = None,
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }
}

fn unknown_key(key: &str) -> CliError {
    let mut error = CliError::usage(format!("`{key}` is not a profile setting"));
    if let Some(close) = did_you_mean(key, PROFILE_KEYS.iter().copied()) {
        error = error.hint(format!("did you mean `{close}`?"));
    }
    error.hint(format!("profile settings are: {}", PROFILE_KEYS.join(", ")))
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

impl ConfigFile {
    pub fn path(config_dir: &Path) -> PathBuf {
        config_dir.join(CONFIG_FILE)
    }

    /// Reads the file; a missing file is an empty configuration.
    pub fn load(config_dir: &Path) -> Result<ConfigFile, CliError> {
        let path = Self::path(config_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
            Err(e) => {
                return Err(CliError::general(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        toml::from_str(&text).map_err(|e| {
            CliError::usage(format!(
                "{} is not a valid ssoctl configuration",
                path.display()
            ))
            .detail(crate::error::parse_problem(e.message()))
            .hint("fix the file by hand, or move it away and run `ssoctl profile add` again")
        })
    }

    pub fn save(&self, config_dir: &Path) -> Result<(), CliError> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| CliError::general(format!("cannot write the configuration: {e}")))?;
        write_atomic(&Self::path(config_dir), text.as_bytes()).map_err(|e| {
            CliError::general(format!(
                "cannot write {}: {e}",
                Self::path(config_dir).display()
            ))
        })
    }

    pub fn active_name(&self) -> &str {
        self.current_profile.as_deref().unwrap_or(DEFAULT_PROFILE)
    }
}

pub use crate::files::{create_private_dir, write_atomic};

/// The config directory: `SSOCTL_CONFIG_DIR`, else the platform's.
pub fn config_dir(env_override: Option<&str>) -> Result<PathBuf, CliError> {
    if let Some(dir) = env_override.filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::config_dir().map(|d| d.join("ssoctl")).ok_or_else(|| {
        CliError::general("cannot find a configuration directory").hint("set SSOCTL_CONFIG_DIR")
    })
}

/// Where a setting's value came from, for `profile show` and `auth status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "name")]
pub enum Source {
    Flag,
    Env(String),
    Profile(String),
    Sandbox,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag => f.write_str("flag"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Profile(name) => write!(f, "profile {name}"),
            Source::Sandbox => f.write_str("--sandbox"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// The settings a command runs with.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub profile: String,
    pub api_url: Setting<Url>,
    pub auth_url: Setting<Url>,
    pub console_url: Setting<Url>,
    pub ca_cert: Option<Setting<PathBuf>>,
}

/// What the environment says; a seam so resolution is testable.
pub trait Env {
    fn var(&self, name: &str) -> Option<String>;
}

pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

impl Settings {
    /// `profile_flag` already includes `SSOCTL_PROFILE` (clap reads it).
    pub fn resolve(
        profile_flag: Option<&str>,
        file: &ConfigFile,
        env: &dyn Env,
    ) -> Result<Settings, CliError> {
        let name = profile_flag
            .unwrap_or_else(|| file.active_name())
            .to_string();
        let profile = match file.profiles.get(&name) {
            Some(profile) => profile.clone(),
            None if name == DEFAULT_PROFILE => Profile::default(),
            None => {
                let mut error = CliError::usage(format!("there is no profile named `{name}`"));
                if let Some(close) = did_you_mean(&name, file.profiles.keys().map(String::as_str)) {
                    error = error.hint(format!("did you mean `{close}`?"));
                }
                return Err(error.hint("list profiles with `ssoctl profile list`, or add one with `ssoctl profile add`"));
            }
        };
        let pick =
            |key: &str, env_var: &str, from_profile: Option<String>, default: Option<String>| {
                if let Some(value) = env.var(env_var) {
                    Some((value, Source::Env(env_var.to_string())))
                } else if let Some(value) = from_profile {
                    Some((value, Source::Profile(name.clone())))
                } else {
                    let _ = key;
                    default.map(|d| (d, Source::Default))
                }
            };
        let url_setting =
            |key: &str, (value, source): (String, Source)| -> Result<Setting<Url>, CliError> {
                let url = checked_url(key, &value)
                    .map_err(|e| e.detail(format!("the value comes from {source}")))?;
                Ok(Setting { value: url, source })
            };

        let api = pick(
            "api_url",
            "SSOCTL_API_URL",
            profile.api_url.clone(),
            Some(DEFAULT_API_URL.into()),
        )
        .expect("a default is given");
        let api_url = url_setting("api_url", api)?;
        let auth_url = match pick(
            "auth_url",
            "SSOCTL_AUTH_URL",
            profile.auth_url.clone(),
            None,
        ) {
            Some(found) => url_setting("auth_url", found)?,
            // The service answers the login routes on its own host.
            None => api_url.clone(),
        };
        let console = pick(
            "console_url",
            "SSOCTL_CONSOLE_URL",
            profile.console_url.clone(),
            Some(DEFAULT_CONSOLE_URL.into()),
        )
        .expect("a default is given");
        let console_url = url_setting("console_url", console)?;
        let ca_cert = pick(
            "ca_cert",
            "SSOCTL_CA_CERT",
            profile.ca_cert.as_ref().map(|p| p.display().to_string()),
            None,
        )
        .map(|(value, source)| Setting {
            value: PathBuf::from(value),
            source,
        });
        Ok(Settings {
            profile: name,
            api_url,
            auth_url,
            console_url,
            ca_cert,
        })
    }
}

/// An http(s) URL with no query or fragment; plain http only for loopback
/// hosts (a local sandbox), so a token never crosses a network in the clear.
pub fn checked_url(key: &str, value: &str) -> Result<Url, CliError> {
    let url = Url::parse(value.trim()).map_err(|e| {
        CliError::usage(format!("{key} `{value}` is not a URL ({e})"))
            .hint(format!("write it in full, for example {DEFAULT_API_URL}"))
    })?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback_url(&url) => {}
        "http" => {
            return Err(CliError::usage(format!("{key} `{value}` uses plain http"))
                .hint("use https; plain http is allowed only for 127.0.0.1, localhost and *.localhost"));
        }
        other => {
            return Err(CliError::usage(format!(
                "{key} `{value}` has the scheme `{other}`; use https"
            )));
        }
    }
    if url.query().is_some()
        || url.fragment().is_some()
        || !url.username().is_empty()
        || url.password().is_some()
    {
        return Err(CliError::usage(format!(
            "{key} `{value}` must be a base URL without credentials, query or fragment"
        )));
    }
    let mut url = url;
    // A base URL without the trailing slash joins paths predictably.
    let trimmed = url.path().trim_end_matches('/').to_string();
    url.set_path(&trimmed);
    Ok(url)
}

pub fn is_loopback_url(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
        None => false,
    }
}

/// The closest candidate within a small edit distance.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim(input, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance.
fn strsim(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            row.push((prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1));
        }
        prev = row;
    }
    prev[b.len()]
}

/// Displays a URL without the trailing slash `Url` adds to a bare host.
pub fn display_url(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--trace /dev/null` once turned this machine's `/dev/null` into a
    /// regular file (a rename over it, as root); a pipe stands in for it.
    #[cfg(unix)]
    #[test]
    fn special_files_are_written_to_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        write_atomic(&fifo, b"trace").unwrap();
        // Checked before joining: a replaced pipe would leave the reader waiting.
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe was replaced by {kind:?}");
        assert_eq!(reader.join().unwrap(), b"trace");
        assert!(write_atomic(dir.path(), b"x").is_err(), "a directory");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_stays_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.toml");
        let link = dir.path().join("config.toml");
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }
    use std::collections::HashMap;

    struct FakeEnv(HashMap<&'static str, &'static str>);
    impl Env for FakeEnv {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).map(|v| v.to_string())
        }
    }

    fn file_with(name: &str, api: &str) -> ConfigFile {
        let mut file = ConfigFile::default();
        file.profiles.insert(
            name.into(),
            Profile {
                api_url: Some(api.into()),
                ..Profile::default()
            },
        );
        file.current_profile = Some(name.into());
        file
    }

    #[test]
    fn env_beats_profile_beats_default() {
        let file = file_with("staging", "https://staging.example");
        let none = FakeEnv(HashMap::new());
        let s = Settings::resolve(None, &file, &none).unwrap();
        assert_eq!(s.api_url.value.as_str(), "https://staging.example/");
        assert_eq!(s.api_url.source, Source::Profile("staging".into()));
        assert_eq!(
            s.auth_url.value, s.api_url.value,
            "auth_url follows api_url"
        );
        assert_eq!(s.console_url.source, Source::Default);

        let env = FakeEnv(HashMap::from([("SSOCTL_API_URL", "https://env.example")]));
        let s = Settings::resolve(None, &file, &env).unwrap();
        assert_eq!(s.api_url.source, Source::Env("SSOCTL_API_URL".into()));
    }

    #[test]
    fn unknown_profile_suggests_the_closest() {
        let file = file_with("staging", "https://staging.example");
        let err = Settings::resolve(Some("stagin"), &file, &FakeEnv(HashMap::new())).unwrap_err();
        assert!(
            err.hints.iter().any(|h| h.contains("staging")),
            "{:?}",
            err.hints
        );
    }

    #[test]
    fn plain_http_only_on_loopback() {
        assert!(checked_url("api_url", "http://127.0.0.1:8080").is_ok());
        assert!(checked_url("api_url", "http://acme.localhost:8080").is_ok());
        assert!(checked_url("api_url", "http://example.com").is_err());
        assert!(checked_url("api_url", "ftp://example.com").is_err());
        assert!(checked_url("api_url", "https://example.com/?x=1").is_err());
        assert_eq!(
            checked_url("api_url", "https://example.com/base/")
                .unwrap()
                .as_str(),
            "https://example.com/base"
        );
    }

    #[test]
    fn profile_set_rejects_unknown_keys_with_suggestion() {
        let mut p = Profile::default();
        let err = p.set("api-url", "https://x.example").unwrap_err();
        assert!(err.hints[0].contains("api_url"));
        p.set("api_url", "https://x.example").unwrap();
        assert_eq!(p.get("api_url").as_deref(), Some("https://x.example/"));
    }
}
