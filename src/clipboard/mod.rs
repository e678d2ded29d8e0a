//! The clipboards keysmith copies a password to, and clears again: the system clipboard
//! (arboard) where there is a display, and the terminal's (OSC 52) over SSH or where the
//! system clipboard cannot be had. Each copy and clear says what it did, for the status line.
//!
//! With a local display OSC 52 is not sent: a terminal that honours it (xterm, kitty, foot,
//! WezTerm) would take the same clipboard over, without the password-manager hint.

mod osc52;
mod report;
mod system;

use std::io::Write;

use secrecy::{ExposeSecret, SecretString};

pub use report::{ClipboardReport, SystemClear, SystemCopy, Terminal};
use system::{Holds, System};

/// What the environment says of where keysmith runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    /// Over SSH (`SSH_CONNECTION` or `SSH_TTY`): the display, if any, may not be the user's.
    pub ssh: bool,
    /// Inside tmux (`TMUX`), which keeps OSC 52 copies in its paste buffers.
    pub tmux: bool,
}

impl Place {
    pub fn from_env() -> Place {
        let set = |name: &str| std::env::var_os(name).is_some_and(|value| !value.is_empty());
        Place {
            ssh: set("SSH_CONNECTION") || set("SSH_TTY"),
            tmux: set("TMUX"),
        }
    }
}

/// The clipboards, and what keysmith last put in them.
pub struct Clipboard {
    place: Place,
    system: System,
    /// The copy the system clipboard took, until it is cleared.
    in_system: Option<SecretString>,
    /// Whether the last copy went out by OSC 52, until it is cleared.
    in_terminal: bool,
}

impl Clipboard {
    pub fn new(place: Place) -> Clipboard {
        Clipboard {
            place,
            system: System::default(),
            in_system: None,
            in_terminal: false,
        }
    }

    /// Copies `secret`; `out` is the terminal, for OSC 52.
    pub fn copy(&mut self, out: &mut impl Write, secret: &SecretString) -> ClipboardReport {
        let system = self.system.copy(secret.expose_secret());
        if system == SystemCopy::Took {
            self.in_system = Some(secret.clone());
        }
        let terminal = if self.place.ssh || system != SystemCopy::Took {
            self.send(osc52::copy(out, secret).is_ok())
        } else {
            Terminal::NotSent
        };
        self.in_terminal = terminal != Terminal::NotSent;
        ClipboardReport::Copied { system, terminal }
    }

    /// Clears what keysmith put there: the system clipboard only if it still holds exactly
    /// that, as KeePassXC does; a copy made since is left alone, also in the terminal's.
    pub fn clear(&mut self, out: &mut impl Write) -> ClipboardReport {
        let system = match self.in_system.take() {
            None => SystemClear::NotUsed,
            Some(ours) => match self.system.holds(ours.expose_secret()) {
                Holds::Ours => match self.system.clear() {
                    Ok(()) => SystemClear::Cleared,
                    Err(_) => SystemClear::Failed,
                },
                Holds::Other => SystemClear::Replaced,
                Holds::Unknown => SystemClear::Failed,
            },
        };
        // Where the terminal sets the same clipboard, an empty OSC 52 would wipe the newer copy.
        let terminal = if std::mem::take(&mut self.in_terminal) && system != SystemClear::Replaced {
            self.send(osc52::clear(out).is_ok())
        } else {
            Terminal::NotSent
        };
        ClipboardReport::Cleared { system, terminal }
    }

    fn send(&self, written: bool) -> Terminal {
        match (written, self.place.tmux) {
            (false, _) => Terminal::NotSent,
            (true, false) => Terminal::Sent,
            (true, true) => Terminal::SentToTmux,
        }
    }
}
