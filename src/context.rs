//! What every command gets: the I/O streams and what they are (terminal or
//! not, colour or not), a prompter, the resolved settings, and the way to
//! the API client and the token store. Tests build one with buffers and a
//! scripted prompter.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;

use crate::api;
use crate::config::{self, ConfigFile, Settings};
use crate::credentials::{KEYRING_TIMEOUT, OsKeyring, TOKEN_ENV, TokenSource, TokenStore};
use crate::error::{CliError, Result};
use crate::http::{HttpClient, HttpConfig};
use crate::output::{OutputFormat, Printable};
use crate::prompt::Prompter;
use crate::secret::Secret;

pub const OKTA_API_TOKEN_ENV: &str = "SSOCTL_OKTA_API_TOKEN";
/// Where `tenant submit` and `okta setup` also look for the invitation.
pub const INVITATION_ENV: &str = "SSOCTL_INVITATION";

pub struct IoStreams {
    pub out: Box<dyn Write + Send>,
    pub err: Box<dyn Write + Send>,
    pub input: Box<dyn Read + Send>,
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
    pub stdin_is_tty: bool,
    /// ANSI colour on stdout/stderr.
    pub color: bool,
    /// `-q`: only errors on stderr.
    pub quiet: bool,
}

impl IoStreams {
    pub fn system(color: crate::cli::ColorChoice, quiet: bool) -> Self {
        // SSOCTL_FORCE_TTY renders for a terminal even through a pipe (`watch`, tests).
        use config::Env;
        let env = config::ProcessEnv;
        let forced = env.var("SSOCTL_FORCE_TTY").is_some();
        let stdout_is_tty = forced || std::io::stdout().is_terminal();
        let stderr_is_tty = std::io::stderr().is_terminal();
        let no_color = env.var("NO_COLOR").is_some();
        let color = match color {
            crate::cli::ColorChoice::Always => true,
            crate::cli::ColorChoice::Never => false,
            crate::cli::ColorChoice::Auto => stderr_is_tty && !no_color,
        };
        // Everything for the terminal or the pipe passes the guard: secrets
        // scrubbed, server text's escape sequences shown, not obeyed.
        IoStreams {
            out: Box::new(crate::output::Guard::new(std::io::stdout(), color)),
            err: Box::new(crate::output::Guard::new(std::io::stderr(), color)),
            input: Box::new(std::io::stdin()),
            stdout_is_tty,
            stderr_is_tty,
            stdin_is_tty: std::io::stdin().is_terminal(),
            color,
            quiet,
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// A progress or status line on stderr (silenced by `-q`).
    pub fn status(&mut self, message: &str) {
        if !self.quiet {
            let _ = writeln!(self.err, "{message}");
        }
    }

    pub fn success(&mut self, message: &str) {
        let mark = self.paint("32", "✓");
        self.status(&format!("{mark} {message}"));
    }

    /// Warnings show even with `-q`: they say something is wrong.
    pub fn warn(&mut self, message: &str) {
        let mark = self.paint("33", "!");
        let _ = writeln!(self.err, "{mark} {message}");
    }

    pub fn read_input(&mut self) -> Result<String> {
        let mut text = String::new();
        self.input
            .read_to_string(&mut text)
            .map_err(|e| CliError::general(format!("cannot read standard input: {e}")))?;
        Ok(text)
    }
}

pub struct Context {
    pub io: IoStreams,
    pub format: OutputFormat,
    /// False with `--no-input`, or when stdin or stderr is not a terminal.
    pub can_prompt: bool,
    pub prompter: Box<dyn Prompter>,
    pub config_dir: PathBuf,
    pub profile_flag: Option<String>,
    /// Set by `--sandbox`: settings and token that point at it.
    pub sandbox: Option<SandboxTarget>,
    pub ca_cert_flag: Option<PathBuf>,
    /// `--trace`: where every exchange is recorded.
    pub trace: Option<Arc<crate::http::trace::Trace>>,
    /// Where environment variables are read: the process's, or a test's.
    pub env: Arc<dyn config::Env + Send + Sync>,
    /// `-v` given (once or more): reports show every check, not only the problems.
    pub verbose: u8,
    settings: Option<Settings>,
    http: Option<HttpClient>,
    token_store: Option<Arc<TokenStore>>,
}

#[derive(Clone)]
pub struct SandboxTarget {
    pub url: url::Url,
    pub token: Secret,
    /// The token its emulated Okta orgs accept for Management API reads.
    pub okta_api_token: Secret,
}

impl Context {
    pub fn new(
        io: IoStreams,
        format: OutputFormat,
        no_input: bool,
        prompter: Box<dyn Prompter>,
        config_dir: PathBuf,
        profile_flag: Option<String>,
    ) -> Self {
        let can_prompt = !no_input && io.stdin_is_tty && io.stderr_is_tty;
        Context {
            io,
            format,
            can_prompt,
            prompter,
            config_dir,
            profile_flag,
            sandbox: None,
            ca_cert_flag: None,
            trace: None,
            env: Arc::new(config::ProcessEnv),
            verbose: 0,
            settings: None,
            http: None,
            token_store: None,
        }
    }

    pub fn config_file(&self) -> Result<ConfigFile> {
        Ok(ConfigFile::load(&self.config_dir)?)
    }

    /// The resolved settings, read once (and only by commands that need them).
    pub fn settings(&mut self) -> Result<&Settings> {
        if self.settings.is_none() {
            let file = self.config_file()?;
            let mut settings =
                Settings::resolve(self.profile_flag.as_deref(), &file, self.env.as_ref())?;
            if let Some(sandbox) = &self.sandbox {
                let at_sandbox = |_: &config::Setting<url::Url>| config::Setting {
                    value: sandbox.url.clone(),
                    source: config::Source::Sandbox,
                };
                settings.api_url = at_sandbox(&settings.api_url);
                settings.auth_url = at_sandbox(&settings.auth_url);
            }
            if let Some(path) = &self.ca_cert_flag {
                settings.ca_cert = Some(config::Setting {
                    value: path.clone(),
                    source: config::Source::Flag,
                });
            }
            self.settings = Some(settings);
        }
        Ok(self.settings.as_ref().expect("just set"))
    }

    pub fn http(&mut self) -> Result<HttpClient> {
        if let Some(http) = &self.http {
            return Ok(http.clone());
        }
        let mut config = HttpConfig::default();
        if let Some(ca) = &self.settings()?.ca_cert {
            config.ca_certs.push(ca.value.clone());
        }
        if let Some(timeout) = self.env.var("SSOCTL_HTTP_TIMEOUT") {
            config.request_timeout = humantime::parse_duration(&timeout).map_err(|e| {
                CliError::usage(format!(
                    "SSOCTL_HTTP_TIMEOUT `{timeout}` is not a duration ({e})"
                ))
                .hint("write it like 30s or 2m")
            })?;
        }
        let mut http = HttpClient::new(config).map_err(|e| CliError::usage(e.to_string()))?;
        if let Some(trace) = &self.trace {
            http = http.with_trace(trace.clone());
        }
        self.http = Some(http.clone());
        Ok(http)
    }

    pub fn token_store(&mut self) -> Arc<TokenStore> {
        self.token_store
            .get_or_insert_with(|| {
                Arc::new(TokenStore::new(
                    &self.config_dir,
                    Arc::new(OsKeyring),
                    KEYRING_TIMEOUT,
                ))
            })
            .clone()
    }

    /// Replaces the token store (tests use a keyring of their own).
    pub fn set_token_store(&mut self, store: TokenStore) {
        self.token_store = Some(Arc::new(store));
    }

    /// The admin token and where it came from: the sandbox, `SSOCTL_TOKEN`,
    /// then the stores.
    pub fn token(&mut self) -> Result<Option<(Secret, TokenSource)>> {
        if let Some(sandbox) = &self.sandbox {
            return Ok(Some((sandbox.token.clone(), TokenSource::Sandbox)));
        }
        if let Some(token) = self.env.var(TOKEN_ENV).filter(|t| !t.trim().is_empty()) {
            return Ok(Some((Secret::new(token.trim()), TokenSource::Env)));
        }
        let api_url = config::display_url(&self.settings()?.api_url.value);
        Ok(self.token_store().get(&api_url)?)
    }

    /// No token for `api_url`: which URLs have one, and whether the server answers.
    pub fn not_logged_in(&mut self, api_url: &url::Url) -> CliError {
        let candidates: Vec<String> = ConfigFile::load(&self.config_dir)
            .map(|f| {
                f.profiles
                    .values()
                    .filter_map(|p| p.api_url.as_deref())
                    .filter_map(|u| url::Url::parse(u).ok())
                    .map(|u| config::display_url(&u))
                    .collect()
            })
            .unwrap_or_default();
        let with_token = self.token_store().urls_with_token(&candidates);
        crate::credentials::not_logged_in(
            &config::display_url(api_url),
            &with_token,
            crate::credentials::answers(api_url),
        )
    }

    /// The admin API client, or the error that says how to log in.
    pub fn api(&mut self) -> Result<api::Client> {
        let api_url = self.settings()?.api_url.value.clone();
        let Some((token, _)) = self.token()? else {
            return Err(self.not_logged_in(&api_url).into());
        };
        Ok(api::Client::new(self.http()?, api_url, token))
    }

    /// A read-only Okta API token: `--okta-api-token-stdin`, then
    /// `SSOCTL_OKTA_API_TOKEN`, then a hidden prompt when asked for, then
    /// the sandbox's; `None` when there is none (the checks say so).
    pub fn okta_api_token(&mut self, args: &crate::cli::OktaTokenArgs) -> Result<Option<Secret>> {
        if args.okta_api_token_stdin {
            let text = self.io.read_input()?;
            return crate::secret::secret_from_text(&text)
                .map(Some)
                .ok_or_else(|| {
                    CliError::usage("--okta-api-token-stdin was given but standard input is empty")
                        .into()
                });
        }
        if let Some(token) = self
            .env
            .var(OKTA_API_TOKEN_ENV)
            .and_then(|v| crate::secret::secret_from_text(&v))
        {
            return Ok(Some(token));
        }
        if args.ask_okta_api_token {
            self.require_prompt(
                "the Okta API token",
                "--okta-api-token-stdin or SSOCTL_OKTA_API_TOKEN",
            )?;
            return self
                .prompter
                .secret("Okta API token (read-only admin, hidden)")
                .map(Some);
        }
        Ok(self.sandbox.as_ref().map(|s| s.okta_api_token.clone()))
    }

    /// The invitation from support: from standard input when `stdin` holds
    /// what was read for it, else from `file`, else from
    /// `SSOCTL_INVITATION`; `None` when none of them gives one. `rule`
    /// says how to pipe it in when standard input is empty.
    pub fn invitation(
        &self,
        stdin: Option<&str>,
        file: Option<&std::path::Path>,
        rule: &str,
    ) -> Result<Option<Secret>> {
        use crate::secret::secret_from_text;
        if let Some(text) = stdin {
            return secret_from_text(text).map(Some).ok_or_else(|| {
                CliError::usage(
                    "the invitation was to be read from standard input, but it is empty",
                )
                .hint(rule.to_string())
                .into()
            });
        }
        if let Some(path) = file {
            let text = std::fs::read_to_string(path).map_err(|e| {
                CliError::usage(format!(
                    "cannot read the invitation file {}: {e}",
                    path.display()
                ))
            })?;
            return secret_from_text(&text).map(Some).ok_or_else(|| {
                CliError::usage(format!("the invitation file {} is empty", path.display())).into()
            });
        }
        Ok(self
            .env
            .var(INVITATION_ENV)
            .and_then(|v| secret_from_text(&v)))
    }

    /// Prints a command's result on stdout, as a table/text or JSON.
    pub fn print(&mut self, printable: &Printable) -> Result<()> {
        let text = printable.render(self.format, self.io.stdout_is_tty, self.io.color);
        self.write_stdout(&text)
    }

    /// Writes text to stdout as it is (streamed lines); a closed pipe
    /// (`ssoctl … | head -1`) is not an error.
    pub fn write_stdout(&mut self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        let written = self
            .io
            .out
            .write_all(text.as_bytes())
            .and_then(|_| self.io.out.flush());
        match written {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => {
                Err(CliError::general(format!("cannot write to standard output: {e}")).into())
            }
        }
    }

    /// Fails with a usage error naming what is missing when prompting is impossible.
    pub fn require_prompt(&self, what: &str, flag_hint: &str) -> Result<()> {
        if self.can_prompt {
            return Ok(());
        }
        Err(CliError::usage(format!("{what} is required"))
            .hint(format!(
                "pass {flag_hint} (no prompt without a terminal, or with --no-input)"
            ))
            .into())
    }

    /// Before a change that breaks someone's sign-in: shows `warning` and
    /// asks for `expected` to be typed. Without a terminal (or with
    /// `--no-input`) it refuses, naming `--yes`; `what` says what is refused.
    pub fn confirm_by_typing(&mut self, what: &str, warning: &str, expected: &str) -> Result<()> {
        if !self.can_prompt {
            return Err(
                CliError::usage(format!("refusing to {what} without confirmation"))
                    .hint("pass --yes to go ahead without a prompt")
                    .into(),
            );
        }
        self.io.warn(warning);
        self.prompter
            .input(&format!("Type {expected} to confirm"), &|typed: &str| {
                if typed.trim() == expected {
                    Ok(())
                } else {
                    Err(format!(
                        "type `{expected}` exactly, or press Ctrl-C to cancel"
                    ))
                }
            })?;
        Ok(())
    }
}
