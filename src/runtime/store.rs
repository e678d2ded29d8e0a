//! The settings file on the runtime's side: read once at the start, then written when the
//! app says so. Only a file that loaded can be written (`config::Loaded`), so one that could
//! not be read or parsed is never overwritten.

use crate::config::{self, ConfigError, Loaded, Location, Profile, Remembered, Saved};
use crate::config::{SettingsFile, Startup, ThemeChoice};
use crate::screens::password::ProfileSave;

pub struct Store {
    loaded: Option<Loaded>,
}

/// Reads the file the flags and the environment name: the store that may write it, and what
/// the app starts with.
pub fn open(location: Result<Location, ConfigError>) -> (Store, Startup) {
    let none = Store { loaded: None };
    let unreadable = |problem: &ConfigError, shown: String| Startup {
        file: SettingsFile::Unreadable(shown),
        note: Some(format!("{problem}; nothing is saved this run")),
        ..Startup::none()
    };
    let path = match location {
        Ok(Location::File(path)) => path,
        Ok(Location::Off) => return (none, Startup::none()),
        Err(problem) => {
            let startup = unreadable(&problem, "the settings file".into());
            return (none, startup);
        }
    };
    // Shown in the status: a control character in the path must not reach the terminal.
    let shown = crate::escape::path(&path);
    match config::load(&path) {
        Err(problem) => (none, unreadable(&problem, shown)),
        Ok(loaded) => {
            let file = if loaded.remembering() {
                SettingsFile::Remembering(shown.clone())
            } else {
                SettingsFile::NotRemembering(shown.clone())
            };
            let note = match loaded.unknown_keys() {
                [] => None,
                [one] => Some(format!("{shown}, {one}")),
                [first, rest @ ..] => Some(format!(
                    "{shown}, {first} (and {} more unknown keys)",
                    rest.len()
                )),
            };
            let startup = Startup {
                file,
                remembered: loaded.remembered().clone(),
                profiles: loaded.config().profiles.clone(),
                sites: loaded.sites().clone(),
                note,
            };
            (
                Store {
                    loaded: Some(loaded),
                },
                startup,
            )
        }
    }
}

impl Store {
    /// Remembers the options and the code format. A value the file could not read back
    /// keeps what the file said for that key.
    pub fn remember(&mut self, remembered: &Remembered) -> Result<Saved, ConfigError> {
        let Some(loaded) = &mut self.loaded else {
            return Ok(Saved::NotRemembering);
        };
        let before = &loaded.remembered().options;
        let remembered = Remembered {
            options: config::valid_or(&remembered.options, before),
            otp_format: remembered.otp_format,
        };
        loaded.save_settings(&remembered)
    }

    /// The file's `theme`, where it loaded and has one.
    pub fn theme(&self) -> Option<ThemeChoice> {
        self.loaded
            .as_ref()
            .and_then(|loaded| loaded.config().theme)
    }

    /// The profiles as the file held them at its last read (each save reads it again).
    pub fn profiles(&self) -> Option<&[Profile]> {
        self.loaded
            .as_ref()
            .map(|loaded| loaded.config().profiles.as_slice())
    }

    pub fn save_profile(&mut self, save: &ProfileSave) -> Result<Saved, ConfigError> {
        match &mut self.loaded {
            Some(loaded) => loaded.save_profile(&save.name, &save.options, save.replace),
            // The app offers no prompt then; say so should one come.
            None => Err(ConfigError::BadProfileName {
                reason: "there is no settings file to save it in this run".into(),
            }),
        }
    }
}
