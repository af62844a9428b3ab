use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `COMPLETE=bash ssoctl`: print the shell's registration script, or
    // answer a completion request, and exit. Without COMPLETE set this
    // returns at once (no network, no keyring).
    clap_complete::CompleteEnv::with_factory(
        ssoctl::commands::completions::command_with_candidates,
    )
    .complete();
    let cli = ssoctl::cli::Cli::parse();
    let format = cli.global.output;
    match ssoctl::app::run(cli) {
        Ok(code) => code,
        Err(error) => ssoctl::app::report(&error, format),
    }
}
