//! What the clipboard did with a copy or a clear, as the app's status reports it.

/// What the runtime found when it copied or cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClipboardReport {
    Copied {
        system: SystemCopy,
        terminal: Terminal,
    },
    Cleared {
        system: SystemClear,
        terminal: Terminal,
    },
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

/// Whether an OSC 52 sequence was sent, and to what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    NotSent,
    Sent,
    /// Sent inside tmux, which keeps OSC 52 copies in its paste buffers and ignores an empty
    /// one: nothing keysmith sends can clear them.
    SentToTmux,
}
