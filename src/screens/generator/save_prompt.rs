//! Ctrl+S: a prompt asks for a name, a taken name asks before it is replaced, the app's
//! runtime writes the profile, and its answer lands in the status and the Profile selector.

use super::keys::MODALS;
use super::{Reply, State};
use crate::config::{ConfigError, MAX_NAME_CHARS, Options, Replace, Saved, profile_name};
use crate::kit::keys::ModalKeys;
use crate::kit::{Action, CharFilter, Msg, Status, TextField};

/// What the Password screen asks of the app beyond the kit's replies.
#[derive(Debug)]
pub enum Request {
    /// Write this profile to the settings file.
    Save(Box<ProfileSave>),
}

/// Ctrl+S's modal over the screen, while it is open.
#[derive(Debug, Clone)]
pub enum Saving {
    /// The name to save the options under.
    Naming(NamePrompt),
    /// A profile of that name exists: replace it?
    Replacing(ProfileSave),
}

/// The name to save the options under, typed in the prompt.
#[derive(Debug, Clone)]
pub struct NamePrompt {
    pub name: TextField,
    /// The options as they were when Ctrl+S was pressed.
    pub options: Options,
    /// Why the name typed cannot be used, shown in the prompt.
    pub problem: Option<String>,
}

impl NamePrompt {
    /// Starts with the name of the profile the options came from, so saving changes back to
    /// it is Ctrl+S, Enter, Enter.
    pub fn new(name: Option<&str>, options: Options) -> NamePrompt {
        let mut field = TextField::new(MAX_NAME_CHARS, CharFilter::Printable);
        field.set(name.unwrap_or(""));
        field.offer();
        NamePrompt {
            name: field,
            options,
            problem: None,
        }
    }
}

/// A profile to write, and whether it may replace one of that name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileSave {
    pub name: String,
    pub options: Options,
    pub replace: Replace,
}

impl State {
    /// Ctrl+S: asks for a name, unless this run has no file to save in.
    pub(super) fn start_saving(&mut self) -> Reply {
        if let Some(off) = self.profiles.off {
            return Reply::Status(Status::error(off.refusal()));
        }
        // The word list of the profile the options came from goes with them.
        let mut options = self.file_options();
        options.wordlist = self.profiles.origin_wordlist();
        let prompt = NamePrompt::new(self.profiles.origin(), options);
        self.saving = Some(Saving::Naming(prompt));
        Reply::Nothing
    }

    /// The keys of the open modal.
    pub(super) fn saving_keys(&self) -> Option<ModalKeys> {
        let [naming, replacing] = MODALS else {
            return None;
        };
        self.saving.as_ref().map(|saving| match saving {
            Saving::Naming(_) => *naming,
            Saving::Replacing(_) => *replacing,
        })
    }

    /// A message while the name prompt or the replace question is open.
    pub(super) fn saving_update(&mut self, msg: &Msg) -> Reply {
        match self.saving.take() {
            Some(Saving::Naming(prompt)) => self.naming(prompt, msg),
            Some(Saving::Replacing(save)) => self.replacing(save, msg),
            None => Reply::Nothing,
        }
    }

    fn replacing(&mut self, save: ProfileSave, msg: &Msg) -> Reply {
        match msg {
            Msg::Do(Action::Activate) => Reply::Own(Request::Save(Box::new(ProfileSave {
                replace: Replace::Confirmed,
                ..save
            }))),
            Msg::Do(Action::Close) => {
                let kept = format!("Profile \"{}\" kept as it was; nothing saved", save.name);
                Reply::Status(Status::info(kept))
            }
            Msg::Do(_) | Msg::Edit(_) | Msg::Paste(_) | Msg::Tick | Msg::Resize(..) => {
                self.saving = Some(Saving::Replacing(save));
                Reply::Nothing
            }
        }
    }

    fn naming(&mut self, mut prompt: NamePrompt, msg: &Msg) -> Reply {
        match msg {
            Msg::Do(Action::Close) => return Reply::Status(Status::info("Nothing saved")),
            Msg::Do(Action::Activate) => match profile_name(prompt.name.value()) {
                Err(problem) => prompt.problem = Some(problem.to_string()),
                Ok(name) => {
                    let taken = self.profiles.list.iter().find(|p| p.name == name);
                    let mut options = prompt.options;
                    // The screen has no use for a word list, but the profile it replaces may
                    // have one: it stays.
                    if options.wordlist.is_none() {
                        options.wordlist = taken.and_then(|p| p.options.wordlist.clone());
                    }
                    let exists = taken.is_some();
                    let save = ProfileSave {
                        name,
                        options,
                        replace: Replace::No,
                    };
                    if exists {
                        self.saving = Some(Saving::Replacing(save));
                        return Reply::Nothing;
                    }
                    return Reply::Own(Request::Save(Box::new(save)));
                }
            },
            Msg::Edit(_) | Msg::Paste(_) => {
                let edited = prompt.name.apply(msg);
                prompt.problem = edited.left_out("The name", MAX_NAME_CHARS);
            }
            Msg::Do(_) | Msg::Tick | Msg::Resize(..) => {}
        }
        self.saving = Some(Saving::Naming(prompt));
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
                self.saving = Some(Saving::Replacing(save));
                Reply::Nothing
            }
            Err(problem) => {
                let text = format!("Profile \"{}\" not saved: {problem}", save.name);
                Reply::Status(Status::error(text))
            }
        }
    }
}
