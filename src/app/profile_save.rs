//! Ctrl+S on the Password screen: a prompt asks for a name, a taken name asks before it is
//! replaced, and the runtime's answer lands in the status and the Profile selector.

use super::{App, Effect, Overlay};
use crate::config::{ConfigError, MAX_NAME_CHARS, Replace, Saved, profile_name};
use crate::kit::{Action, Msg, Status};
use crate::screens::generator::{NamePrompt, ProfileSave};

impl App {
    /// A message while the name prompt or the replace question is open.
    pub(super) fn saving_profile(&mut self, msg: &Msg) -> Vec<Effect> {
        match self.overlay.take() {
            Some(Overlay::Prompt(prompt)) => self.prompting(prompt, msg),
            Some(Overlay::Replace(save)) => self.replacing(save, msg),
            other => {
                self.overlay = other;
                Vec::new()
            }
        }
    }

    fn replacing(&mut self, save: Box<ProfileSave>, msg: &Msg) -> Vec<Effect> {
        match msg {
            Msg::Do(Action::Activate) => {
                let save = ProfileSave {
                    replace: Replace::Confirmed,
                    ..*save
                };
                return vec![Effect::SaveProfile(save)];
            }
            Msg::Do(Action::Close) => {
                let kept = format!("Profile \"{}\" kept as it was; nothing saved", save.name);
                self.status = Some(Status::info(kept));
            }
            Msg::Do(_) | Msg::Edit(_) | Msg::Paste(_) | Msg::Tick | Msg::Resize(..) => {
                self.overlay = Some(Overlay::Replace(save));
            }
        }
        Vec::new()
    }

    fn prompting(&mut self, mut prompt: Box<NamePrompt>, msg: &Msg) -> Vec<Effect> {
        match msg {
            Msg::Do(Action::Close) => {
                self.status = Some(Status::info("Nothing saved"));
                return Vec::new();
            }
            Msg::Do(Action::Activate) => match profile_name(prompt.name.value()) {
                Err(problem) => prompt.problem = Some(problem.to_string()),
                Ok(name) => {
                    let list = &self.screens.generator.profiles.list;
                    let taken = list.iter().find(|p| p.name == name);
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
                        self.overlay = Some(Overlay::Replace(Box::new(save)));
                        return Vec::new();
                    }
                    return vec![Effect::SaveProfile(save)];
                }
            },
            Msg::Edit(_) | Msg::Paste(_) => {
                let edited = prompt.name.apply(msg);
                prompt.problem = edited.left_out("The name", MAX_NAME_CHARS);
            }
            Msg::Do(_) | Msg::Tick | Msg::Resize(..) => {}
        }
        self.overlay = Some(Overlay::Prompt(prompt));
        Vec::new()
    }

    /// What the runtime's save of a profile did.
    pub(super) fn profile_report(&mut self, save: ProfileSave, result: Result<Saved, ConfigError>) {
        match result {
            Ok(_) => {
                let place = self.memory.file.path().unwrap_or("the settings file");
                let saved = format!("Saved profile \"{}\" in {place}", save.name);
                self.screens
                    .generator
                    .profile_saved(&save.name, save.options);
                self.status = Some(Status::info(saved));
            }
            // Another keysmith or an editor made it meanwhile: ask, as for one we knew of.
            Err(ConfigError::ProfileExists { .. }) => {
                self.overlay = Some(Overlay::Replace(Box::new(save)));
            }
            Err(problem) => {
                let text = format!("Profile \"{}\" not saved: {problem}", save.name);
                self.status = Some(Status::error(text));
            }
        }
    }

    /// What the runtime's save of the remembered options did: only a failure is news.
    pub(super) fn remembered_report(&mut self, result: Result<Saved, ConfigError>) {
        if let Err(problem) = result {
            let text = format!("Options not remembered: {problem}");
            self.status = Some(Status::error(text));
        }
    }
}
