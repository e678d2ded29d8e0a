//! The Profile selector: the settings file's profiles, then `custom`. Choosing a profile loads
//! its options; the selector names a profile whenever the options are its own, and `custom`
//! brings back the options there were before profiles were tried.

use rand::CryptoRng;

use super::Reply;
use super::kept::Kept;
use super::profile_list::Profiles;
use super::{Field, NoLength, State};
use crate::config::ProfilesOff;
use crate::config::{Options, Profile, first_fault};
use crate::kit::{Status, focus};

impl State {
    /// The profiles to offer, or why there are none this run; the one the options are, if
    /// any, is chosen.
    pub fn use_profiles(&mut self, list: Vec<Profile>, off: Option<ProfilesOff>) {
        let shown_as = self.profiles.shown_as_of(&list, &self.characters.sites);
        self.profiles = Profiles {
            list,
            shown_as,
            off,
            ..Profiles::default()
        };
        self.recheck_profile();
        self.profiles.origin = self.profiles.chosen;
    }

    /// The file's profiles as they are now, if someone changed them meanwhile (an editor,
    /// another keysmith): the selector offers them, and keeps what it knew by name.
    pub fn refresh_profiles(&mut self, list: &[Profile]) {
        if self.profiles.list == list {
            return;
        }
        let origin = self.profiles.origin().map(str::to_owned);
        let before = self.profiles.before.take();
        let off = self.profiles.off;
        self.use_profiles(list.to_vec(), off);
        let profiles = &mut self.profiles;
        profiles.origin = origin.and_then(|name| list.iter().position(|p| p.name == name));
        profiles.before = before;
    }

    /// Left or Right on the selector: the next profile's options, or `custom`.
    pub(super) fn step_profile<R: CryptoRng + ?Sized>(
        &mut self,
        step: isize,
        rng: &mut R,
    ) -> Reply {
        if let Some(off) = self.profiles.off {
            return Reply::Status(Status::info(format!("No profiles: {}", off.row())));
        }
        let count = self.profiles.list.len();
        if count == 0 {
            return Reply::Status(Status::info(
                "No profiles yet: Ctrl+S saves these options as one",
            ));
        }
        // Positions 0..count are the profiles, `count` is custom.
        let positions: Vec<usize> = (0..=count).collect();
        let now = self.profiles.chosen.unwrap_or(count);
        let next = focus::step(&positions, now, step);
        if self.profiles.chosen.is_none() {
            self.profiles.before = Some(self.file_options());
        }
        match self.profiles.list.get(next).cloned() {
            Some(Profile { name, options }) => {
                self.set_options(&options, NoLength::Default, rng);
                self.profiles.choose(next);
                // What of the profile the screen cannot use, said as it loads.
                let note = profile_note(&name, &options)
                    .or_else(|| self.characters.site_problem().map(Status::error));
                if let Some(note) = note {
                    self.focus = Field::Profile;
                    self.profiles.last_seen = Some(self.file_options());
                    return Reply::Status(note);
                }
            }
            None => {
                if let Some(before) = self.profiles.before.take() {
                    self.set_options(&before, NoLength::Empty, rng);
                }
                self.profiles.chosen = None;
                self.profiles.origin = None;
            }
        }
        self.focus = Field::Profile;
        self.profiles.last_seen = Some(self.file_options());
        Reply::ClearStatus
    }

    /// Profile `name` was saved with `options`, which the screen shows: it is in the list
    /// (replacing one of that name) and chosen.
    pub fn profile_saved(&mut self, name: &str, options: Options) {
        let shown = self.file_options();
        let profiles = &mut self.profiles;
        let index = match profiles.list.iter().position(|p| p.name == name) {
            Some(index) => {
                profiles.list[index].options = options;
                profiles.shown_as[index] = shown;
                index
            }
            None => {
                profiles.list.push(Profile::new(name, options));
                profiles.shown_as.push(shown);
                profiles.list.len() - 1
            }
        };
        profiles.choose(index);
        profiles.before = None;
    }

    /// After any change: the chosen profile stays while the options are its own, else the
    /// first profile they are, else `custom`. An edit that leaves the profiles makes these the
    /// options `custom` keeps.
    pub(super) fn recheck_profile(&mut self) {
        let shown = self.file_options();
        let profiles = &mut self.profiles;
        if profiles.last_seen.as_ref() == Some(&shown) {
            return;
        }
        let is = |index: usize| profiles.shown_as.get(index) == Some(&shown);
        let was = profiles.chosen;
        if !was.is_some_and(is) {
            profiles.chosen = (0..profiles.shown_as.len()).find(|&index| is(index));
            if was.is_some() && profiles.chosen.is_none() {
                profiles.before = None;
            }
        }
        profiles.last_seen = Some(shown);
    }
}

/// What the status says as profile `name` is loaded: a value of it out of range (the file is
/// checked a profile at a time, as each is used), else what the screen cannot show of it.
fn profile_note(name: &str, options: &Options) -> Option<Status> {
    if let Some((key, problem)) = first_fault(options) {
        let name = crate::escape::escaped(name);
        return Some(Status::error(format!(
            "Profile {name}: {key}: {problem}; the screen shows what it can"
        )));
    }
    Kept::of(options).unused_note().map(Status::info)
}
