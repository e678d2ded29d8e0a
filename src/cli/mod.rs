//! The command line: flags for the TUI, and the commands for scripts (`password`,
//! `passphrase`, `otp`, `totp`, `hotp`, `sites`, `completions`, `man`), and the holder of
//! their `--clip` copies.

mod args;
mod clip;
pub mod completions;
mod exit;
pub mod hotp;
pub mod man;
mod otp;
mod parse;
pub mod passphrase;
pub mod password;
pub mod profile;
mod site;
pub mod sites;
#[cfg(unix)]
pub mod stdout;
pub mod totp;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::CommandFactory;

pub use args::{Cli, Command, TuiArgs};
pub use clip::hold_if_asked;
use exit::finish;

/// Runs a command: 0 when done, 1 when a rule refused it (message on stderr), 74 when stdout
/// cannot be written.
pub fn run(command: &Command) -> ExitCode {
    if let Err(unwritable) = writable() {
        return finish(Err(unwritable));
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let written = match command {
        Command::Password(args) => return password::run(args),
        Command::Otp(args) if args.clip.clip => return otp::clip(args.format, &args.clip),
        Command::Otp(args) => otp::write_codes(args.format, args.count, &mut out),
        Command::Passphrase(args) => return passphrase::run(args),
        Command::Totp(args) => return totp::run(args, Cli::command),
        Command::Hotp(args) => return hotp::run(args, Cli::command),
        Command::Sites(args) => return sites::run(args),
        Command::Completions(args) => completions::write(args.shell, Cli::command(), &mut out),
        Command::Man => man::write(Cli::command(), &mut out),
    };
    finish(written.and_then(|()| out.flush()))
}

/// What clap says instead of parsing: help or the version on stdout, which like every
/// command's output must get there (74 if not); a usage error on stderr, exit 2.
pub fn clap_answer(answer: &clap::Error) -> ExitCode {
    if answer.use_stderr() {
        answer.exit();
    }
    finish(writable().and_then(|()| answer.print()))
}

/// Whether stdout can take output at all; an error saying why not.
fn writable() -> io::Result<()> {
    #[cfg(unix)]
    if let Some(unwritable) = stdout::unwritable() {
        return Err(unwritable);
    }
    Ok(())
}
