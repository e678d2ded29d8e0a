//! The binary run as a script command: each command's output, flags, refusals and exit
//! statuses, `--clip` under a real X server, the settings file and `--profile`, completions
//! and the man page, what the binary does without a terminal, and with a stdout it cannot
//! write.

#[path = "../support/mod.rs"]
mod support;

#[cfg(target_os = "linux")]
mod clip;
mod completions;
mod config;
mod no_tty;
#[cfg(unix)]
mod output;
mod passphrase;
mod password_otp;
mod password_rules;
mod sites;
mod totp;
