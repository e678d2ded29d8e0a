//! The form's state and what each message does to it.

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;
use secrecy::ExposeSecret;

use super::Action;
use super::fields::Channel;
use super::fields::code_filter;
use super::inbox::Inbox;
use super::{CITY_LIMIT, Field, Gender, NAME_LIMIT, PASSWORD_LIMIT};
use crate::config::Remembered;
use crate::kit::keys::{Binding, FieldKey, Nav};
use crate::kit::timers::next_whole_second;
use crate::kit::{CharFilter, TextField};
use crate::kit::{Dialog, FocusKind, HandOver, Input, Outcome, Reply, Settings, Status};
use crate::kit::{Modal, focus};
use crate::screens::ScreenState;
use crate::ui::ViewContext;
use keysmith_core::Delivery;
use keysmith_core::OtpSession;
use keysmith_core::strength::TypedStrength;
use keysmith_core::totp::Enrolment;

#[derive(Debug)]
pub struct State {
    pub focus: Field,
    pub name: TextField,
    pub city: TextField,
    pub password: TextField,
    pub reveal_password: bool,
    /// Worked out when the password changes, not on every frame.
    pub strength: Option<TypedStrength>,
    pub gender: Option<Gender>,
    /// Which radio button the arrows are on; Space picks it.
    pub gender_cursor: Gender,
    /// The Code selector: a text message of a format, or the authenticator app.
    pub delivery: Delivery,
    pub code: TextField,
    pub otp: OtpSession,
    /// The field the shown refusal is about: fixing it clears the status.
    pub problem_about: Option<Field>,
    /// Codes sent before the current one.
    pub inbox: Inbox,
    pub enrolment: Option<Enrolment>,
    /// Which way the last code went out, if one did.
    pub issued: Option<Channel>,
    /// Seconds since the epoch, as the runtime last read them: authenticator codes are
    /// computed from the wall clock.
    pub unix_now: u64,
    /// Whether the status tells how to use the code sent, so that it must change when the
    /// code expires.
    pub status_about_code: bool,
}

impl ScreenState for State {
    type Own = std::convert::Infallible;
    type Action = Action;

    fn remember(&self, into: &mut Remembered) {
        into.otp_format = Some(self.delivery);
    }

    fn new(settings: &Settings) -> State {
        let delivery = settings.otp_format;
        State {
            focus: Field::Name,
            name: TextField::new(NAME_LIMIT, CharFilter::Prose),
            city: TextField::new(CITY_LIMIT, CharFilter::Prose),
            password: TextField::new(PASSWORD_LIMIT, CharFilter::Printable),
            reveal_password: false,
            strength: None,
            gender: None,
            gender_cursor: Gender::Male,
            delivery,
            code: TextField::new(delivery.code_len(), code_filter(delivery)),
            otp: OtpSession::new(settings.otp_ttl),
            problem_about: None,
            inbox: Inbox::default(),
            enrolment: None,
            status_about_code: false,
            issued: None,
            unix_now: 0,
        }
    }

    fn focus_kind(&self) -> FocusKind {
        self.focus.kind()
    }

    fn update<R: CryptoRng + ?Sized>(
        &mut self,
        input: Input<Action>,
        now: Instant,
        rng: &mut R,
    ) -> Reply {
        let field = self.focus;
        match input {
            Input::Nav(Nav::Next) => self.step_focus(1),
            Input::Nav(Nav::Previous) => self.step_focus(-1),
            Input::Field(FieldKey::PreviousChoice) => return self.move_choice(-1),
            Input::Field(FieldKey::NextChoice) => return self.move_choice(1),
            // No field here offers a completion, nor has a toggle.
            Input::Field(FieldKey::Flip | FieldKey::AcceptCompletion) => {}
            Input::Field(FieldKey::Edit(_)) | Input::Paste(_) => return self.edit(field, &input),
            Input::Do(Action::RevealPassword) => self.reveal_password = !self.reveal_password,
            // A radio row takes the choice under its cursor; a selector has taken it already.
            Input::Field(FieldKey::Pick) if field == Field::Gender => {
                self.gender = Some(self.gender_cursor);
                return self.settle(Field::Gender);
            }
            Input::Field(FieldKey::Pick) => {}
            // Enter and Space do what the focused field does when pressed.
            Input::Do(Action::NextField | Action::Submit | Action::Press)
            | Input::Field(FieldKey::PickAndGoOn) => {
                return self.activate(now, rng);
            }
        }
        Reply::Nothing
    }

