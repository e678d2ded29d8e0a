//! The one-time code: the format the code field follows, sending a text message, and the
//! code as the simulated phone shows it.

use std::time::Instant;

use rand::CryptoRng;
use secrecy::ExposeSecret;

use super::fields::Channel;
use super::fields::code_filter;
use super::{Field, State};
use crate::kit::Status;
use keysmith_core::{ChallengeState, Delivery};

impl State {
    /// What the code field follows: the last code's way and format, or the selector's.
    pub fn code_format(&self) -> Delivery {
        match self.issued {
            Some(Channel::Authenticator) => Delivery::Authenticator,
            Some(Channel::Text) | None => self.otp.current().map_or(self.delivery, |challenge| {
                Delivery::Text(challenge.format())
            }),
        }
    }

    pub(super) fn sync_code_field(&mut self) {
        let format = self.code_format();
        self.code.refilter(format.code_len(), code_filter(format));
    }

    pub(super) fn send_code<R: CryptoRng + ?Sized>(&mut self, now: Instant, rng: &mut R) -> Status {
        let replaced = self.otp.cooldown(now).is_none();
        if let Some(challenge) = self.otp.current().filter(|_| replaced) {
            self.inbox.archive(challenge, now);
        }
        let Delivery::Text(format) = self.delivery else {
            return Status::error("The authenticator app makes its own codes");
        };
        match self.otp.send(format, now, rng) {
            Ok(_) => {
                self.issued = Some(Channel::Text);
                self.code.clear();
                self.sync_code_field();
                self.focus = Field::Code;
                self.status_about_code = true;
                Status::info("Code sent: read it in the Messages panel and type it below")
            }
            Err(cooldown) => Status::error(format!("Please {cooldown}")),
        }
    }

    /// Once the code the status talks of has expired, the status says so, and that a new one
    /// can be sent at once (the resend wait never outlasts a code).
    pub(super) fn code_expiry_news(&mut self, now: Instant) -> Option<Status> {
        if !self.status_about_code {
            return None;
        }
        let challenge = self.otp.current()?;
        if challenge.state(now) != ChallengeState::Expired {
            return None;
        }
        self.status_about_code = false;
        Some(Status::error(
            "The code expired: press Send code for a new one",
        ))
    }

    /// The code as the simulated phone shows it, if one was sent.
    pub fn sent_code(&self) -> Option<&str> {
        self.otp
            .current()
            .map(|challenge| challenge.code().expose_secret())
    }
}
