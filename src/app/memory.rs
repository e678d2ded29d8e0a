//! What the app knows of the settings file, and the save that waits until the changes stop.
//! The runtime reads and writes the file; the app only says what to write, and when.

use std::time::Instant;

use crate::config::{Debounce, Profile, Remembered};
use crate::screens::generator::ProfilesOff;

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
            note: None,
        }
    }
}

/// The remembering: what the file last was told, and a save waiting for the changes to stop.
#[derive(Debug)]
pub struct Memory {
    pub file: SettingsFile,
    last: Option<Remembered>,
    pending: Debounce<Remembered>,
}

impl Memory {
    pub fn new(file: SettingsFile) -> Memory {
        Memory {
            file,
            last: None,
            pending: Debounce::default(),
        }
    }

    /// The options as they are now: a save is due once they stop changing, if they differ
    /// from what was last saved and the file remembers. The first call only takes note.
    pub fn observe(&mut self, now_shown: Remembered, now: Instant) {
        if !matches!(self.file, SettingsFile::Remembering(_)) {
            return;
        }
        match &self.last {
            None => self.last = Some(now_shown),
            Some(last) if *last == now_shown => {}
            Some(_) => {
                self.last = Some(now_shown.clone());
                self.pending.changed(now_shown, now);
            }
        }
    }

    pub fn deadline(&self) -> Option<Instant> {
        self.pending.deadline()
    }

    /// The save that has fallen due.
    pub fn due(&mut self, now: Instant) -> Option<Remembered> {
        self.pending.due(now)
    }

    /// The save still waiting, at once: the program is ending.
    pub fn flush(&mut self) -> Option<Remembered> {
        self.pending.flush()
    }
}
