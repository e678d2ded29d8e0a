//! The clipboards keysmith copies a secret to, and clears again: the system clipboard
//! (arboard) where there is a display, and the terminal's (OSC 52) over SSH or where the
//! system clipboard cannot be had; under tmux, a buffer of tmux's and what tmux passes on.
//! Each copy and clear says what it did, for the status line and the command line's note.
//!
//! With a local display OSC 52 is not sent: a terminal that honours it (xterm, kitty, foot,
//! WezTerm) would take the same clipboard over, without the password-manager hint.

mod osc52;
mod report;
mod system;
mod tmux;
mod words;

use std::io::Write;

use secrecy::{ExposeSecret, SecretString};

use osc52::Route;
pub use report::{
    ClipboardReport, NotPassed, SystemClear, SystemCopy, Terminal, TerminalClear, TmuxClear,
    TmuxCopy, clearable,
};
use system::{Holds, System};
pub use words::{Said, Seeing, Tone, cleared, copied};

/// The longest secret a copy is read back or handed over as: more than any keysmith makes.
pub const MAX_SECRET: u64 = 64 * 1024;

/// What the environment says of where keysmith runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    /// Over SSH (`SSH_CONNECTION` or `SSH_TTY`): the display, if any, may not be the user's.
    pub ssh: bool,
    /// Inside tmux (`TMUX`), which stands between keysmith and the terminal.
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

/// Where a copy went besides the system clipboard.
enum InTerminal {
    Osc52,
    Tmux {
        secret: SecretString,
        copy: TmuxCopy,
    },
}

/// The clipboards, and what keysmith last put in them.
pub struct Clipboard {
    place: Place,
    system: System,
    /// The copy the system clipboard took, until it is cleared.
    in_system: Option<SecretString>,
    /// The terminal's share of the last copy, until it is cleared.
    in_terminal: Option<InTerminal>,
}

impl Clipboard {
    pub fn new(place: Place) -> Clipboard {
        Clipboard {
            place,
            system: System::default(),
            in_system: None,
            in_terminal: None,
        }
    }

    /// Copies `secret`; `out` is the terminal, for OSC 52.
    pub fn copy(&mut self, out: &mut impl Write, secret: &SecretString) -> ClipboardReport {
        let system = self.system.copy(secret.expose_secret());
        if system == SystemCopy::Took {
            self.in_system = Some(secret.clone());
        }
        self.in_terminal = None;
        let terminal = if !(self.place.ssh || system != SystemCopy::Took) {
            Terminal::NotSent
        } else if self.place.tmux {
            let copy = copy_to_tmux(out, secret.expose_secret());
            if copy != TmuxCopy::Failed {
                let secret = secret.clone();
                self.in_terminal = Some(InTerminal::Tmux { secret, copy });
            }
            Terminal::Tmux(copy)
        } else if osc52::set(out, secret.expose_secret(), Route::Direct).is_ok() {
            self.in_terminal = Some(InTerminal::Osc52);
            Terminal::Sent
        } else {
            Terminal::NotSent
        };
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
        let newer = system == SystemClear::Replaced;
        let terminal = match self.in_terminal.take() {
            None => TerminalClear::NotSent,
            Some(InTerminal::Osc52) if newer => TerminalClear::NotSent,
            Some(InTerminal::Osc52) => match osc52::set(out, "", Route::Direct) {
                Ok(()) => TerminalClear::Sent,
                Err(_) => TerminalClear::NotSent,
            },
            Some(InTerminal::Tmux { secret, copy }) => {
                TerminalClear::Tmux(clear_tmux(out, secret.expose_secret(), copy, newer))
            }
        };
        ClipboardReport::Cleared { system, terminal }
    }

