//! The sign-up form: its fields, the code it sends, and what Submit decides.

use std::time::Instant;

use rand::CryptoRng;
use secrecy::ExposeSecret;

use super::dialog::Dialog;
use super::field::{TextField, printable};
use super::focus::{self, FocusKind};
use super::status::Status;
use crate::secret::strength::{TypedStrength, assess};
use crate::secret::{OtpFormat, OtpSession, Verdict};

pub const NAME_LIMIT: usize = 64;
pub const CITY_LIMIT: usize = 64;
pub const PASSWORD_LIMIT: usize = 128;
pub const PASSWORD_MIN: usize = 8;
pub const STRENGTH_MIN: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegisterField {
    Name,
    City,
    Password,
    Gender,
    CodeFormat,
    SendCode,
    Code,
    Submit,
}

impl RegisterField {
    pub const ORDER: [RegisterField; 8] = [
        RegisterField::Name,
        RegisterField::City,
        RegisterField::Password,
        RegisterField::Gender,
        RegisterField::CodeFormat,
        RegisterField::SendCode,
        RegisterField::Code,
        RegisterField::Submit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RegisterField::Name => "Name",
            RegisterField::City => "City",
            RegisterField::Password => "Password",
            RegisterField::Gender => "Gender",
            RegisterField::CodeFormat => "Code format",
            RegisterField::SendCode => "Send code",
            RegisterField::Code => "One-time code",
            RegisterField::Submit => "Submit",
        }
    }

    pub fn kind(self) -> FocusKind {
        match self {
            RegisterField::Name
            | RegisterField::City
            | RegisterField::Password
            | RegisterField::Code => FocusKind::Text,
            RegisterField::Gender | RegisterField::CodeFormat => FocusKind::Choice,
            RegisterField::SendCode | RegisterField::Submit => FocusKind::Button,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Other,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Male, Gender::Female, Gender::Other];

    pub fn label(self) -> &'static str {
        match self {
            Gender::Male => "Male",
            Gender::Female => "Female",
            Gender::Other => "Other",
        }
    }
}

#[derive(Debug)]
pub struct RegisterForm {
    pub focus: RegisterField,
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
}

impl RegisterForm {
    pub fn new(format: OtpFormat, otp: OtpSession) -> RegisterForm {
        RegisterForm {
            focus: RegisterField::Name,
            name: TextField::new(NAME_LIMIT, printable),
            city: TextField::new(CITY_LIMIT, printable),
            password: TextField::new(PASSWORD_LIMIT, printable),
            reveal_password: false,
            strength: None,
            gender: None,
            gender_cursor: Gender::Male,
            format,
            code: TextField::new(format.code_len(), code_filter(format)),
            otp,
        }
    }

    /// Empties every field and forgets the code; the resend cooldown stays.
    pub fn clear(&mut self) {
        self.name.clear();
        self.city.clear();
        self.password.clear();
        self.code.clear();
        self.strength = None;
        self.reveal_password = false;
        self.gender = None;
        self.otp.clear();
        self.sync_code_field();
        self.focus = RegisterField::Name;
    }

    pub fn text_field_mut(&mut self, field: RegisterField) -> Option<&mut TextField> {
        match field {
            RegisterField::Name => Some(&mut self.name),
            RegisterField::City => Some(&mut self.city),
            RegisterField::Password => Some(&mut self.password),
            RegisterField::Code => Some(&mut self.code),
            _ => None,
        }
    }

    /// Call after a field's text changes. The strength is worked out here, not per frame,
    /// and again when the name or city change, since zxcvbn counts them against it.
    pub fn text_changed(&mut self, field: RegisterField) {
        if matches!(
            field,
            RegisterField::Name | RegisterField::City | RegisterField::Password
        ) {
            self.refresh_strength();
        }
    }

    fn refresh_strength(&mut self) {
        let password = self.password.value();
        self.strength = (!password.is_empty())
            .then(|| assess(password, &[self.name.value(), self.city.value()]));
    }

    pub fn set_password(&mut self, password: &str) {
        self.password.set(password);
        self.refresh_strength();
    }

