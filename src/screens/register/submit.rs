//! What Submit decides: the fields, the password, then the code, in the spec's order.

use std::time::Instant;

use super::fields::{Channel, login_denied, login_successful};
use super::{Field, PASSWORD_MIN, STRENGTH_MIN, State};
use crate::kit::TextField;
use crate::kit::{Dialog, Status};
use keysmith_core::Delivery;
use keysmith_core::Verdict;

impl State {
    pub fn submit(&mut self, now: Instant) -> Result<Dialog, Status> {
        if let Some(missing) = self.first_missing() {
            self.focus = missing;
            return Err(Status::error(format!("{} is required", missing.label())));
        }
        if let Some(reason) = self.password_problem() {
            self.focus = Field::Password;
            return Err(Status::error(format!(
                "{reason}. Try the Password screen (F3) for a strong one"
            )));
        }
        if self.issued.is_none() && self.delivery == Delivery::Authenticator {
            self.focus = Field::SendCode;
            return Ok(login_denied(
                "No authenticator is set up yet, press Set up authenticator first",
            ));
        }
        let live = match self.issued {
            Some(Channel::Authenticator) => true,
            Some(Channel::Text) | None => self
                .otp
                .current()
                .is_some_and(|challenge| challenge.expires_in(now).is_some()),
        };
        let length = self.code_format().code_len();
        if live && self.code.char_count() < length {
            self.focus = Field::Code;
            return Err(Status::error(format!(
                "Type all {length} characters of the code"
            )));
        }
        if self.issued == Some(Channel::Authenticator) {
            let dialog = self.verify_authenticator();
            self.code.clear();
            self.focus = Field::Code;
            return Ok(dialog);
        }
        let verdict = self.otp.verify(self.code.value(), now);
        self.code.clear();
        self.focus = match verdict {
            Verdict::NoCodeSent => Field::SendCode,
            Verdict::Accepted
            | Verdict::Wrong { .. }
            | Verdict::Voided
            | Verdict::Expired
            | Verdict::AlreadyUsed
            | Verdict::Malformed => Field::Code,
        };
        Ok(self.verdict_dialog(verdict))
    }

    pub(super) fn welcome(&self) -> Dialog {
        login_successful(format!(
            "Welcome, {} from {}!",
            self.name.value().trim(),
            self.city.value().trim()
        ))
    }

    /// Whether Submit would still refuse because of `field`.
    pub(super) fn has_problem(&self, field: Field) -> bool {
        match field {
            Field::Name => blank(&self.name),
            Field::City => blank(&self.city),
            Field::Gender => self.gender.is_none(),
            Field::Password => self.password.is_empty() || self.password_problem().is_some(),
            Field::Code => self.code.char_count() < self.code_format().code_len(),
            Field::CodeFormat | Field::SendCode | Field::Submit => false,
        }
    }

    fn first_missing(&self) -> Option<Field> {
        [
            (Field::Name, blank(&self.name)),
            (Field::City, blank(&self.city)),
            (Field::Password, self.password.is_empty()),
            (Field::Gender, self.gender.is_none()),
        ]
        .into_iter()
        .find_map(|(field, missing)| missing.then_some(field))
    }

    pub(super) fn password_problem(&self) -> Option<String> {
        if self.password.char_count() < PASSWORD_MIN {
            return Some(format!(
                "The password is too short: use at least {PASSWORD_MIN} characters"
            ));
        }
        let strength = self.strength.as_ref()?;
        (strength.score < STRENGTH_MIN).then(|| {
            // zxcvbn's warnings end with a full stop; the hint after it adds its own.
            let warning = strength.warning.as_deref().unwrap_or("it is easy to guess");
            let warning = warning.trim_end_matches('.');
            format!("The password is too weak ({}): {warning}", strength.label())
        })
    }

    fn verdict_dialog(&self, verdict: Verdict) -> Dialog {
        let denied = login_denied;
        match verdict {
            Verdict::Accepted => self.welcome(),
            Verdict::Wrong { tries_left: 1 } => denied("Wrong code — 1 try left"),
            Verdict::Wrong { tries_left } => {
                denied(&format!("Wrong code — {tries_left} tries left"))
            }
            Verdict::Voided => denied("Too many wrong tries, send a new code"),
            Verdict::Expired => denied("The code expired, send a new code"),
            Verdict::AlreadyUsed => denied("That code was already used, send a new code"),
            Verdict::NoCodeSent => denied("No code was sent yet, press Send code first"),
            Verdict::Malformed => denied("That is not a code of this format"),
        }
    }
}

/// Only spaces are no name.
fn blank(field: &TextField) -> bool {
    field.value().trim().is_empty()
}
