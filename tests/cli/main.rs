//! The binary run as a script command: each command's output, flags, refusals and exit
//! statuses, the settings file and `--profile`, completions and the man page, and what the
//! binary does without a terminal.

#[path = "../support/mod.rs"]
mod support;

mod completions;
mod config;
mod no_tty;
mod passphrase;
mod password_otp;
mod password_rules;
mod sites;
mod totp;
