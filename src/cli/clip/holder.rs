//! The process that makes and holds a `--clip` copy: the command starts it with the secret on
//! its stdin (never in its arguments or environment, which other users' `ps` can read), it
//! copies through the same clipboard code as the full-screen program, answers with one line
//! saying where the copy went, and then waits, in a session of its own, to clear it.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::thread;
use std::time::{Duration, Instant};

use std::ffi::{OsStr, OsString};

use clap::Parser;
use secrecy::SecretString;
use zeroize::Zeroizing;

use super::terminal::TerminalOut;
use crate::clipboard::{self, Clipboard, ClipboardReport, Place, Seeing, Tone};

/// The first argument that makes the program the holder. It is no command of the command
/// line's, so that no help, completion or manual page offers it.
pub const HOLDER: &str = "clip-holder";

/// How often the holder looks whether another copy replaced its own, to stop early.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// The first word of the holder's answer: whether a clipboard took the copy.
pub const COPIED: &str = "copied";
pub const NOT_COPIED: &str = "not-copied";

#[derive(Debug, Parser)]
#[command(name = HOLDER)]
struct HolderArgs {
    /// Seconds before the copy is cleared; 0 means never.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub clear_after: u64,
}

/// Runs the holder if the program was started as one.
pub fn hold_if_asked() -> Option<ExitCode> {
    let mut args = std::env::args_os().skip(1);
    if args.next().as_deref() != Some(OsStr::new(HOLDER)) {
        return None;
    }
    let parsed = HolderArgs::try_parse_from(std::iter::once(OsString::from(HOLDER)).chain(args));
    Some(match parsed {
        Ok(args) => run(&args),
        Err(_) => ExitCode::FAILURE,
    })
}

/// Reads the secret, copies it, answers on stdout, and holds the copy until it is cleared.
fn run(args: &HolderArgs) -> ExitCode {
    // The secret is in memory for as long as the copy is held.
    let _ = crate::runtime::harden();
    let mut terminal = TerminalOut::open();
    leave_session();
    let Ok(secret) = read_secret(io::stdin().lock()) else {
        return ExitCode::FAILURE;
    };
    let mut clipboard = Clipboard::new(Place::from_env());
    let ClipboardReport::Copied {
        system,
        terminal: to_terminal,
    } = clipboard.copy(&mut terminal, &secret)
    else {
        return ExitCode::FAILURE;
    };
    drop(secret);
    let said = clipboard::copied(system, to_terminal, Seeing::CommandLine);
    let clearable = clipboard::clearable(system, to_terminal);
    let clear_after = (args.clear_after > 0).then(|| Duration::from_secs(args.clear_after));
    let left = clear_after.filter(|_| clearable);
    let answer = match said.tone {
        Tone::Done => COPIED,
        Tone::Trouble => NOT_COPIED,
    };
    let mut out = io::stdout().lock();
    // Nobody to tell: the command is gone, and the copy is held all the same.
    let _ = writeln!(out, "{answer}\t{}", said.text(left)).and_then(|()| out.flush());
    drop(out);
    if clearable {
        hold(&mut clipboard, &mut terminal, clear_after);
    }
    ExitCode::SUCCESS
}

/// Waits out `clear_after` (for ever with `None`, while the copy needs its owner), then
/// clears; stops early once every clipboard holds another copy.
fn hold(clipboard: &mut Clipboard, terminal: &mut TerminalOut, clear_after: Option<Duration>) {
    let Some(after) = clear_after else {
        while clipboard.needs_owner() && !clipboard.replaced() {
            thread::sleep(LOOK_EVERY);
        }
        return;
    };
    let deadline = Instant::now() + after;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        thread::sleep(left.min(LOOK_EVERY));
        if clipboard.replaced() {
            return;
        }
    }
    // Whether it cleared is told to nobody: the command that asked has long ended.
    let _ = clipboard.clear(terminal);
}

/// The secret: all of stdin, without the line's end.
fn read_secret(input: impl BufRead) -> io::Result<SecretString> {
    // Growing it leaves no copy behind: the allocator wipes a block as it moves it.
    let mut text = Zeroizing::new(String::new());
    input
        .take(clipboard::MAX_SECRET)
        .read_to_string(&mut text)?;
    Ok(SecretString::from(text.trim_end_matches(['\n', '\r'])))
}

/// A session of its own, so that the terminal closing or Ctrl+C at the prompt does not end
/// the holder before it clears; the terminal opened before still takes OSC 52.
#[cfg(unix)]
fn leave_session() {
    // Already a session leader, or not allowed: it stays in the command's session.
    let _ = rustix::process::setsid();
}

#[cfg(not(unix))]
fn leave_session() {}
