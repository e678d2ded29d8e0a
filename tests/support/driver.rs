//! Drives the state machine as a user would, for tests and benches: an app, a seeded RNG, and
//! a clock that moves only when told to.

use super::keys::*;
use std::time::{Duration, Instant};

use keysmith::for_tests::PasswordField;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::{App, AppMsg, Clock, Effect, FieldKey, Input, Settings, Tone};
use keysmith::for_tests::{Characters, PasswordAction, ScreenAction};
use keysmith::for_tests::{ConfigError, ProfileSave, Saved, Startup};
use keysmith::for_tests::{Context, map_event};
use keysmith_core::Delivery;
use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::crossterm::event::{Event, KeyEvent};
use secrecy::ExposeSecret;
use tui_input::InputRequest;

/// The seed of `Driver::new` and `Driver::with`.
const SEED: u64 = 0x6b65_7973;
/// The wall clock at `t0`, in seconds since the epoch: 2027-01-15, fixed so that runs repeat.
pub const UNIX_T0: u64 = 1_800_000_000;

/// One user at one terminal: the app, its RNG and the clock.
pub struct Driver {
    pub app: App,
    pub rng: StdRng,
    pub t0: Instant,
    pub now: Instant,
}

impl Default for Driver {
    fn default() -> Driver {
        Driver::with(Settings::default())
    }
}

impl Driver {
    pub fn new() -> Driver {
        Driver::default()
    }

    pub fn with(settings: Settings) -> Driver {
        Driver::seeded(settings, SEED)
    }

    pub fn seeded(settings: Settings, seed: u64) -> Driver {
        let t0 = Instant::now();
        Driver {
            app: App::new(settings, t0),
            rng: StdRng::seed_from_u64(seed),
            t0,
            now: t0,
        }
    }

    /// What the runtime does first: the settings file's remembered options and profiles.
    pub fn start(&mut self, startup: Startup) {
        self.app.start(startup, &mut self.rng);
    }

    // ---- Messages ----

    pub fn send(&mut self, msg: impl Into<AppMsg>) -> Vec<Effect> {
        let clock = Clock {
            now: self.now,
            unix: self.unix(),
        };
        self.app.update(msg, clock, &mut self.rng)
    }

    /// What the runtime found saving a profile, as it comes back through `update`.
    pub fn send_profile_saved(
        &mut self,
        save: ProfileSave,
        result: Result<Saved, ConfigError>,
    ) -> Vec<Effect> {
        self.send(AppMsg::ProfileSaved(Box::new(save), result))
    }

    /// What the runtime found writing the remembered options.
    pub fn send_remembered(&mut self, result: Result<Saved, ConfigError>) -> Vec<Effect> {
        self.send(AppMsg::Remembered(result))
    }

    /// The wall clock, moving with the driver's clock.
    pub fn unix(&self) -> u64 {
        UNIX_T0 + (self.now - self.t0).as_secs()
    }

    /// Presses `key` as a user does: through the key tables of where the app is now. A key
    /// that does nothing here sends nothing.
    pub fn press(&mut self, key: KeyEvent) -> Vec<Effect> {
        match self.map(&Event::Key(key)) {
            Some(msg) => self.send(msg),
            None => Vec::new(),
        }
    }

    /// `press`, for a chain of steps.
    pub fn act(&mut self, key: KeyEvent) -> &mut Driver {
        self.press(key);
        self
    }

    pub fn press_times(&mut self, key: KeyEvent, times: usize) {
        for _ in 0..times {
            self.press(key);
        }
    }

    /// An edit of the focused text field, as its key sends it.
    pub fn edit(&mut self, request: InputRequest) -> Vec<Effect> {
        self.send(FieldKey::Edit(request))
    }

    /// Types `text` one character at a time into the focused field.
    pub fn type_text(&mut self, text: &str) -> &mut Driver {
        for c in text.chars() {
            self.edit(InputRequest::InsertChar(c));
        }
        self
    }

    pub fn paste(&mut self, text: &str) {
        self.send(AppMsg::Screen(Input::Paste(text.to_string())));
    }

    pub fn erase_field(&mut self) {
        self.edit(InputRequest::GoToEnd);
        self.edit(InputRequest::DeleteLine);
    }

    /// The message a terminal event means now, through the real key tables.
    pub fn map(&self, event: &Event) -> Option<AppMsg> {
        map_event(event, &Context::of(&self.app))
    }

    /// Presses Tab, at most `times` times, until `done` holds; returns whether it does.
    pub fn tab_until(&mut self, times: usize, done: impl Fn(&App) -> bool) -> bool {
        for _ in 0..times {
            if done(&self.app) {
                return true;
            }
            self.press(TAB);
        }
        done(&self.app)
    }

    // ---- The clock ----

    /// Moves the clock only; the app sees the time with the next message.
    pub fn advance(&mut self, by: Duration) {
        self.now += by;
    }

    /// Moves the clock only, to `since_start` after the start.
    pub fn at(&mut self, since_start: Duration) {
        self.now = self.t0 + since_start;
    }

    pub fn tick(&mut self) -> Vec<Effect> {
        self.send(AppMsg::Tick)
    }

    /// Moves the clock to `since_start` after the start and lets the app see it.
    pub fn tick_at(&mut self, since_start: Duration) -> &mut Driver {
        self.at(since_start);
        self.tick();
        self
    }

    // ---- What the app shows ----

    pub fn status(&self) -> &str {
        self.app.status.as_ref().map_or("", |s| s.text.as_str())
    }

