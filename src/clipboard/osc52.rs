//! The terminal's clipboard through OSC 52: the terminal itself sets it, so it works over SSH
//! and where there is no display. Terminals without a handler (VTE-based ones such as GNOME
//! Terminal, Konsole) ignore it.

use std::io::{self, Write};

use crossterm::clipboard::CopyToClipboard;
use crossterm::execute;
use secrecy::{ExposeSecret, SecretString};

pub fn copy(out: &mut impl Write, secret: &SecretString) -> io::Result<()> {
    execute!(
        out,
        CopyToClipboard::to_clipboard_from(secret.expose_secret())
    )
}

/// Replaces the clipboard with nothing.
pub fn clear(out: &mut impl Write) -> io::Result<()> {
    execute!(out, CopyToClipboard::to_clipboard_from(""))
}
