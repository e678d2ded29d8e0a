//! The command line: flags for the TUI, and the commands for scripts (`password`,
//! `passphrase`, `otp`, `totp`, `sites`, `completions`, `man`).

mod args;
pub mod completions;
mod exit;
pub mod man;
mod otp;
mod parse;
pub mod passphrase;
pub mod password;
pub mod profile;
mod site;
pub mod sites;
pub mod totp;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::CommandFactory;

pub use args::{Cli, Command, TuiArgs};
use exit::finish;

/// Runs a command: 0 when done, 1 when a rule refused it (message on stderr).
pub fn run(command: &Command) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let written = match command {
        Command::Password(args) => return password::run(args),
        Command::Otp(args) => otp::write_codes(args.format, args.count, &mut out),
        Command::Passphrase(args) => return passphrase::run(args),
        Command::Totp(args) => return totp::run(args, Cli::command),
        Command::Sites(args) => return sites::run(args),
        Command::Completions(args) => completions::write(args.shell, Cli::command(), &mut out),
        Command::Man => man::write(Cli::command(), &mut out),
    };
    finish(written.and_then(|()| out.flush()))
}
