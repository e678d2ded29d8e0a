//! Ctrl+S: a prompt asks for a name, a taken name asks before it is replaced, the app's
//! runtime writes the profile, and its answer lands in the status and the Profile selector.

use super::State;
use super::kept::Kept;
use super::keys::{Action, NAMING, REPLACING};
use super::open::Open;
use super::request::{Reply, Request};
use super::saving::{NamePrompt, ProfileSave, Saving};
use crate::config::{ConfigError, MAX_NAME_CHARS, Replace, Saved, profile_name};
use crate::kit::keys::ModalKeys;
use crate::kit::{Input, Status};

impl State {
    /// Ctrl+S: asks for a name, unless this run has no file to save in.
    pub(super) fn start_saving(&mut self) -> Reply {
        if let Some(off) = self.profiles.off {
            return Reply::Status(Status::error(off.refusal()));
        }
        // The word list and site of the profile the options came from go with them.
        let mut options = self.file_options();
        self.profiles.origin_kept().restore(&mut options);
        let prompt = NamePrompt::new(self.profiles.origin(), options);
        self.open = Some(Open::Saving(Box::new(Saving::Naming(prompt))));
        Reply::Nothing
    }

    /// The keys of the prompt or the question.
    pub(super) fn saving_keys(saving: &Saving) -> ModalKeys<Action> {
        match saving {
            Saving::Naming(_) => NAMING,
            Saving::Replacing(_) => REPLACING,
        }
    }

    /// A message while the name prompt or the replace question is open.
    pub(super) fn saving_update(&mut self, saving: Saving, msg: &Input<Action>) -> Reply {
        match saving {
            Saving::Naming(prompt) => self.naming(prompt, msg),
            Saving::Replacing(save) => self.replacing(save, msg),
        }
    }

    fn replacing(&mut self, save: ProfileSave, msg: &Input<Action>) -> Reply {
        match msg {
            Input::Do(Action::Replace) => Reply::Own(Request::Save(Box::new(ProfileSave {
                replace: Replace::Confirmed,
                ..save
            }))),
            Input::Do(Action::KeepProfile) => {
                let kept = format!("Profile \"{}\" kept as it was; nothing saved", save.name);
                Reply::Status(Status::info(kept))
            }
            Input::Do(_) | Input::Nav(_) | Input::Field(_) | Input::Paste(_) => {
                self.open = Some(Open::Saving(Box::new(Saving::Replacing(save))));
                Reply::Nothing
            }
        }
    }

    fn naming(&mut self, mut prompt: NamePrompt, msg: &Input<Action>) -> Reply {
        match msg {
            Input::Do(Action::CancelSave) => return Reply::Status(Status::info("Nothing saved")),
            Input::Do(Action::SaveName) => match profile_name(prompt.name.value()) {
                Err(problem) => prompt.problem = Some(problem.to_string()),
                Ok(name) => {
                    let taken = self.profiles.list.iter().find(|p| p.name == name);
                    let mut options = prompt.options;
                    // The screen has no use for a word list or a site, but the profile it
                    // replaces may have them: they stay.
                    if let Some(taken) = taken {
                        Kept::of(&taken.options).restore(&mut options);
                    }
                    let exists = taken.is_some();
                    let save = ProfileSave {
                        name,
                        options,
                        replace: Replace::No,
                    };
                    if exists {
                        self.open = Some(Open::Saving(Box::new(Saving::Replacing(save))));
                        return Reply::Nothing;
                    }
                    return Reply::Own(Request::Save(Box::new(save)));
                }
            },
            Input::Field(_) | Input::Paste(_) => {
                let edited = prompt.name.apply(msg);
                prompt.problem = edited.left_out("The name", MAX_NAME_CHARS);
            }
            Input::Do(_) | Input::Nav(_) => {}
        }
        self.open = Some(Open::Saving(Box::new(Saving::Naming(prompt))));
        Reply::Nothing
    }

    /// What the save of a profile did; `place` names the settings file.
    pub fn saved(
        &mut self,
        save: ProfileSave,
        result: Result<Saved, ConfigError>,
        place: &str,
    ) -> Reply {
        match result {
            Ok(_) => {
                let saved = format!("Saved profile \"{}\" in {place}", save.name);
                self.profile_saved(&save.name, save.options);
                Reply::Status(Status::info(saved))
            }
            // Another keysmith or an editor made it meanwhile: ask, as for one we knew of.
            Err(ConfigError::ProfileExists { .. }) => {
                self.open = Some(Open::Saving(Box::new(Saving::Replacing(save))));
                Reply::Nothing
            }
            Err(problem) => {
                let text = format!("Profile \"{}\" not saved: {problem}", save.name);
                Reply::Status(Status::error(text))
            }
        }
    }
}
