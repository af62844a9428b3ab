//! `ssoctl completions`: shell completion scripts and the man page, from the
//! same clap tree as the parser.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, CompletionTarget, CompletionsArgs};
use crate::error::{CliError, Result};
use crate::output::Printable;

pub fn run(args: CompletionsArgs) -> Result<Printable> {
    Ok(Printable::text(generate(args.shell)?))
}

pub fn generate(target: CompletionTarget) -> Result<String> {
    let mut command = Cli::command();
    let mut buffer = Vec::new();
    let shell = match target {
        CompletionTarget::Bash => Shell::Bash,
        CompletionTarget::Zsh => Shell::Zsh,
        CompletionTarget::Fish => Shell::Fish,
        CompletionTarget::Elvish => Shell::Elvish,
        CompletionTarget::Powershell => Shell::PowerShell,
        CompletionTarget::Man => {
            // The committed page names the release, not the commit it was
            // generated from (which would make it stale at every commit).
            clap_mangen::Man::new(command.version(env!("CARGO_PKG_VERSION")))
                .render(&mut buffer)
                .map_err(|e| CliError::general(format!("cannot render the man page: {e}")))?;
            return Ok(String::from_utf8_lossy(&buffer).into_owned());
        }
    };
    clap_complete::generate(shell, &mut command, "ssoctl", &mut buffer);
    Ok(String::from_utf8_lossy(&buffer).into_owned())
}

/// The committed file for each target, under the repository root.
pub fn committed_path(target: CompletionTarget) -> &'static str {
    match target {
        CompletionTarget::Bash => "completions/ssoctl.bash",
        CompletionTarget::Zsh => "completions/_ssoctl",
        CompletionTarget::Fish => "completions/ssoctl.fish",
        CompletionTarget::Elvish => "completions/ssoctl.elv",
        CompletionTarget::Powershell => "completions/_ssoctl.ps1",
        CompletionTarget::Man => "man/ssoctl.1",
    }
}

/// The config directory, as start-up finds it.
fn config_dir() -> Option<std::path::PathBuf> {
    use crate::config::Env;
    crate::config::config_dir(
        crate::config::ProcessEnv
            .var("SSOCTL_CONFIG_DIR")
            .as_deref(),
    )
    .ok()
}

/// The command tree with dynamic candidates on the arguments that take a
/// slug or a profile name, for `COMPLETE=… ssoctl`. They are added here,
/// at the entry, so the clap tree in `cli.rs` needs nothing from below it.
pub fn command_with_candidates() -> clap::Command {
    use clap::CommandFactory;
    with_candidates(Cli::command(), &[])
}

fn with_candidates(command: clap::Command, path: &[&str]) -> clap::Command {
    use clap_complete::engine::ArgValueCandidates;
    let name = command.get_name().to_string();
    let mut here: Vec<&str> = path.to_vec();
    here.push(&name);
    let profile_verb = matches!(here.as_slice(), [.., "profile", "show" | "use" | "remove"]);
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let mut command = command;
    for id in ids {
        if id == "slug" || id == "slugs" {
            command = command.mut_arg(&id, |arg| arg.add(ArgValueCandidates::new(slugs)));
        } else if profile_verb && id == "name" {
            command = command.mut_arg(&id, |arg| arg.add(ArgValueCandidates::new(profiles)));
        }
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for sub in subcommands {
        command = command.mut_subcommand(&sub, |c| with_candidates(c, &here));
    }
    command
}

/// Profile names for dynamic completion; none when the config cannot be read.
pub fn profiles() -> Vec<clap_complete::CompletionCandidate> {
    let Some(dir) = config_dir() else {
        return Vec::new();
    };
    crate::config::ConfigFile::load(&dir)
        .map(|file| {
            file.profiles
                .keys()
                .map(clap_complete::CompletionCandidate::new)
                .collect()
        })
        .unwrap_or_default()
}

/// Registered slugs for dynamic completion: one tenant list from the
/// active profile's service (`SSOCTL_PROFILE`, `SSOCTL_API_URL`,
/// `SSOCTL_TOKEN` apply), given up after 3 seconds; none on any error,
/// so completing never prints one.
pub fn slugs() -> Vec<clap_complete::CompletionCandidate> {
    let Some(dir) = config_dir() else {
        return Vec::new();
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let io = crate::context::IoStreams {
        out: Box::new(std::io::sink()),
        err: Box::new(std::io::sink()),
        input: Box::new(std::io::empty()),
        stdout_is_tty: false,
        stderr_is_tty: false,
        stdin_is_tty: false,
        color: false,
        quiet: true,
    };
    let mut ctx = crate::context::Context::new(
        io,
        crate::output::OutputFormat::Table,
        true,
        Box::new(crate::prompt::TerminalPrompter),
        dir,
        None,
    );
    runtime.block_on(async {
        let Ok(client) = ctx.api() else {
            return Vec::new();
        };
        match tokio::time::timeout(std::time::Duration::from_secs(3), client.all_tenants(None))
            .await
        {
            Ok(Ok(tenants)) => tenants
                .into_iter()
                .map(|t| {
                    clap_complete::CompletionCandidate::new(t.slug)
                        .help(Some(t.company_name.into()))
                })
                .collect(),
            _ => Vec::new(),
        }
    })
}
