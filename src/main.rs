use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use keysmith::app::Settings;
use keysmith::cli::{self, Cli, TuiArgs};
use keysmith::runtime;

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(command),
        None => run_tui(&args.tui),
    }
}

fn run_tui(args: &TuiArgs) -> ExitCode {
    if let Err(error) = color_eyre::install() {
        eprintln!("keysmith: {error}");
    }
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let settings = Settings {
        otp_ttl: Duration::from_secs(args.otp_ttl),
        otp_format: args.otp_format,
        clipboard_clear: (args.clipboard_clear > 0)
            .then(|| Duration::from_secs(args.clipboard_clear)),
        color: !(args.no_color || no_color_env),
    };
    match runtime::run(settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("keysmith: {error:?}");
            ExitCode::FAILURE
        }
    }
}
