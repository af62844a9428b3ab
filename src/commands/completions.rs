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
