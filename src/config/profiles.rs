//! Named profiles: `[profiles.NAME]` tables of options, listed in the file's order.

use super::document;
use super::fault;
use super::load::{Loaded, Saved, write_profile};
use super::model::{Config, Profile, Replace};
use super::profile_name::profile_name;
use super::{ConfigError, Options};

impl Config {
    /// The profiles' names, in the file's order.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.profiles.iter().map(|p| p.name.as_str())
    }

    pub fn profile(&self, name: &str) -> Option<&Options> {
        self.profiles
            .iter()
            .find(|p| p.name == name)
            .map(|p| &p.options)
    }
}

impl Loaded {
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.config.profile_names()
    }

    /// The options of profile `name`; an unknown name is an error listing the known ones, and
    /// a value out of range one naming its line and key, as a broken file's.
    pub fn profile(&self, name: &str) -> Result<&Options, ConfigError> {
        let options = self
            .config
            .profile(name)
            .ok_or_else(|| ConfigError::UnknownProfile {
                name: name.to_owned(),
                path: self.path.clone(),
                known: self.profile_names().map(str::to_owned).collect(),
                exists: self.existed,
            })?;
        match fault::profile_fault(&self.path, &self.text, name, options) {
            Some(fault) => Err(fault),
            None => Ok(options),
        }
    }

    /// Saves `options` as profile `name` (checked with `profile_name`), whether or not
    /// remembering is on. A name that is taken needs `Replace::Confirmed`; replacing keeps
    /// the keys keysmith does not know.
    pub fn save_profile(
        &mut self,
        name: &str,
        options: &Options,
        replace: Replace,
    ) -> Result<Saved, ConfigError> {
        let name = profile_name(name)?;
        let path = self.path.clone();
        self.update(|doc, now| {
            if replace == Replace::No && now.profile(&name).is_some() {
                return Err(ConfigError::ProfileExists { name: name.clone() });
            }
            write_profile(doc, &path, &name, options).map(|()| None)
        })
    }

    /// Removes profile `name`; `Unchanged` if there was none.
    pub fn delete_profile(&mut self, name: &str) -> Result<Saved, ConfigError> {
        self.update(|doc, _| {
            document::remove_profile(doc, name);
            Ok(None)
        })
    }
}

impl Profile {
    pub fn new(name: impl Into<String>, options: Options) -> Profile {
        Profile {
            name: name.into(),
            options,
        }
    }
}
