//! The state machine (The Elm Architecture): `update` takes a message, the time and an
//! RNG, changes the state and returns what only the runtime may do. No I/O here.

pub mod dialog;
pub mod field;
pub mod focus;
pub mod msg;
pub mod password;
pub mod register;
pub mod status;
mod timers;

use std::time::{Duration, Instant};

use rand::CryptoRng;

use crate::secret::{OtpFormat, OtpSession};
pub use dialog::{Dialog, Outcome};
pub use focus::FocusKind;
pub use msg::{Action, Effect, Msg};
pub use password::{PasswordField, PasswordScreen};
pub use register::{RegisterField, RegisterForm};
pub use status::{Status, Tone};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Register,
    Password,
}

/// What the command line set for the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub otp_ttl: Duration,
    pub otp_format: OtpFormat,
    /// `None`: never clear the clipboard.
    pub clipboard_clear: Option<Duration>,
    pub color: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            otp_ttl: crate::secret::challenge::DEFAULT_TTL,
            otp_format: OtpFormat::default(),
            clipboard_clear: Some(Duration::from_secs(10)),
            color: true,
        }
    }
}

#[derive(Debug)]
pub struct App {
    pub screen: Screen,
    pub register: RegisterForm,
    pub password: PasswordScreen,
    pub dialog: Option<Dialog>,
    pub help: bool,
    pub status: Option<Status>,
    pub settings: Settings,
    /// The time of the last update; the view reads countdowns from it.
    pub now: Instant,
    clipboard_clear_at: Option<Instant>,
}

impl App {
    pub fn new(settings: Settings, now: Instant) -> App {
        App {
            screen: Screen::Register,
            register: RegisterForm::new(settings.otp_format, OtpSession::new(settings.otp_ttl)),
            password: PasswordScreen::default(),
            dialog: None,
            help: false,
            status: None,
            settings,
            now,
            clipboard_clear_at: None,
        }
    }

    pub fn focus_kind(&self) -> FocusKind {
        match self.screen {
            Screen::Register => self.register.focus.kind(),
            Screen::Password => self.password.focus.kind(),
        }
    }

    /// When the runtime should wake with a `Tick` even if no key comes; `None`: sleep.
    pub fn next_wakeup(&self) -> Option<Instant> {
        timers::next_wakeup(self)
    }

    pub fn update<R: CryptoRng + ?Sized>(
        &mut self,
        msg: Msg,
        now: Instant,
        rng: &mut R,
    ) -> Vec<Effect> {
        self.now = now;
        match msg {
            Msg::Tick => self.tick(),
            Msg::Do(Action::Quit) => vec![Effect::Quit],
            _ if self.dialog.is_some() => {
                self.update_dialog(&msg);
                Vec::new()
            }
            _ if self.help => {
                if matches!(msg, Msg::Do(Action::Close | Action::ToggleHelp)) {
                    self.help = false;
                }
                Vec::new()
            }
            Msg::Do(Action::ToggleHelp) => {
                self.help = true;
                Vec::new()
            }
            Msg::Do(Action::ShowRegister) => self.show(Screen::Register),
            Msg::Do(Action::ShowPassword) => self.show(Screen::Password),
            msg => match self.screen {
                Screen::Register => {
                    self.update_register(msg, now, rng);
                    Vec::new()
                }
                Screen::Password => self.update_password(msg, now, rng),
            },
        }
    }

    fn show(&mut self, screen: Screen) -> Vec<Effect> {
        self.screen = screen;
        Vec::new()
    }

    fn tick(&mut self) -> Vec<Effect> {
        match self.clipboard_clear_at {
            Some(at) if self.now >= at => {
                self.clipboard_clear_at = None;
                self.status = Some(Status::info("Clipboard cleared"));
                vec![Effect::ClearClipboard]
            }
            _ => Vec::new(),
        }
    }

    fn update_dialog(&mut self, msg: &Msg) {
        if matches!(msg, Msg::Do(Action::Close | Action::Activate)) {
            let closed = self.dialog.take();
            if closed.is_some_and(|d| d.outcome == Outcome::Success) {
                self.register.clear();
                self.status = Some(Status::info(
                    "Signed up. The form is clear for the next one",
                ));
            }
        }
    }

