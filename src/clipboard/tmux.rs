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
    pub passthrough: Passthrough,
    /// A client is attached to the session, to pass anything on to.
    pub attached: bool,
    /// An attached client's terminal takes OSC 52 (tmux's `clipboard` feature).
    pub client_clipboard: bool,
    /// The pane is on a client's screen: its window is the one a client shows, and no other
    /// pane of it is zoomed over it.
    pub on_screen: bool,
}

impl Options {
    /// Whether what keysmith writes through the passthrough reaches a client's terminal now.
    pub fn passes_through(&self) -> bool {
        match self.passthrough {
            Passthrough::Off => false,
            Passthrough::OnScreen => self.attached && self.on_screen,
            Passthrough::Always => self.attached,
        }
    }
}

/// tmux's `allow-passthrough`: whether a program may write straight to the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passthrough {
    Off,
    /// `on`: only from a pane on a client's screen; from any other, tmux drops it.
    OnScreen,
    /// `all` (tmux 3.4): from any pane of an attached session.
    Always,
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
    // Without a target tmux answers for the session's current window, which need not be
    // keysmith's: tmux names each pane's own in its environment.
    let pane = std::env::var("TMUX_PANE").ok();
    let mut args = vec!["display-message", "-p"];
    if let Some(pane) = pane.as_deref() {
        args.extend(["-t", pane]);
    }
    args.push(
        "#{set-clipboard}\t#{allow-passthrough}\t#{session_attached}\t#{client_termfeatures}\t\
         #{window_active_clients}\t#{window_zoomed_flag}\t#{pane_active}",
    );
    let out = tmux(&args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    parse(&String::from_utf8_lossy(&out.stdout))
}

/// The answer to `options`' format.
fn parse(text: &str) -> Option<Options> {
    let mut fields = text.trim_end_matches('\n').split('\t');
    let set_clipboard = match fields.next()? {
        "on" => SetClipboard::On,
        "external" => SetClipboard::External,
        "off" => SetClipboard::Off,
        _ => return None,
    };
    // A flag option reads 1 or 0 in a format; tmux 3.4 makes it on, off or all.
    let passthrough = match fields.next()? {
        "1" | "on" => Passthrough::OnScreen,
        "all" => Passthrough::Always,
        _ => Passthrough::Off,
    };
    let some = |count: &str| count.parse::<u32>().is_ok_and(|count| count > 0);
    let attached = some(fields.next()?);
    let client_clipboard = fields.next()?.split(',').any(|f| f == "clipboard");
    let shown_window = some(fields.next()?);
    let zoomed = fields.next()? == "1";
    let active_pane = fields.next()? == "1";
    Some(Options {
        set_clipboard,
        passthrough,
        attached,
        client_clipboard,
        on_screen: shown_window && (active_pane || !zoomed),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn passes(answer: &str) -> bool {
        parse(answer).is_some_and(|options| options.passes_through())
    }

    #[test]
    fn the_passthrough_reaches_a_terminal_only_from_a_pane_on_screen_unless_it_is_all() {
        // tmux 3.3a reads the flag as 1; 3.4 as on, off or all.
        assert!(passes("off\t1\t1\t\t1\t0\t0\n"));
        assert!(passes("off\ton\t1\t\t1\t0\t1\n"));
        // Its window is shown by no client.
        assert!(!passes("off\t1\t1\t\t0\t0\t1\n"));
        // Another pane of its window is zoomed over it; zoomed itself, it shows.
        assert!(!passes("off\t1\t1\t\t1\t1\t0\n"));
        assert!(passes("off\t1\t1\t\t1\t1\t1\n"));
        // all: from any pane, while a client is attached.
        assert!(passes("off\tall\t1\t\t0\t0\t0\n"));
        assert!(!passes("off\tall\t0\t\t0\t0\t0\n"));
        // A tmux that knows no such variables gives empty fields: nothing is taken as shown.
        assert!(!passes("off\t1\t1\t\t\t\t\n"));
        // No client at all, or no passthrough.
        assert!(!passes("off\t1\t0\t\t1\t0\t1\n"));
        assert!(!passes("on\t0\t1\tclipboard\t1\t0\t1\n"));
    }

    #[test]
    fn an_answer_tmux_does_not_give_is_no_answer() {
        assert_eq!(parse(""), None);
        assert_eq!(parse("maybe\t1\t1\t\t1\t0\t1\n"), None);
        assert_eq!(parse("off\t1\t1\t\n"), None);
    }
}
