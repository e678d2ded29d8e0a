//! The real `keysmith` binary in a pseudo-terminal, read through a `vt100` emulator: the
//! screens, exit statuses and signals, the settings file across restarts, Words mode, and the
//! clipboard under a real X server, by OSC 52 and under tmux.

#[path = "../support/mod.rs"]
mod support;

mod clipboard;
mod exit;
mod screens;
mod settings;
#[cfg(unix)]
mod signals;
mod words;
