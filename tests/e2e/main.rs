//! The real `keysmith` binary in a pseudo-terminal, read through a `vt100` emulator: the
//! screens, exit statuses and signals, the settings file across restarts, the theme each
//! terminal gets, Words mode, an OS that starts no thread, secrets left in memory, and the
//! clipboard under a real X server, by OSC 52 and under a real tmux.
//!
//! Unix only: it sends signals, reads the PTY's modes with `stty` and runs X and tmux.
#![cfg(unix)]

#[path = "../support/mod.rs"]
mod support;

/// What a terminal shows of a QR code drawn with text and SGR, decoded as a camera reads it.
#[path = "../cli/totp/shown.rs"]
mod shown;

// The system clipboard it reads back is X11's, which is Linux's (and the BSDs').
#[cfg(target_os = "linux")]
mod clipboard;
mod exit;
// openpty and TIOCSCTTY as Linux's libc spells them; the code it tests is all Unix's.
#[cfg(target_os = "linux")]
mod hangup;
#[cfg(target_os = "linux")]
mod memory;
// A thread's stack as glibc maps it; other systems may map 100 TB lazily.
#[cfg(target_os = "linux")]
mod no_thread;
mod qr;
mod screens;
mod settings;
#[cfg(unix)]
mod signals;
mod theme;
#[cfg(target_os = "linux")]
mod tmux;
mod words;
