//! The command line: flags for the TUI, and the `password` and `otp` commands for scripts.

pub mod completions;
pub mod man;
mod named;
pub mod passphrase;
pub mod password;
pub mod profile;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use zeroize::Zeroizing;

pub mod totp;

use keysmith_core::Delivery;
use keysmith_core::OtpFormat;
use keysmith_core::otp::write_code;
pub use password::PasswordArgs;
pub use profile::Given;

#[derive(Debug, Parser)]
#[command(
    name = "keysmith",
    version,
    about = "One-time codes and strong passwords"
)]
pub struct Cli {
    #[command(flatten)]
    pub tui: TuiArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Flags of the full-screen program (no subcommand).
#[derive(Debug, Clone, Args)]
pub struct TuiArgs {
    /// Seconds a one-time code stays valid, from 1 to 600.
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub otp_ttl: u64,
    /// Code format to start with [default: the remembered one, else digits6].
    #[arg(long, ignore_case = true, value_parser = named::named::<Delivery>())]
    pub otp_format: Option<Delivery>,
    /// Seconds before a copied password is cleared from the clipboard, up to 3600; 0 means never.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub clipboard_clear: u64,
    /// Draw without colours (the NO_COLOR variable does the same).
    #[arg(long)]
    pub no_color: bool,
    /// The settings file to remember options in and read profiles from [default:
    /// $KEYSMITH_CONFIG, else $XDG_CONFIG_HOME/keysmith/config.toml].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Neither read nor write a settings file.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

impl TuiArgs {
    /// The settings file these flags and the environment name, or `Location::Off` ("none")
    /// for `--no-config`.
    pub fn config_location(&self) -> Result<crate::config::Location, crate::config::ConfigError> {
        crate::config::locate(self.config.as_deref(), self.no_config)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print random passwords, one per line.
    Password(Given<PasswordArgs>),
    /// Print one-time codes, one per line.
    Otp(OtpArgs),
    /// Print random passphrases from the EFF long list, one per line.
    Passphrase(Given<passphrase::PassphraseArgs>),
    /// Print the time-based code of a secret or otpauth:// URI, or enrol with `totp new`.
    Totp(totp::TotpArgs),
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell.
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), for `man -l -` or a man folder.
    Man,
}

#[derive(Debug, Args)]
pub struct OtpArgs {
    /// Code format.
    #[arg(short, long, ignore_case = true, value_parser = named::named::<OtpFormat>(), default_value = "digits6")]
    pub format: OtpFormat,
    /// How many codes.
    #[arg(short = 'n', long, default_value_t = 1, value_parser = at_least_one)]
    pub count: u64,
}

/// Runs a command: 0 when done, 1 when a rule refused it (message on stderr).
pub fn run(command: &Command) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let written = match command {
        Command::Password(args) => return password::run(args),
        Command::Otp(args) => write_codes(args.format, args.count, &mut out),
        Command::Passphrase(args) => return passphrase::run(args),
        Command::Totp(args) => return totp::run(args),
        Command::Completions(args) => completions::write(args.shell, &mut out),
        Command::Man => man::write(&mut out),
    };
    finish(written.and_then(|()| out.flush()))
}

/// sysexits' EX_IOERR: the output could not be written.
const OUTPUT_ERROR: u8 = 74;

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

pub(crate) fn refuse(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}

fn write_codes(format: OtpFormat, count: u64, out: &mut impl Write) -> io::Result<()> {
    let mut rng = rand::rng();
    let mut line = Zeroizing::new(String::with_capacity(format.code_len() + 1));
    for _ in 0..count {
        line.clear();
        write_code(format, &mut rng, &mut line);
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

pub(crate) fn at_least_one(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(0) => Err("the count must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "'{text}' is not a count: use a whole number of at least 1"
        )),
    }
}
