//! The list of several's messages: opening it, moving the highlight, and what `c`, `u`,
//! Enter, `r` and Esc do with the highlighted one.

use rand::CryptoRng;

use super::keys::Action;
use super::open::Open;
use super::several::{HOW_MANY, Several, noun};
use super::{Field, Reply, State};
use crate::kit::{HandOver, Input, Status};
use keysmith_core::Kind;

impl State {
    /// `n`: opens the list, or says why the options make none.
    pub(super) fn open_several<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
        match self.several_of(rng) {
            Ok(several) => {
                self.open = Some(Open::Choosing(several));
                Reply::Nothing
            }
            Err(problem) => Reply::Status(Status::error(problem)),
        }
    }

    fn several_of<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Result<Several, String> {
        let kind = self.mode;
        let mut secrets = Vec::with_capacity(HOW_MANY);
        for _ in 0..HOW_MANY {
            secrets.push(match kind {
                Kind::Password => self.characters.make(rng)?,
                Kind::Passphrase => self.words.make(rng).map_err(|p| p.to_string())?,
            });
        }
        // Options that make a secret always have an entropy.
        let (entropy, separator) = match kind {
            Kind::Password => {
                let entropy = self.characters.entropy().map(|e| (e.bits, e.label));
                (entropy, String::new())
            }
            Kind::Passphrase => {
                let entropy = self.words.entropy().map(|e| (e.bits, e.label));
                (entropy, self.words.separator.value().to_string())
            }
        };
        let (bits, label) =
            entropy.ok_or_else(|| format!("No {} meets these options", noun(kind)))?;
        Ok(Several {
            kind,
            secrets,
            chosen: 0,
            bits,
            label,
            separator,
        })
    }

    /// A message while the list is open.
    pub(super) fn choosing<R: CryptoRng + ?Sized>(
        &mut self,
        mut several: Several,
        msg: &Input<Action>,
        rng: &mut R,
    ) -> Reply {
        let last = several.secrets.len().saturating_sub(1);
        let reply = match msg {
            Input::Do(Action::PreviousInList) => {
                several.chosen = several.chosen.saturating_sub(1);
                Reply::Nothing
            }
            Input::Do(Action::NextInList) => {
                several.chosen = several.chosen.saturating_add(1).min(last);
                Reply::Nothing
            }
            Input::Do(Action::NewList) => match self.several_of(rng) {
                Ok(new) => {
                    several = new;
                    Reply::ClearStatus
                }
                Err(problem) => Reply::Status(Status::error(problem)),
            },
            Input::Do(Action::Copy) => match several.chosen() {
                Some(secret) => Reply::Copy(secret.clone()),
                None => Reply::Nothing,
            },
            Input::Do(Action::UseInRegister) => {
                return match several.chosen() {
                    Some(secret) => Reply::HandOver(HandOver::Password(secret.clone())),
                    None => Reply::Nothing,
                };
            }
            Input::Do(Action::ShowChosen) => {
                let what = several.noun();
                let chosen = several.chosen;
                if chosen < several.secrets.len() {
                    let secret = several.secrets.swap_remove(chosen);
                    match several.kind {
                        Kind::Password => self.characters.result = Some(secret),
                        Kind::Passphrase => self.words.result = Some(secret),
                    }
                    self.focus = Field::Output;
                }
                let others = several.secrets.len();
                let shown = format!("The chosen {what} is shown; the other {others} are dropped");
                return Reply::Status(Status::info(shown));
            }
            Input::Do(Action::CloseList) => return Reply::ClearStatus,
            Input::Do(_) | Input::Nav(_) | Input::Field(_) | Input::Paste(_) => Reply::Nothing,
        };
        self.open = Some(Open::Choosing(several));
        reply
    }
}
