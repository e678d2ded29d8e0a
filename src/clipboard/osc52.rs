//! The terminal's clipboard through OSC 52: the terminal itself sets it, so it works over SSH
//! and where there is no display. Terminals without a handler (VTE-based ones such as GNOME
//! Terminal, Konsole) ignore it. Under tmux it goes through tmux's passthrough, which hands
//! it to the terminal untouched.

use std::io::{self, Write};

use crossterm::clipboard::CopyToClipboard;
use crossterm::execute;
use zeroize::Zeroizing;

/// How the sequence reaches the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Direct,
    /// Wrapped in tmux's passthrough (`ESC P tmux; … ESC \`, each ESC inside doubled).
    TmuxPassthrough,
}

/// Sets the terminal's clipboard to `text`; an empty text clears it.
pub fn set(out: &mut impl Write, text: &str, route: Route) -> io::Result<()> {
    match route {
        Route::Direct => execute!(out, CopyToClipboard::to_clipboard_from(text)),
        Route::TmuxPassthrough => {
            let mut sequence = Zeroizing::new(Vec::new());
            execute!(&mut *sequence, CopyToClipboard::to_clipboard_from(text))?;
            let mut wrapped = Zeroizing::new(Vec::with_capacity(sequence.len() * 2 + 16));
            wrapped.extend_from_slice(b"\x1bPtmux;");
            for &byte in sequence.iter() {
                if byte == 0x1b {
                    wrapped.push(0x1b);
                }
                wrapped.push(byte);
            }
            wrapped.extend_from_slice(b"\x1b\\");
            out.write_all(&wrapped)?;
            out.flush()
        }
    }
}
