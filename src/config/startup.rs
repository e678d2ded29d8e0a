//! The settings file as this run found it, and what the runtime read from it at the start.

use super::{Profile, ProfilesOff, Remembered};
use keysmith_core::sites::Sites;

/// The settings file as this run found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsFile {
    /// The options are remembered in this file, and profiles saved there.
    Remembering(String),
    /// `remember = false` in this file: profiles are saved there, the options are not.
    NotRemembering(String),
    /// `--no-config`: nothing is read or written.
    NoConfig,
    /// The file could not be read or parsed: it is left as it is, and nothing is written to
    /// it this run. The string says which file and why.
    Unreadable(String),
}

impl SettingsFile {
    /// Why there are no profiles this run, if so.
    pub fn profiles_off(&self) -> Option<ProfilesOff> {
        match self {
            SettingsFile::Remembering(_) | SettingsFile::NotRemembering(_) => None,
            SettingsFile::NoConfig => Some(ProfilesOff::NoConfig),
            SettingsFile::Unreadable(_) => Some(ProfilesOff::Unreadable),
        }
    }

    pub fn path(&self) -> Option<&str> {
        match self {
            SettingsFile::Remembering(path) | SettingsFile::NotRemembering(path) => Some(path),
            SettingsFile::NoConfig | SettingsFile::Unreadable(_) => None,
        }
    }
}

/// What the runtime read at the start.
#[derive(Debug, Clone)]
pub struct Startup {
    pub file: SettingsFile,
    /// What to show: the file's remembered options (the defaults where there are none).
    pub remembered: Remembered,
    pub profiles: Vec<Profile>,
    /// Apple's sites with the file's `[sites]` over them, for the Site field.
    pub sites: Sites,
    /// A line for the status: why the file was not read, or keys it does not know.
    pub note: Option<String>,
}

impl Startup {
    /// `--no-config`, and every test that does not care.
    pub fn none() -> Startup {
        Startup {
            file: SettingsFile::NoConfig,
            remembered: Remembered::default(),
            profiles: Vec::new(),
            sites: Sites::built_in(),
            note: None,
        }
    }
}
