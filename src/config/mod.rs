//! The settings file: what the TUI remembers (the Password screen's options and the Register
//! code format), named profiles, and where the file is.
//!
//! ```toml
//! length = 20            # the top of the file: what the TUI remembered
//! symbols = "-_.!"
//! otp_format = "digits6"
//! # remember = false     # keep the file as it is
//!
//! [profiles.bank]        # a profile: the command line's option names
//! length = 12
//! set = "alnum"
//! ```
//!
//! - `path`: where the file is (`--config`, `KEYSMITH_CONFIG`, XDG) or `--no-config`.
//! - `options`: the option keys, and their conversion to and from the core's policies.
//! - `values` and `check`: how values are spelled, and which are out of range.
//! - `document`: the file as written (comments, order, unknown keys) beside the typed view.
//! - `load` and `profiles`: reading, and saving only what a successful load allows.
//! - `atomic`: the write itself; `debounce`: saving once the changes stop.

mod atomic;
mod check;
mod debounce;
mod document;
mod error;
mod load;
mod options;
mod path;
mod profiles;
mod profiles_off;
mod startup;
mod values;

pub use check::valid_or;
pub use debounce::Debounce;
pub use error::{ConfigError, Position};
pub use load::{Loaded, MAX_BYTES, Saved, load};
pub use options::Options;
pub use path::{Location, file, locate};
pub use profiles::{CUSTOM, MAX_NAME_CHARS, Replace, profile_name};
pub use profiles_off::ProfilesOff;
pub use startup::{SettingsFile, Startup};

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
}

impl Default for Config {
    fn default() -> Self {
        Config {
            remember: true,
            remembered: Remembered::default(),
            profiles: Vec::new(),
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
