//! keysmith: one-time codes and strong passwords, as a full-screen program and as commands
//! for scripts. The engine is the `keysmith-core` library; this crate is the program around it,
//! and its modules are its own. Tests reach in through [`for_tests`] alone.

mod app;
mod cli;
mod clipboard;
mod config;
mod escape;
#[doc(hidden)]
pub mod for_tests;
mod kit;
mod runtime;
mod screens;
mod ui;
mod wipe;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use crate::cli::{Cli, TuiArgs};
use crate::kit::{Palette, Settings};

/// The binary's allocator: memory is wiped as it is freed.
#[doc(hidden)]
pub use wipe::WipeOnFree;

/// Looks at stdout before the standard library's start-up hides a closed one; the binary has
/// the loader run it first.
#[cfg(unix)]
#[doc(hidden)]
pub use cli::stdout::look_at_start;

const NEEDS_A_TERMINAL: &str = "keysmith: the full-screen program needs a terminal; for scripts \
     use 'keysmith password', 'keysmith passphrase', 'keysmith otp' or 'keysmith totp'";

/// The program: a script command when one is given, else the full-screen program.
pub fn run() -> ExitCode {
    if let Some(exit) = cli::hold_if_asked() {
        return exit;
    }
    let args = match Cli::from_command_line() {
        Ok(args) => args,
        Err(answer) => return cli::clap_answer(&answer),
    };
    match &args.command {
        Some(command) => cli::run(command),
        None => run_tui(&args.tui),
    }
}

fn run_tui(args: &TuiArgs) -> ExitCode {
    // Drawing into a file or a pipe would write the secrets there: refuse before anything.
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        eprintln!("{NEEDS_A_TERMINAL}");
        return ExitCode::FAILURE;
    }
    // A dumb terminal cannot place the cursor: the drawing would come out as a stream of
    // escape codes and scrolled fragments.
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    if dumb {
        eprintln!("{NEEDS_A_TERMINAL} (TERM=dumb cannot draw a screen)");
        return ExitCode::FAILURE;
    }
    let detailed_errors = std::io::stderr().is_terminal();
    if detailed_errors && let Err(error) = color_eyre::install() {
        eprintln!("keysmith: {error}");
    }
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let colorterm = std::env::var("COLORTERM").ok();
    let (store, startup) = runtime::store::open(args.config_location());
    // A format given on the command line wins over the remembered one.
    let otp_format = args.otp_format.or(startup.remembered.otp_format);
    let color = !(args.no_color || no_color_env);
    // The flag wins over the file, as for the code format.
    let theme = args.theme.or(store.theme()).unwrap_or_default();
    let settings = Settings {
        otp_ttl: Duration::from_secs(args.otp_ttl),
        otp_format: otp_format.unwrap_or_default(),
        clipboard_clear: (args.clipboard_clear > 0)
            .then(|| Duration::from_secs(args.clipboard_clear)),
        color,
        palette: Palette::from_colorterm(colorterm.as_deref()),
        background: runtime::background::resolve(theme, color),
    };
    match runtime::run(settings, store, startup) {
        // 0 after Ctrl+Q, 130 after Ctrl+C or SIGINT, 143 after SIGTERM, 129 after SIGHUP,
        // 128 + N after any other signal N that ends a process (SIGQUIT, SIGUSR1, …); on
        // Windows STATUS_CONTROL_C_EXIT after Ctrl+C, Ctrl+Break or the console closing.
        Ok(exit) => status(exit.code()),
        Err(error) => {
            // One plain line (causes joined by colons) unless a backtrace was asked for; not
            // `eprintln!`, which panics where stderr is a terminal that is gone.
            let mut stderr = std::io::stderr();
            let _ = if detailed_errors && std::env::var_os("RUST_BACKTRACE").is_some() {
                writeln!(stderr, "keysmith: {error:?}")
            } else {
                writeln!(stderr, "keysmith: {error:#}")
            };
            ExitCode::FAILURE
        }
    }
}

/// An exit status: Windows' (32 bits, such as STATUS_CONTROL_C_EXIT) cannot be returned
/// from `main`, so it ends the process itself, the terminal already restored.
fn status(code: i32) -> ExitCode {
    match u8::try_from(code) {
        Ok(byte) => ExitCode::from(byte),
        Err(_) => {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            std::process::exit(code)
        }
    }
}
