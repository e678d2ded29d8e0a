//! The secret the screen shows, and what the result's keys do with it: make a new one, copy
//! it, or hand it to the Register form.

use rand::CryptoRng;
use secrecy::SecretString;

use super::{Field, Reply, State};
use crate::kit::{HandOver, Status};
use keysmith_core::Kind;

impl State {
    /// What the current mode shows: the password, or the passphrase.
    pub fn shown(&self) -> Option<&SecretString> {
        match self.mode {
            Kind::Password => self.characters.result.as_ref(),
            Kind::Passphrase => self.words.result.as_ref(),
        }
    }

    pub(super) fn generate<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
        if self.mode == Kind::Password
            && let Some(asked) = self.ask_weak()
        {
            return asked;
        }
        match self.mode {
            Kind::Password => match self.characters.generate(rng) {
                Ok(()) => {
                    self.focus = Field::Output;
                    Reply::ClearStatus
                }
                Err(problem) => Reply::Status(Status::error(problem)),
            },
            Kind::Passphrase => match self.words.generate(rng) {
                Ok(()) => {
                    self.focus = Field::Output;
                    Reply::ClearStatus
                }
                Err(problem) => Reply::Status(Status::error(problem.to_string())),
            },
        }
    }

    pub(super) fn copy(&self) -> Reply {
        match self.shown() {
            Some(secret) => Reply::Copy(secret.clone()),
            None => Reply::Status(Status::error(
                "Nothing to copy yet: press Enter to generate",
            )),
        }
    }

    pub(super) fn hand_over(&self) -> Reply {
        match self.shown() {
            Some(secret) => Reply::HandOver(HandOver::Password(secret.clone())),
            None => Reply::Status(Status::error("Nothing to use yet: press Enter to generate")),
        }
    }
}