    fn keys() -> &'static [&'static [Binding<Action>]] {
        super::keys::ALL
    }

    fn view(&self, frame: &mut Frame, area: Rect, cx: &ViewContext) {
        super::view::draw(self, frame, area, cx);
    }

    fn dialog_closed(&mut self, dialog: &Dialog, now: Instant) -> Reply {
        match dialog.outcome {
            Outcome::Success => {
                self.clear(now);
                Reply::Status(Status::info(
                    "Signed up. The form is clear for the next one",
                ))
            }
            Outcome::Denied => Reply::Nothing,
        }
    }

    fn receive(&mut self, handover: &HandOver) -> Option<Reply> {
        match handover {
            HandOver::Password(password) => Some(self.take_password(password.expose_secret())),
        }
    }

    fn set_wall_clock(&mut self, unix: u64) {
        self.unix_now = unix;
    }

    fn tick(&mut self, now: Instant) -> Option<Reply> {
        self.code_expiry_news(now).map(Reply::Status)
    }

    /// The code's countdown and the resend cooldown.
    fn next_wakeup(&self, now: Instant) -> Option<Instant> {
        let countdown = self
            .otp
            .current()
            .and_then(|challenge| challenge.expires_in(now))
            .map(|left| next_whole_second(now, left));
        let cooldown = self
            .otp
            .cooldown(now)
            .map(|left| next_whole_second(now, left));
        countdown.into_iter().chain(cooldown).min()
    }
}

impl State {
    fn activate<R: CryptoRng + ?Sized>(&mut self, now: Instant, rng: &mut R) -> Reply {
        match self.focus {
            Field::SendCode => match self.delivery {
                Delivery::Text(_) => Reply::Status(self.send_code(now, rng)),
                Delivery::Authenticator => self.set_up_authenticator(rng),
            },
            Field::Submit | Field::Code => match self.submit(now) {
                Ok(dialog) => {
                    self.problem_about = None;
                    Reply::Open(Modal::Dialog(dialog))
                }
                Err(status) => {
                    self.problem_about = Some(self.focus);
                    Reply::Status(status)
                }
            },
            Field::Gender => {
                self.gender = Some(self.gender_cursor);
                let reply = self.settle(Field::Gender);
                self.step_focus(1);
                reply
            }
            Field::Name | Field::City | Field::Password | Field::CodeFormat => {
                self.step_focus(1);
                Reply::Nothing
            }
        }
    }

    fn step_focus(&mut self, step: isize) {
        self.focus = focus::step(&Field::ORDER, self.focus, step);
    }

    /// Empties every field and forgets the code (the phone keeps its message); the resend
    /// cooldown stays.
    pub fn clear(&mut self, now: Instant) {
        if let Some(challenge) = self.otp.current() {
            self.inbox.archive(challenge, now);
        }
        self.name.clear();
        self.city.clear();
        self.password.clear();
        self.code.clear();
        self.strength = None;
        self.reveal_password = false;
        self.gender = None;
        self.otp.clear();
        self.enrolment = None;
        self.issued = None;
        self.sync_code_field();
        self.focus = Field::Name;
        self.problem_about = None;
    }

    fn move_choice(&mut self, step: isize) -> Reply {
        match self.focus {
            Field::Gender => {
                // The first arrow picks the choice under the cursor; later ones move it.
                if self.gender.is_some() {
                    self.gender_cursor = focus::step(&Gender::ALL, self.gender_cursor, step);
                }
                self.gender = Some(self.gender_cursor);
                self.settle(Field::Gender)
            }
            Field::CodeFormat => {
                self.delivery = focus::step(&Delivery::ALL, self.delivery, step);
                self.sync_code_field();
                if let Some(dropped) = self.enrolment_follows_format() {
                    return Reply::Status(dropped);
                }
                let live = self.code_format();
                if self.issued.is_some() && live != self.delivery {
                    Reply::Status(Status::info(format!(
                        "{} applies to the next code; the code sent is {}",
                        self.delivery.name(),
                        live.name()
                    )))
                } else {
                    Reply::Nothing
                }
            }
            Field::Name
            | Field::City
            | Field::Password
            | Field::SendCode
            | Field::Code
            | Field::Submit => Reply::Nothing,
        }
    }
}
