//! The authenticator-app path: enrol (a QR code to scan), then check the app's codes.

use rand::CryptoRng;
use zeroize::Zeroizing;

use super::fields::{Channel, login_denied};
use super::{Field, State};
use crate::kit::{Dialog, Reply, Status};
use crate::kit::{Modal, QrCard};
use keysmith_core::Delivery;
use keysmith_core::qr::QrMatrix;
use keysmith_core::totp::{CODE_LEN, Enrolment, TotpVerdict};

/// What a code for a voided enrolment gets.
const VOIDED: &str = "Too many wrong tries, set up again";

impl State {
    /// `[ Set up authenticator ]`: a new enrolment if there is none (or it was voided), else
    /// the same one again; the QR code and the secret to scan or type.
    pub(super) fn set_up_authenticator<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
        if self.enrolment.as_ref().is_some_and(Enrolment::is_voided) {
            self.enrolment = None;
        }
        if self.enrolment.is_none() {
            let account = self.name.value().trim().to_string();
            if account.is_empty() {
                self.focus = Field::Name;
                return Reply::Status(Status::error(
                    "Type your name first: the authenticator app lists the account by it",
                ));
            }
            match Enrolment::new(rng, &account) {
                Ok(enrolment) => self.enrolment = Some(enrolment),
                Err(refusal) => {
                    self.focus = Field::Name;
                    return Reply::Status(Status::error(format!(
                        "The authenticator app cannot take this name: {refusal}"
                    )));
                }
            }
        }
        let Some(enrolment) = &self.enrolment else {
            return Reply::Nothing;
        };
        let card = match QrMatrix::encode(enrolment.uri()) {
            Ok(matrix) => QrCard {
                matrix,
                secret_groups: enrolment.secret_groups(),
                account: enrolment.account().to_string(),
            },
            Err(refusal) => return Reply::Status(Status::error(refusal.to_string())),
        };
        self.issued = Some(Channel::Authenticator);
        self.code.clear();
        self.sync_code_field();
        self.focus = Field::Code;
        Reply::Open(Modal::Qr(card))
    }

    /// An enrolment belongs to the name it was made for: once `field` (the name) says
    /// another, the enrolment is voided, so that its codes cannot sign up someone else and
    /// the next setup makes a new secret. The status to show, if it was voided.
    pub(super) fn enrolment_follows_name(&mut self, field: Field) -> Option<Status> {
        if field != Field::Name {
            return None;
        }
        let enrolled_for = self.enrolment.as_ref()?.account();
        if self.name.value().trim() == enrolled_for {
            return None;
        }
        let note = format!(
            "The authenticator set up for {enrolled_for} no longer applies: the name changed. \
             Set up authenticator again for a new secret"
        );
        self.drop_enrolment();
        Some(Status::error(note))
    }

    /// Leaving the authenticator app for text messages abandons the enrolment: its secret is
    /// dropped (and wiped), and coming back sets up a new one. The status to show, if so.
    pub(super) fn enrolment_follows_format(&mut self) -> Option<Status> {
        if self.delivery == Delivery::Authenticator || self.enrolment.is_none() {
            return None;
        }
        self.drop_enrolment();
        Some(Status::info(
            "The authenticator set up is dropped: Set up authenticator makes a new secret",
        ))
    }

    /// Forgets the enrolment, and the code typed for it.
    fn drop_enrolment(&mut self) {
        self.enrolment = None;
        if self.issued == Some(Channel::Authenticator) {
            self.issued = None;
            self.code.clear();
            self.sync_code_field();
        }
    }

    /// Checks the typed code against the enrolment at the wall-clock time last passed in.
    pub(super) fn verify_authenticator(&mut self) -> Dialog {
        let Some(enrolment) = self.enrolment.as_mut() else {
            // Submit comes here only once an enrolment was issued: without one, it was voided.
            return login_denied(VOIDED);
        };
        let typed = Zeroizing::new(self.code.value().to_string());
        match enrolment.verify(&typed, self.unix_now) {
            TotpVerdict::Accepted => self.welcome(),
            TotpVerdict::Wrong { tries_left: 1 } => login_denied("Wrong code — 1 try left"),
            TotpVerdict::Wrong { tries_left } => {
                login_denied(&format!("Wrong code — {tries_left} tries left"))
            }
            TotpVerdict::Voided => {
                // Of no more use: its secret goes now, not at the next setup.
                self.enrolment = None;
                login_denied(VOIDED)
            }
            TotpVerdict::Replayed => {
                login_denied("That code was already used, wait for the app's next one")
            }
            TotpVerdict::Malformed => login_denied(&format!("That is not a {CODE_LEN}-digit code")),
        }
    }
}
