//! tmux between keysmith and the terminal: what it passes on to the terminal's clipboard
//! (its `set-clipboard` and `allow-passthrough` options, and whether a client's terminal takes
//! OSC 52), and a paste buffer of keysmith's own name, which keysmith can check and delete.
//! The `tmux` command reaches the server that `TMUX` names, as it does from any pane.

use std::io::{self, Read, Write};
use std::process::{Command, Stdio};

use zeroize::Zeroizing;

use super::system::Holds;

/// The paste buffer keysmith copies to and deletes.
pub const BUFFER: &str = "keysmith";

/// What tmux does with copies, as the pane's options say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub set_clipboard: SetClipboard,
    /// `allow-passthrough`: a program may write straight to the terminal.
    pub passthrough: bool,
    /// A client is attached to the session, to pass anything on to.
    pub attached: bool,
    /// An attached client's terminal takes OSC 52 (tmux's `clipboard` feature).
    pub client_clipboard: bool,
}

/// tmux's `set-clipboard`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetClipboard {
    /// tmux makes a buffer of a program's OSC 52 and sets the terminal's clipboard.
    On,
    /// tmux sets the terminal's clipboard, but ignores a program's OSC 52.
    External,
    /// tmux sets no clipboard.
    Off,
}

/// The pane's options, or `None` if tmux does not answer.
pub fn options() -> Option<Options> {
    let out = tmux(&[
        "display-message",
        "-p",
        "#{set-clipboard}\t#{allow-passthrough}\t#{session_attached}\t#{client_termfeatures}",
    ])
    .stdin(Stdio::null())
    .stderr(Stdio::null())
    .output()
    .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.trim_end_matches('\n').split('\t');
    let set_clipboard = match fields.next()? {
        "on" => SetClipboard::On,
        "external" => SetClipboard::External,
        "off" => SetClipboard::Off,
        _ => return None,
    };
    // A flag option reads 1 or 0 in a format; tmux 3.4 adds "all".
    let passthrough = matches!(fields.next()?, "1" | "on" | "all");
    let attached = fields
        .next()?
        .parse::<u32>()
        .is_ok_and(|clients| clients > 0);
    let client_clipboard = fields.next()?.split(',').any(|f| f == "clipboard");
    Some(Options {
        set_clipboard,
        passthrough,
        attached,
        client_clipboard,
    })
}

/// Which way a buffer is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    /// Only into the buffer.
    Buffer,
    /// Into the buffer and on to the client's terminal's clipboard (`load-buffer -w`).
    PassOn,
}

/// Puts `secret` in keysmith's buffer, through tmux's stdin (never its arguments).
pub fn load(secret: &str, how: Load) -> io::Result<()> {
    let mut args = vec!["load-buffer", "-b", BUFFER];
    if how == Load::PassOn {
        args.push("-w");
    }
    args.push("-");
    let mut child = tmux(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(secret.as_bytes())?;
    }
    succeeded(child.wait()?)
}

/// Whether keysmith's buffer still holds exactly `secret`.
pub fn holds(secret: &str) -> Holds {
    let child = tmux(&["show-buffer", "-b", BUFFER])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        return Holds::Unknown;
    };
    let mut held = Zeroizing::new(Vec::with_capacity(secret.len() + 1));
    let read = child
        .stdout
        .take()
        .map(|out| out.take(super::MAX_SECRET).read_to_end(&mut held));
    match (child.wait(), read) {
        (Ok(status), Some(Ok(_))) if status.success() => {
            if held.as_slice() == secret.as_bytes() {
                Holds::Ours
            } else {
                Holds::Other
            }
        }
        // tmux fails for a buffer that is gone: deleted by hand, nothing left to clear.
        (Ok(_), Some(Ok(_))) => Holds::Other,
        _ => Holds::Unknown,
    }
}

pub fn delete() -> io::Result<()> {
    let status = tmux(&["delete-buffer", "-b", BUFFER])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    succeeded(status)
}

fn tmux(args: &[&str]) -> Command {
    let mut command = Command::new("tmux");
    command.args(args);
    command
}

fn succeeded(status: std::process::ExitStatus) -> io::Result<()> {
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("tmux ended with {status}")))
    }
}