    /// The format the code field follows: the sent code's, or the selector's.
    pub fn code_format(&self) -> OtpFormat {
        self.otp
            .current()
            .map_or(self.format, |challenge| challenge.format())
    }

    pub fn move_choice(&mut self, step: isize) {
        match self.focus {
            RegisterField::Gender => {
                // The first arrow picks the choice under the cursor; later ones move it.
                if self.gender.is_some() {
                    self.gender_cursor = focus::step(&Gender::ALL, self.gender_cursor, step);
                }
                self.gender = Some(self.gender_cursor);
            }
            RegisterField::CodeFormat => {
                self.format = focus::step(&OtpFormat::ALL, self.format, step);
                self.sync_code_field();
            }
            _ => {}
        }
    }

    fn sync_code_field(&mut self) {
        let format = self.code_format();
        self.code.refilter(format.code_len(), code_filter(format));
    }

    pub fn send_code<R: CryptoRng + ?Sized>(&mut self, now: Instant, rng: &mut R) -> Status {
        match self.otp.send(self.format, now, rng) {
            Ok(_) => {
                self.code.clear();
                self.sync_code_field();
                self.focus = RegisterField::Code;
                Status::info("Code sent: read it in the Messages panel and type it below")
            }
            Err(cooldown) => Status::error(format!("Please {cooldown}")),
        }
    }

    /// Submit's checks, in the order of the spec: the fields, the password, then the code.
    pub fn submit(&mut self, now: Instant) -> Result<Dialog, Status> {
        if let Some(missing) = self.first_missing() {
            self.focus = missing;
            return Err(Status::error(format!("{} is required", missing.label())));
        }
        if let Some(reason) = self.password_problem() {
            self.focus = RegisterField::Password;
            return Err(Status::error(format!(
                "{reason}. Try the Password screen (F3) for a strong one"
            )));
        }
        let live = self
            .otp
            .current()
            .is_some_and(|challenge| challenge.expires_in(now).is_some());
        if live && self.code.char_count() < self.code_format().code_len() {
            self.focus = RegisterField::Code;
            let format = self.code_format();
            return Err(Status::error(format!(
                "Type all {} characters of the code",
                format.code_len()
            )));
        }
        let verdict = self.otp.verify(self.code.value(), now);
        self.code.clear();
        self.focus = RegisterField::Code;
        Ok(self.verdict_dialog(verdict))
    }

    fn first_missing(&self) -> Option<RegisterField> {
        [
            (RegisterField::Name, self.name.is_empty()),
            (RegisterField::City, self.city.is_empty()),
            (RegisterField::Password, self.password.is_empty()),
            (RegisterField::Gender, self.gender.is_none()),
        ]
        .into_iter()
        .find_map(|(field, missing)| missing.then_some(field))
    }

    fn password_problem(&self) -> Option<String> {
        if self.password.char_count() < PASSWORD_MIN {
            return Some(format!(
                "The password is too short: use at least {PASSWORD_MIN} characters"
            ));
        }
        let strength = self.strength.as_ref()?;
        (strength.score < STRENGTH_MIN).then(|| {
            let warning = strength.warning.as_deref().unwrap_or("it is easy to guess");
            format!("The password is too weak ({}): {warning}", strength.label())
        })
    }

    fn verdict_dialog(&self, verdict: Verdict) -> Dialog {
        let denied = Dialog::denied;
        match verdict {
            Verdict::Accepted => Dialog::success(format!(
                "Welcome, {} from {}!",
                self.name.value(),
                self.city.value()
            )),
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

    /// The code as the simulated phone shows it, if one was sent.
    pub fn sent_code(&self) -> Option<&str> {
        self.otp
            .current()
            .map(|challenge| challenge.code().expose_secret())
    }
}

fn code_filter(format: OtpFormat) -> fn(char) -> Option<char> {
    match format {
        OtpFormat::Alnum6 => |c| OtpFormat::Alnum6.normalize(c),
        _ => |c| OtpFormat::Digits6.normalize(c),
    }
}
