//! The form's state and what each message does to it.

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;
use secrecy::ExposeSecret;

use super::inbox::Inbox;
use super::{CITY_LIMIT, Field, Gender, NAME_LIMIT, PASSWORD_LIMIT};
use crate::app::field::{CharFilter, TextField};
use crate::app::keys::Binding;
use crate::app::timers::next_whole_second;
use crate::app::{Action, Dialog, FocusKind, HandOver, Msg, Outcome, Reply, Settings, Status};
use crate::app::{focus, overlay::Overlay};
use crate::screens::ScreenState;
use crate::secret::strength::{TypedStrength, assess};
use crate::secret::{OtpFormat, OtpSession};
use crate::ui::ViewContext;

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
    pub format: OtpFormat,
    pub code: TextField,
    pub otp: OtpSession,
    /// The field the shown refusal is about: fixing it clears the status.
    pub problem_about: Option<Field>,
    /// Codes sent before the current one.
    pub inbox: Inbox,
}

impl ScreenState for State {
    fn new(settings: &Settings) -> State {
        let format = settings.otp_format;
        State {
            focus: Field::Name,
            name: TextField::new(NAME_LIMIT, CharFilter::Printable),
            city: TextField::new(CITY_LIMIT, CharFilter::Printable),
            password: TextField::new(PASSWORD_LIMIT, CharFilter::Printable),
            reveal_password: false,
            strength: None,
            gender: None,
            gender_cursor: Gender::Male,
            format,
            code: TextField::new(format.code_len(), CharFilter::Otp(format)),
            otp: OtpSession::new(settings.otp_ttl),
            problem_about: None,
            inbox: Inbox::default(),
        }
    }

    fn focus_kind(&self) -> FocusKind {
        self.focus.kind()
    }

    fn update<R: CryptoRng + ?Sized>(&mut self, msg: Msg, now: Instant, rng: &mut R) -> Reply {
        let field = self.focus;
        let action = match msg {
            Msg::Do(action) => action,
            Msg::Edit(_) | Msg::Paste(_) => {
                return self.edit(field, &msg);
            }
            Msg::Tick | Msg::Resize(..) => return Reply::Nothing,
        };
        match action {
            Action::FocusNext | Action::Down => self.step_focus(1),
            Action::FocusPrev | Action::Up => self.step_focus(-1),
            Action::Left => return self.move_choice(-1),
            Action::Right => return self.move_choice(1),
            Action::RevealPassword => self.reveal_password = !self.reveal_password,
            Action::Toggle => match field.kind() {
                FocusKind::Button => return self.activate(now, rng),
                FocusKind::Choice if field == Field::Gender => {
                    self.gender = Some(self.gender_cursor);
                    return self.settle(Field::Gender);
                }
                FocusKind::Choice => return self.move_choice(1),
                FocusKind::Text
                | FocusKind::Code
                | FocusKind::Menu
                | FocusKind::Toggle
                | FocusKind::Output => {}
            },
            Action::Activate => return self.activate(now, rng),
            Action::Regenerate
            | Action::Copy
            | Action::UseInRegister
            | Action::PickOption(_)
            | Action::Show(_)
            | Action::ToggleHelp
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End
            | Action::Close
            | Action::Quit
            | Action::Interrupt
            | Action::Suspend => {}
        }
        Reply::Nothing
    }

    fn keys() -> &'static [Binding] {
        super::keys::KEYS
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

    /// The code's countdown and the resend cooldown.
    fn next_wakeup(&self, now: Instant) -> Option<Instant> {
        let countdown = self
            .otp
            .current()
            .and_then(|challenge| challenge.expires_in(now))
            .map(|left| next_whole_second(now, left));
        let cooldown = self.otp.cooldown(now).map(|left| next_whole_second(now, left));
        countdown.into_iter().chain(cooldown).min()
    }
}

