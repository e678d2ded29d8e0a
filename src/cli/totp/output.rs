//! How a `totp` or `hotp` command ends: its text on stdout, or a refusal on stderr, or a
//! contradiction between flags and URI told the way clap tells usage errors.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use zeroize::Zeroizing;

use super::source::Failure;

const EXIT_USAGE: u8 = 2;

/// Prints `printed` (0), or says why not: 1 when refused, 2 for a contradiction or a missing
/// flag.
pub fn finish(
    printed: Result<Zeroizing<String>, Failure>,
    command: &str,
    keysmith: fn() -> clap::Command,
) -> ExitCode {
    match printed {
        Ok(text) => write_out(&text),
        Err(Failure::Refused(message)) => {
            eprintln!("keysmith: {message}");
            ExitCode::FAILURE
        }
        Err(Failure::Contradiction(conflict)) => usage(
            clap::Error::raw(ErrorKind::ArgumentConflict, conflict),
            command,
            keysmith,
        ),
        Err(Failure::Missing(what)) => usage(
            clap::Error::raw(ErrorKind::MissingRequiredArgument, what),
            command,
            keysmith,
        ),
    }
}

/// `error` told the way clap tells usage errors, with the command's usage: exit 2.
fn usage(error: clap::Error, command: &str, keysmith: fn() -> clap::Command) -> ExitCode {
    let mut keysmith = keysmith();
    keysmith.build();
    let error = match keysmith.find_subcommand_mut(command) {
        Some(sub) => error.format(sub),
        None => error.format(&mut keysmith),
    };
    // Nothing more can be done if stderr is gone.
    let _ = error.print();
    ExitCode::from(EXIT_USAGE)
}

fn write_out(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    let newline: &[u8] = if text.ends_with('\n') { b"" } else { b"\n" };
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| out.write_all(newline))
        .and_then(|()| out.flush());
    super::super::exit::finish(written)
}
