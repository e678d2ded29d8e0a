//! The settings file's profiles as the Profile selector keeps them, and which one the options
//! came from.

use std::collections::HashMap;

use super::file_options::normalised;
use super::kept::Kept;
use crate::config::{CUSTOM, Options, Profile, ProfilesOff};
use keysmith_core::sites::Sites;

/// The settings file's profiles, and which one the options are.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    pub list: Vec<Profile>,
    /// What the screen shows with each profile loaded, by index: how one is recognised.
    pub(super) shown_as: Vec<Options>,
    /// The profile the options are now.
    pub(super) chosen: Option<usize>,
    /// The profile the options came from, changed since or not: the name Ctrl+S offers.
    pub(super) origin: Option<usize>,
    /// The options before a profile was chosen from `custom`, which `custom` brings back.
    pub(super) before: Option<Options>,
    /// The options at the last look: only a change of them (an edit, not a step of the
    /// selector) makes the selector name the profile they now are.
    pub(super) last_seen: Option<Options>,
    /// Why there are no profiles this run (no settings file, or one that did not load).
    pub off: Option<ProfilesOff>,
}

impl Profiles {
    /// The chosen profile's name, while the options are its own.
    pub fn chosen(&self) -> Option<&str> {
        self.name(self.chosen?)
    }

    /// The profile the options were last loaded from or saved as, even if changed since.
    pub fn origin(&self) -> Option<&str> {
        self.name(self.origin?)
    }

    /// The keys of the profile the options came from that the screen does not use.
    pub fn origin_kept(&self) -> Kept {
        self.origin
            .and_then(|index| self.list.get(index))
            .map_or_else(Kept::default, |profile| Kept::of(&profile.options))
    }

    /// What the selector shows: the chosen profile's name, or `custom`.
    pub fn shown(&self) -> &str {
        self.chosen().unwrap_or(CUSTOM)
    }

    fn name(&self, index: usize) -> Option<&str> {
        self.list.get(index).map(|p| p.name.as_str())
    }

    /// What the screen shows for each of `list`: as known already for a profile whose name
    /// and options are unchanged, so that a file re-read after a save is not worked out anew.
    pub(super) fn shown_as_of(&self, list: &[Profile], sites: &Sites) -> Vec<Options> {
        let known: HashMap<&str, (&Options, &Options)> = self
            .list
            .iter()
            .zip(&self.shown_as)
            .map(|(profile, shown)| (profile.name.as_str(), (&profile.options, shown)))
            .collect();
        list.iter()
            .map(|profile| match known.get(profile.name.as_str()) {
                Some((options, shown)) if **options == profile.options => (*shown).clone(),
                Some(_) | None => normalised(&profile.options, sites),
            })
            .collect()
    }

    pub(super) fn choose(&mut self, index: usize) {
        self.chosen = Some(index);
        self.origin = Some(index);
    }
}
