use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ssoctl::cli::Cli::parse();
    match ssoctl::app::run(cli) {
        Ok(code) => code,
        Err(error) => ssoctl::app::report(&error),
    }
}
