use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ssoctl::cli::Cli::parse();
    let format = cli.global.output;
    match ssoctl::app::run(cli) {
        Ok(code) => code,
        Err(error) => ssoctl::app::report(&error, format),
    }
}
