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
    /// A verdict that is not an error, such as `tenant diff`'s "there are
    /// differences" (exit 1, as `kubectl diff`): a status line on stderr,
    /// without `error:`, and its exit code.
    pub verdict: Option<(u8, String)>,
}

impl Outcome {
    pub fn ok(printable: Printable) -> Self {
        Outcome {
            printable,
            failure: None,
            verdict: None,
        }
    }

    /// The data is the answer (shown in full), and the verdict is a failure.
    pub fn failed(printable: Printable, failure: CliError) -> Self {
        Outcome {
            printable,
            failure: Some(failure),
            verdict: None,
        }
    }

    /// The data, then `status` on stderr and exit `code`: a result that
    /// scripts branch on but that is not a failure.
    pub fn verdict(printable: Printable, code: u8, status: String) -> Self {
        Outcome {
            printable,
            failure: None,
            verdict: Some((code, status)),
        }
    }

    pub fn exit_code(&self) -> u8 {
        match (&self.failure, &self.verdict) {
            (Some(f), _) => f.kind.exit_code(),
            (None, Some((code, _))) => *code,
            (None, None) => 0,
        }
    }
}

impl From<Printable> for Outcome {
    fn from(printable: Printable) -> Self {
        Outcome::ok(printable)
    }
}