    fn update_register<R: CryptoRng + ?Sized>(&mut self, msg: Msg, now: Instant, rng: &mut R) {
        let form = &mut self.register;
        let field = form.focus;
        match msg {
            Msg::Edit(_) | Msg::Paste(_) => {
                if form
                    .text_field_mut(field)
                    .is_some_and(|text| text.apply(&msg))
                {
                    form.text_changed(field);
                }
            }
            Msg::Do(action) => match action {
                Action::FocusNext | Action::Down => self.step_register_focus(1),
                Action::FocusPrev | Action::Up => self.step_register_focus(-1),
                Action::Left => form.move_choice(-1),
                Action::Right => form.move_choice(1),
                Action::RevealPassword => form.reveal_password = !form.reveal_password,
                Action::Toggle => match field {
                    RegisterField::Gender => form.gender = Some(form.gender_cursor),
                    RegisterField::CodeFormat => form.move_choice(1),
                    RegisterField::SendCode | RegisterField::Submit => {
                        self.activate_register(now, rng)
                    }
                    _ => {}
                },
                Action::Activate => self.activate_register(now, rng),
                _ => {}
            },
            Msg::Tick => {}
        }
    }

    fn step_register_focus(&mut self, step: isize) {
        let form = &mut self.register;
        form.focus = focus::step(&RegisterField::ORDER, form.focus, step);
    }

    fn activate_register<R: CryptoRng + ?Sized>(&mut self, now: Instant, rng: &mut R) {
        let form = &mut self.register;
        match form.focus {
            RegisterField::SendCode => self.status = Some(form.send_code(now, rng)),
            RegisterField::Submit | RegisterField::Code => match form.submit(now) {
                Ok(dialog) => {
                    self.status = None;
                    self.dialog = Some(dialog);
                }
                Err(status) => self.status = Some(status),
            },
            RegisterField::Gender => {
                form.gender = Some(form.gender_cursor);
                self.step_register_focus(1);
            }
            _ => self.step_register_focus(1),
        }
    }

    fn update_password<R: CryptoRng + ?Sized>(
        &mut self,
        msg: Msg,
        now: Instant,
        rng: &mut R,
    ) -> Vec<Effect> {
        let screen = &mut self.password;
        let in_length = screen.focus == PasswordField::Length;
        match msg {
            Msg::Do(action) => return self.password_action(action, now, rng),
            msg if in_length && screen.length.apply(&msg) => screen.options_changed(rng),
            _ => {}
        }
        Vec::new()
    }

    fn password_action<R: CryptoRng + ?Sized>(
        &mut self,
        action: Action,
        now: Instant,
        rng: &mut R,
    ) -> Vec<Effect> {
        let screen = &mut self.password;
        let field = screen.focus;
        match action {
            Action::Up | Action::Down if field == PasswordField::Menu => {
                screen.move_in_menu(if action == Action::Up { -1 } else { 1 });
                screen.options_changed(rng);
            }
            Action::FocusNext | Action::Down => {
                screen.focus = focus::step(&screen.order(), field, 1)
            }
            Action::FocusPrev | Action::Up => {
                screen.focus = focus::step(&screen.order(), field, -1)
            }
            Action::PickOption(n) => {
                if let Some(set) = crate::secret::CharSet::from_number(n)
                    && screen.menu_visible()
                {
                    screen.set = set;
                    screen.focus = PasswordField::Menu;
                    screen.options_changed(rng);
                }
            }
            Action::Toggle if screen.toggle(field) => screen.options_changed(rng),
            Action::Activate if field == PasswordField::Length => match screen.policy() {
                Ok(_) => screen.focus = PasswordField::Menu,
                Err(problem) => self.status = Some(Status::error(problem.to_string())),
            },
            Action::Activate | Action::Regenerate => {
                self.status = screen.generate(rng);
            }
            Action::Copy => return self.copy_password(now),
            Action::UseInRegister => self.use_in_register(),
            _ => {}
        }
        Vec::new()
    }

    fn copy_password(&mut self, now: Instant) -> Vec<Effect> {
        let Some(password) = self.password.result.clone() else {
            self.status = Some(Status::error(
                "Nothing to copy yet: press Enter to generate",
            ));
            return Vec::new();
        };
        self.clipboard_clear_at = self.settings.clipboard_clear.map(|after| now + after);
        self.status = Some(Status::info(match self.settings.clipboard_clear {
            Some(after) => format!("Copied — clipboard clears in {} s", after.as_secs()),
            None => "Copied".to_string(),
        }));
        vec![Effect::Copy(password)]
    }

    fn use_in_register(&mut self) {
        use secrecy::ExposeSecret;
        let Some(password) = &self.password.result else {
            self.status = Some(Status::error("Nothing to use yet: press Enter to generate"));
            return;
        };
        let length = password.expose_secret().chars().count();
        if length > register::PASSWORD_LIMIT {
            self.status = Some(Status::error(format!(
                "The Register password field takes at most {} characters; this one has {length}",
                register::PASSWORD_LIMIT
            )));
            return;
        }
        self.register.set_password(password.expose_secret());
        self.status = Some(Status::info(
            "Password put in the Register form's password field (F2)",
        ));
    }
}
