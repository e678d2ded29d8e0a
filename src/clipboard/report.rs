//! What the clipboard did with a copy or a clear, as the app's status and the command line's
//! note report it.

/// What keysmith found when it copied or cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClipboardReport {
    Copied {
        system: SystemCopy,
        terminal: Terminal,
    },
    Cleared {
        system: SystemClear,
        terminal: TerminalClear,
    },
}

/// Whether a copy went anywhere keysmith can clear it from: a countdown to a clear makes
/// sense only then.
pub fn clearable(system: SystemCopy, terminal: Terminal) -> bool {
    system == SystemCopy::Took
        || !matches!(
            terminal,
            Terminal::NotSent | Terminal::Tmux(TmuxCopy::Failed)
        )
}

/// The system clipboard (X11 or Wayland) on a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemCopy {
    Took,
    /// No display to reach (no `DISPLAY` or `WAYLAND_DISPLAY`, or nothing listening there).
    Missing,
    Failed,
}

/// The system clipboard on a clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemClear {
    /// It still held exactly the copy, and now holds nothing.
    Cleared,
    /// It holds something else now, copied since: left as it is.
    Replaced,
    Failed,
    /// The copy never went there.
    NotUsed,
}

/// The terminal's clipboard on a copy: OSC 52 straight to the terminal, or under tmux what
/// tmux was found to pass on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    NotSent,
    /// OSC 52 written to the terminal.
    Sent,
    Tmux(TmuxCopy),
}

/// A copy under tmux. tmux keeps an application's OSC 52 (with `set-clipboard on`) in a paste
/// buffer that an empty one does not clear, and drops it otherwise; so keysmith puts the copy
/// in a buffer of its own name, which it can delete, and reaches the terminal as tmux allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TmuxCopy {
    /// In the buffer, and sent to the terminal by OSC 52 through tmux's passthrough
    /// (`allow-passthrough on`).
    PassedThrough,
    /// In the buffer, which tmux sent on to the terminal's clipboard (`set-clipboard` on or
    /// external, with a client whose terminal takes OSC 52).
    PassedOn,
    /// Only in the buffer: nothing went on to a terminal's clipboard.
    BufferOnly(NotPassed),
    /// tmux did not answer or did not take the buffer: nothing was copied.
    Failed,
}

/// Why a copy under tmux went on to no terminal's clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotPassed {
    /// `set-clipboard off`, and no passthrough.
    SetClipboardOff,
    /// No client is attached, or none whose terminal takes OSC 52.
    NoClipboardClient,
    /// `set-clipboard off`, and the passthrough is on but tmux drops it: the pane is not on a
    /// client's screen.
    OffScreen,
    /// The passthrough could not be written to the terminal.
    Unwritable,
}

/// The terminal's clipboard on a clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TerminalClear {
    NotSent,
    /// An empty OSC 52 written to the terminal.
    Sent,
    Tmux(TmuxClear),
}

/// keysmith's tmux buffer on a clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TmuxClear {
    /// Deleted; it had gone nowhere else.
    Deleted,
    /// Deleted, and the terminal's copy emptied through the passthrough.
    DeletedAndEmptied,
    /// Deleted; the terminal's clipboard, which the copy reached, could not be emptied (tmux
    /// passes no empty copy on) or was left alone for a newer copy.
    DeletedTerminalKeeps,
    /// Deleted; the terminal's clipboard keeps the copy, since the pane has left the screen
    /// and tmux would drop the passthrough's clear.
    DeletedOffScreen,
    /// The buffer holds something else now: left as it is.
    Replaced,
    Failed,
}
