//! What a command returns: its data and its verdict together (as xh's
//! `run() -> Result<ExitCode>`), so that no command prints and then fails
//! to get an exit code. `main` prints the data, then the verdict's error.

use crate::error::CliError;
use crate::output::Printable;

#[derive(Debug)]
pub struct Outcome {
    pub printable: Printable,
    /// `None`: exit 0. `Some`: printed as `error:` after the data, with its exit code.
    pub failure: Option<CliError>,
}

impl Outcome {
    pub fn ok(printable: Printable) -> Self {
        Outcome {
            printable,
            failure: None,
        }
    }

    /// The data is the answer (shown in full), and the verdict is a failure.
    pub fn failed(printable: Printable, failure: CliError) -> Self {
        Outcome {
            printable,
            failure: Some(failure),
        }
    }

    pub fn exit_code(&self) -> u8 {
        self.failure.as_ref().map_or(0, |f| f.kind.exit_code())
    }
}

impl From<Printable> for Outcome {
    fn from(printable: Printable) -> Self {
        Outcome::ok(printable)
    }
}
