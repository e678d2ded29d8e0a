//! The settings file, typed: what keysmith reads from it and writes back.

use super::{Options, Position, ThemeChoice};
use keysmith_core::Delivery;

/// The file, typed: what keysmith reads from it. Keys it does not know are not here, but are
/// kept in the file on every save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// `remember = false` turns remembering off (default on).
    pub remember: bool,
    /// The top of the file.
    pub remembered: Remembered,
    /// `[profiles.NAME]`, in the file's order.
    pub profiles: Vec<Profile>,
    /// `theme`: set by hand, never by keysmith (`--theme` wins over it).
    pub theme: Option<ThemeChoice>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            remember: true,
            remembered: Remembered::default(),
            profiles: Vec::new(),
            theme: None,
        }
    }
}

/// What the TUI remembers: the Password screen's options, and how Register delivers codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    pub options: Options,
    /// `otp_format`: `digits6`, `digits8`, `digits4`, `alnum6` or `totp`, as `--otp-format`.
    pub otp_format: Option<Delivery>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub options: Options,
}

/// A key keysmith does not know, kept but unused, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey {
    /// Dotted, as `profiles.work.lenght`.
    pub key: String,
    pub at: Position,
}

impl std::fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: unknown key {}, kept but not used",
            self.at, self.key
        )
    }
}

/// Whether `save_profile` may replace a profile of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// A profile of that name is an error (`ProfileExists`), for the caller to ask about.
    No,
    /// The user said yes to replacing it.
    Confirmed,
}
