//! Named profiles: `[profiles.NAME]` tables of options, listed in the file's order.

use super::document;
use super::load::{Loaded, Saved, write_profile};
use super::{Config, ConfigError, Options, Profile};

/// The longest profile name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The selector's entry for options that are no profile's; no profile may take its name.
pub const CUSTOM: &str = "custom";

/// Whether `save_profile` may replace a profile of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// A profile of that name is an error (`ProfileExists`), for the caller to ask about.
    No,
    /// The user said yes to replacing it.
    Confirmed,
}

/// A name the user typed, trimmed, or why it cannot name a profile.
pub fn profile_name(typed: &str) -> Result<String, ConfigError> {
    let name = typed.trim();
    let refuse = |reason: String| Err(ConfigError::BadProfileName { reason });
    if name.is_empty() {
        return refuse("a profile needs a name".into());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return refuse(format!(
            "a profile name has at most {MAX_NAME_CHARS} characters"
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return refuse(format!(
            "a profile name cannot hold a control character (U+{:04X})",
            u32::from(c)
        ));
    }
    if name.eq_ignore_ascii_case(CUSTOM) {
        return refuse(format!(
            "{CUSTOM:?} is the selector's name for options of no profile"
        ));
    }
    Ok(name.to_owned())
}

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

    /// The options of profile `name`; an unknown name is an error listing the known ones.
    pub fn profile(&self, name: &str) -> Result<&Options, ConfigError> {
        self.config
            .profile(name)
            .ok_or_else(|| ConfigError::UnknownProfile {
                name: name.to_owned(),
                path: self.path.clone(),
                known: self.profile_names().map(str::to_owned).collect(),
                exists: self.existed,
            })
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