    /// Whether every clipboard the last copy went to is known to hold something else now, so
    /// that a clear would leave them all alone. A terminal's clipboard cannot be read: while
    /// one holds the copy, the answer is no.
    pub fn replaced(&mut self) -> bool {
        // The unreadable answer first: then nothing is asked of the system clipboard or tmux.
        let tmux_buffer = match &self.in_terminal {
            None => None,
            Some(InTerminal::Tmux {
                secret,
                copy: TmuxCopy::BufferOnly(_),
            }) => Some(secret),
            Some(InTerminal::Osc52 | InTerminal::Tmux { .. }) => return false,
        };
        let system_replaced = match &self.in_system {
            None => true,
            Some(ours) => self.system.holds(ours.expose_secret()) == Holds::Other,
        };
        system_replaced
            && tmux_buffer.is_none_or(|secret| tmux::holds(secret.expose_secret()) == Holds::Other)
    }

    /// Whether the copy lives only while keysmith serves it (X11 and Wayland, where the owner
    /// of a copy hands it to whoever pastes).
    pub fn needs_owner(&self) -> bool {
        self.in_system.is_some() && system::NEEDS_OWNER
    }
}

/// The copy under tmux: into keysmith's buffer, and on to the terminal the way tmux allows.
fn copy_to_tmux(out: &mut impl Write, secret: &str) -> TmuxCopy {
    use tmux::{Load, Passthrough, SetClipboard};
    let Some(options) = tmux::options() else {
        return TmuxCopy::Failed;
    };
    let (load, copy) = if !options.attached {
        (
            Load::Buffer,
            TmuxCopy::BufferOnly(NotPassed::NoClipboardClient),
        )
    } else if options.passes_through() {
        // Preferred: the terminal's copy can be emptied again the same way.
        (Load::Buffer, TmuxCopy::PassedThrough)
    } else if options.set_clipboard == SetClipboard::Off {
        let why = match options.passthrough {
            Passthrough::Off => NotPassed::SetClipboardOff,
            Passthrough::OnScreen | Passthrough::Always => NotPassed::OffScreen,
        };
        (Load::Buffer, TmuxCopy::BufferOnly(why))
    } else if options.client_clipboard {
        (Load::PassOn, TmuxCopy::PassedOn)
    } else {
        (
            Load::Buffer,
            TmuxCopy::BufferOnly(NotPassed::NoClipboardClient),
        )
    };
    if tmux::load(secret, load).is_err() {
        return TmuxCopy::Failed;
    }
    if copy == TmuxCopy::PassedThrough && osc52::set(out, secret, Route::TmuxPassthrough).is_err() {
        return TmuxCopy::BufferOnly(NotPassed::Unwritable);
    }
    copy
}

/// Deletes keysmith's buffer if it still holds `secret`, and empties the terminal's copy where
/// the passthrough took it there (unless the system clipboard holds a newer copy).
fn clear_tmux(out: &mut impl Write, secret: &str, copy: TmuxCopy, newer: bool) -> TmuxClear {
    match tmux::holds(secret) {
        Holds::Ours => {}
        Holds::Other => return TmuxClear::Replaced,
        Holds::Unknown => return TmuxClear::Failed,
    }
    if tmux::delete().is_err() {
        return TmuxClear::Failed;
    }
    match copy {
        // The pane may have left the screen since the copy, and tmux would drop the clear.
        TmuxCopy::PassedThrough
            if !newer && tmux::options().is_some_and(|o| !o.passes_through()) =>
        {
            TmuxClear::DeletedOffScreen
        }
        TmuxCopy::PassedThrough if !newer => match osc52::set(out, "", Route::TmuxPassthrough) {
            Ok(()) => TmuxClear::DeletedAndEmptied,
            Err(_) => TmuxClear::DeletedTerminalKeeps,
        },
        TmuxCopy::PassedThrough | TmuxCopy::PassedOn => TmuxClear::DeletedTerminalKeeps,
        TmuxCopy::BufferOnly(_) | TmuxCopy::Failed => TmuxClear::Deleted,
    }
}