    pub fn status_tone(&self) -> Option<Tone> {
        self.app.status.as_ref().map(|s| s.tone)
    }

    /// The open dialog's title and message.
    pub fn dialog(&self) -> (&'static str, String) {
        let dialog = self.app.dialog().expect("a dialog is open");
        (dialog.title(), dialog.message.clone())
    }

    pub fn close_dialog(&mut self) {
        assert!(self.app.dialog().is_some(), "no dialog to close");
        self.press(ESC);
        assert!(self.app.dialog().is_none());
    }

    // ---- Register screen ----

    /// Tabs forward until `field` has focus.
    pub fn focus_register(&mut self, field: RegisterField) {
        self.tab_until(RegisterField::ORDER.len(), |app| {
            app.screens.register.focus == field
        });
        assert_eq!(
            self.app.screens.register.focus, field,
            "Tab never reached {field:?}"
        );
    }

    /// Name, city and password, each followed by Enter, then Enter on the gender row
    /// (which picks Male and goes on). Focus ends on the code format selector.
    pub fn fill_register_form(&mut self, name: &str, city: &str, password: &str) {
        self.focus_register(RegisterField::Name);
        self.type_text(name);
        self.press(ENTER);
        self.type_text(city);
        self.press(ENTER);
        self.type_text(password);
        self.press(ENTER);
        assert_eq!(self.app.screens.register.focus, RegisterField::Gender);
        self.press(ENTER);
        assert_eq!(self.app.screens.register.focus, RegisterField::CodeFormat);
    }

    /// "Ada Lovelace", "London", a password and a gender (Female), typed and picked with
    /// Tab and the arrows; the focus is left on the gender row.
    pub fn fill_register(&mut self) -> &mut Driver {
        self.type_text("Ada Lovelace")
            .act(TAB)
            .type_text("London")
            .act(TAB)
            .type_text("analytical-engine-1843")
            .act(TAB)
            // The first arrow picks the choice under the cursor (Male), the second moves on.
            .act(RIGHT)
            .act(RIGHT)
    }

    /// `fill_register`, with a code sent at t0 and the clock at t0 + 1 s.
    pub fn fill_and_send_code(&mut self) -> &mut Driver {
        self.fill_register()
            .act(TAB) // Code format
            .act(TAB) // Send code
            .act(ENTER)
            .tick_at(Duration::from_secs(1))
    }

    /// The form filled for `name`, the authenticator chosen and Set up authenticator
    /// pressed: the QR code is open.
    pub fn set_up_authenticator(&mut self, name: &str) {
        self.fill_register_form(name, super::CITY, super::STRONG);
        self.focus_register(RegisterField::CodeFormat);
        while self.app.screens.register.delivery != Delivery::Authenticator {
            self.press(RIGHT);
        }
        self.press_send();
    }

    /// Tabs to Send code and presses it.
    pub fn press_send(&mut self) {
        self.focus_register(RegisterField::SendCode);
        self.press(ENTER);
    }

    /// Presses Send code and reads the code off the simulated phone.
    pub fn send_code(&mut self) -> String {
        self.press_send();
        self.sent_code()
    }

    pub fn sent_code(&self) -> String {
        self.app
            .screens
            .register
            .sent_code()
            .expect("a code was sent")
            .to_string()
    }

    /// Types a code into the code field and presses Enter there.
    pub fn submit_code(&mut self, code: &str) {
        self.focus_register(RegisterField::Code);
        self.type_text(code);
        self.press(ENTER);
    }

    pub fn submit(&mut self) {
        self.focus_register(RegisterField::Submit);
        self.press(ENTER);
    }

    // ---- Password screen ----

    /// F3, a length and Enter: focus on the menu.
    pub fn password_screen_with_length(&mut self, length: &str) -> &mut Driver {
        self.press(F3);
        assert_eq!(self.app.screens.password.focus, PasswordField::Length);
        self.type_text(length);
        self.press(ENTER);
        assert_eq!(
            self.app.screens.password.focus,
            PasswordField::Menu,
            "{length}"
        );
        self
    }

    /// On the Password screen: the length, Enter to the menu, pick set 4, Enter.
    pub fn generate_password(&mut self, length: usize) -> &mut Driver {
        self.password_screen_with_length(&length.to_string())
            .act(key('4'))
            .act(ENTER)
    }

    pub fn focus_password(&mut self, field: PasswordField) {
        self.tab_until(20, |app| app.screens.password.focus == field);
        assert_eq!(
            self.app.screens.password.focus, field,
            "Tab never reached {field:?}"
        );
    }

    /// Characters mode's options and password.
    pub fn characters(&self) -> &Characters {
        &self.app.screens.password.characters
    }

    /// The generated password.
    pub fn result(&self) -> String {
        self.app
            .screens
            .password
            .characters
            .result
            .as_ref()
            .expect("a password was generated")
            .expose_secret()
            .to_string()
    }

    /// A new password or passphrase for the options as they are, wherever the focus is (a
    /// user would Tab off a text field first, where `r` is typing).
    pub fn regenerate(&mut self) -> Vec<Effect> {
        self.send(ScreenAction::Password(PasswordAction::NewPassword))
    }

    /// `count` passwords for the current options: the shown one, then regenerated ones.
    pub fn passwords(&mut self, count: usize) -> Vec<String> {
        (0..count)
            .map(|_| {
                self.regenerate();
                self.result()
            })
            .collect()
    }
}