impl State {
    fn activate<R: CryptoRng + ?Sized>(&mut self, now: Instant, rng: &mut R) -> Reply {
        match self.focus {
            Field::SendCode => Reply::Status(self.send_code(now, rng)),
            Field::Submit | Field::Code => match self.submit(now) {
                Ok(dialog) => {
                    self.problem_about = None;
                    Reply::Open(Overlay::Dialog(dialog))
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
        self.sync_code_field();
        self.focus = Field::Name;
        self.problem_about = None;
    }

    pub fn text_field_mut(&mut self, field: Field) -> Option<&mut TextField> {
        match field {
            Field::Name => Some(&mut self.name),
            Field::City => Some(&mut self.city),
            Field::Password => Some(&mut self.password),
            Field::Code => Some(&mut self.code),
            Field::Gender | Field::CodeFormat | Field::SendCode | Field::Submit => None,
        }
    }

    /// Call after a field's text changes. The strength is worked out here, not per frame,
    /// and again when the name or city change, since zxcvbn counts them against it.
    fn text_changed(&mut self, field: Field) {
        match field {
            Field::Name | Field::City | Field::Password => self.refresh_strength(),
            Field::Gender | Field::CodeFormat | Field::SendCode | Field::Code | Field::Submit => {}
        }
    }

    fn refresh_strength(&mut self) {
        let password = self.password.value();
        self.strength = (!password.is_empty())
            .then(|| assess(password, &[self.name.value(), self.city.value()]));
    }

    /// A password from another screen, if it fits the field.
    fn take_password(&mut self, password: &str) -> Reply {
        let length = password.chars().count();
        if length > PASSWORD_LIMIT {
            return Reply::Status(Status::error(format!(
                "The Register password field takes at most {PASSWORD_LIMIT} characters; \
                 this one has {length}"
            )));
        }
        self.password.set(password);
        self.refresh_strength();
        Reply::Status(Status::info(
            "Password put in the Register form's password field (F2)",
        ))
    }

    /// The format the code field follows: the sent code's, or the selector's.
    pub fn code_format(&self) -> OtpFormat {
        self.otp
            .current()
            .map_or(self.format, |challenge| challenge.format())
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
                self.format = focus::step(&OtpFormat::ALL, self.format, step);
                self.sync_code_field();
                match self.otp.current().map(|challenge| challenge.format()) {
                    Some(sent) if sent != self.format => Reply::Status(Status::info(format!(
                        "{} applies to the next code; the code sent is {}",
                        self.format.name(),
                        sent.name()
                    ))),
                    Some(_) | None => Reply::Nothing,
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

    /// A typed edit or paste in a text field: applied, and anything left out is said.
    fn edit(&mut self, field: Field, msg: &Msg) -> Reply {
        let Some(text) = self.text_field_mut(field) else {
            return Reply::Nothing;
        };
        let limit = text.limit();
        let edited = text.apply(msg);
        if edited.changed {
            self.text_changed(field);
        }
        match edited.left_out(field.label(), limit) {
            Some(note) => Reply::Status(Status::error(note)),
            None => self.settle(field),
        }
    }

    /// Clears a refusal about `field` once the field no longer has that problem.
    fn settle(&mut self, field: Field) -> Reply {
        if self.problem_about == Some(field) && !self.has_problem(field) {
            self.problem_about = None;
            Reply::ClearStatus
        } else {
            Reply::Nothing
        }
    }

    pub(super) fn sync_code_field(&mut self) {
        let format = self.code_format();
        self.code.refilter(format.code_len(), CharFilter::Otp(format));
    }

    fn send_code<R: CryptoRng + ?Sized>(&mut self, now: Instant, rng: &mut R) -> Status {
        let replaced = self.otp.cooldown(now).is_none();
        if let Some(challenge) = self.otp.current().filter(|_| replaced) {
            self.inbox.archive(challenge, now);
        }
        match self.otp.send(self.format, now, rng) {
            Ok(_) => {
                self.code.clear();
                self.sync_code_field();
                self.focus = Field::Code;
                Status::info("Code sent: read it in the Messages panel and type it below")
            }
            Err(cooldown) => Status::error(format!("Please {cooldown}")),
        }
    }

    /// The code as the simulated phone shows it, if one was sent.
    pub fn sent_code(&self) -> Option<&str> {
        self.otp
            .current()
            .map(|challenge| challenge.code().expose_secret())
    }
}
