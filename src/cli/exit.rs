//! How a command ends: its exit status, and the one line it says on stderr.

use std::io;
use std::process::ExitCode;

use crate::escape;

/// sysexits' EX_IOERR: the output could not be written.
pub const OUTPUT_ERROR: u8 = 74;

/// The exit status for how writing the output went.
pub fn finish(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head`): that is how pipelines end, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("keysmith: cannot write the output: {e}");
            ExitCode::from(OUTPUT_ERROR)
        }
    }
}

/// Exit 1 with `message`, whose text from files and flags (a path, a profile's name, a rule)
/// is shown with its control characters escaped: it goes to a terminal.
pub fn refuse(message: &str) -> ExitCode {
    eprintln!("{}", escape::escaped(message));
    ExitCode::FAILURE
}

/// `--entropy` prints one figure whatever `-n` says: said on stderr, not ignored in silence.
pub fn note_count_unused(entropy: bool, count_given: bool) {
    if entropy && count_given {
        eprintln!("keysmith: note: --entropy prints the entropy once; -n is not used with it");
    }
}
