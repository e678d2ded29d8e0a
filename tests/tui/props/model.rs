//! The model: the app, the clock and the terminal run step by step, with the invariants the
//! app does not check itself checked after every step.

use std::num::NonZeroUsize;
use std::time::{Duration, Instant};

use keysmith::for_tests::Context;
use keysmith::for_tests::PasswordField;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::Screen;
use keysmith::for_tests::{
    AppMsg, Effect, FocusKind, Input, Saving, Settings, SettingsFile, Startup,
};
use keysmith::for_tests::{CharFilter, TextField};
use keysmith::for_tests::{Options, Profile, Remembered, Saved};
use keysmith_core::Toggle;
use keysmith_core::challenge::MAX_WRONG_TRIES;
use keysmith_core::policy::PolicyOptions;
use keysmith_core::sites::Sites;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::Event;
use ratatui::layout::Layout;
use secrecy::ExposeSecret;

use super::strategies::{Field, Sent, Step};
use crate::support::Driver;
use crate::support::keys::{ENTER, RIGHT};

/// Entries in ratatui's per-thread layout cache (500 by default).
const LAYOUT_CACHE: usize = 20_000;

pub(super) struct Run {
    /// The app, its RNG and the clock.
    driver: Driver,
    size: (u16, u16),
    terminal: Terminal<TestBackend>,
    /// When the clipboard should be cleared, followed from the effects (the app keeps it
    /// private).
    clipboard_clear_at: Option<Instant>,
    /// The last password result whose invariants were checked, with its policy.
    checked_result: Option<(String, PolicyOptions)>,
}

impl Run {
    pub(super) fn new(settings: Settings, seed: u64, size: (u16, u16)) -> Run {
        // Room for every layout of every size in `SIZES`.
        Layout::init_cache(NonZeroUsize::new(LAYOUT_CACHE).expect("not zero"));
        // A settings file with two profiles, so the selector and Ctrl+S's prompt are walked too.
        let mut driver = Driver::seeded(settings, seed);
        let profile = |name: &str, length: usize| {
            let options = Options {
                length: Some(length),
                min_digits: Some(2),
                ..Options::default()
            };
            Profile::new(name, options)
        };
        let startup = Startup {
            file: SettingsFile::Remembering("config.toml".into()),
            remembered: Remembered::default(),
            profiles: vec![profile("bank", 12), profile("work", 24)],
            sites: Sites::built_in(),
            note: None,
        };
        let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(seed);
        driver.app.start(startup, &mut rng);
        Run {
            driver,
            size,
            terminal: Terminal::new(TestBackend::new(size.0, size.1)).expect("test terminal"),
            clipboard_clear_at: None,
            checked_result: None,
        }
    }

    fn update(&mut self, msg: impl Into<AppMsg>) {
        let effects = self.driver.send(msg);
        for effect in effects {
            match effect {
                Effect::Copy(secret) => {
                    assert!(!secret.expose_secret().is_empty(), "copied an empty secret");
                    let now = self.driver.now;
                    self.clipboard_clear_at =
                        self.driver.app.settings.clipboard_clear.map(|d| now + d);
                }
                Effect::ClearClipboard => self.clipboard_clear_at = None,
                // As the runtime does: the file answers, and the app says so.
                Effect::Remember(_) => {
                    self.driver.send_remembered(Ok(Saved::Written));
                }
                Effect::SaveProfile(save) => {
                    self.driver.send_profile_saved(save, Ok(Saved::Written));
                }
                // The runtime would stop or suspend; the state must stay sound all the same.
                Effect::Quit | Effect::Interrupt | Effect::Suspend => {}
            }
        }
    }

    /// A key through the real key tables, as a user presses it.
    fn press(&mut self, key: ratatui::crossterm::event::KeyEvent) {
        if let Some(msg) = self.driver.map(&Event::Key(key)) {
            self.update(msg);
        }
    }

    pub(super) fn apply(&mut self, step: &Step) {
        match step {
            Step::Msg(sent) => {
                self.update(sent.msg());
                if matches!(sent, Sent::Tick) {
                    self.check_no_busy_loop();
                }
            }
            Step::Event(event) => {
                if let Event::Resize(w, h) = *event {
                    self.size = (w, h);
                }
                if let Some(msg) = self.driver.map(event) {
                    self.update(msg);
                }
            }
            Step::Advance(by) => self.driver.advance(*by),
            Step::Sleep => {
                if let Some(at) = self.driver.app.next_wakeup() {
                    self.driver.now = self.driver.now.max(at);
                    self.update(AppMsg::Tick);
                    self.check_no_busy_loop();
                }
            }
            Step::Resize(w, h) => self.size = (*w, *h),
            Step::TabTo(field) => self.tab_to(*field),
            Step::FillForm {
                name,
                city,
                password,
            } => {
                for (field, text) in [
                    (RegisterField::Name, name),
                    (RegisterField::City, city),
                    (RegisterField::Password, password),
                ] {
                    self.tab_to(Field::Register(field));
                    self.update(AppMsg::Screen(Input::Paste(text.clone())));
                }
                self.tab_to(Field::Register(RegisterField::Gender));
                self.press(RIGHT);
            }
            Step::Press(field) => {
                self.tab_to(Field::Register(*field));
                self.press(ENTER);
            }
            Step::PasteSentCode => {
                if let Some(code) = self.driver.app.screens.register.sent_code() {
                    let code = code.to_string();
                    self.update(AppMsg::Screen(Input::Paste(code)));
                }
            }
            Step::TryCode { right } => {
                self.tab_to(Field::Register(RegisterField::Code));
                if let Some(code) = self.driver.app.screens.register.sent_code() {
                    let mut code = code.to_string();
                    if !right {
                        let last = code.pop().unwrap_or('2');
                        code.push(if last == '2' { '3' } else { '2' });
                    }
                    self.update(AppMsg::Screen(Input::Paste(code)));
                }
                self.press(ENTER);
            }
        }
    }

    /// Tab gives no effect, so the driver may press it without `update`.
    fn tab_to(&mut self, field: Field) {
        self.driver
            .tab_until(RegisterField::ORDER.len(), |app| match field {
                Field::Register(f) => app.screens.register.focus == f,
                Field::Generator(f) => app.screens.password.focus == f,
            });
    }

    /// Right after a `Tick` at `now`, the next wake-up is strictly later: the runtime never
    /// spins.
    fn check_no_busy_loop(&self) {
        let now = self.driver.app.now;
        if let Some(at) = self.driver.app.next_wakeup() {
            assert!(
                at > now,
                "a Tick leaves a wake-up due now or earlier ({:?} ago): busy loop",
                now - at
            );
        }
    }

    pub(super) fn check(&mut self) {
        let app = &self.driver.app;
        assert!(
            app.now <= self.driver.now,
            "the app's clock is ahead of time"
        );

        // Overlays: at most one, and the login dialog only over the Register screen.
        assert!(
            !(app.dialog().is_some() && app.help_open()),
            "the dialog and the help are both open"
        );
        if app.dialog().is_some() {
            assert_eq!(app.screen, Screen::Register, "a dialog away from Register");
        }

        // Focus on a field that exists in the current focus order.
        let register = &app.screens.register;
        assert!(RegisterField::ORDER.contains(&register.focus));
        let generator = &app.screens.password;
        let order = generator.order();
        assert!(
            order.contains(&generator.focus),
            "Password focus {:?} not in {order:?}",
            generator.focus
        );
        // The profile name prompt takes the typing, whatever the screen's focus.
        let typing_in_prompt = matches!(app.screens.password.saving(), Some(Saving::Naming(_)));
        assert_eq!(
            Context::of(app).focus,
            match app.screen {
                _ if typing_in_prompt => FocusKind::Text,
                // The Site field takes Tab and Right while it offers a domain.
                Screen::Password
                    if generator.focus == PasswordField::Site
                        && generator.characters.offered_completion().is_some() =>
                {
                    FocusKind::Completing
                }
                Screen::Register => register.focus.kind(),
                Screen::Password => generator.focus.kind(),
            }
        );

        // Fields within their limits, holding only what their filters accept.
        for (name, field) in [
            ("name", &register.name),
            ("city", &register.city),
            ("password", &register.password),
        ] {
            check_field(name, field);
            assert!(
                field
                    .value()
                    .chars()
                    .all(|c| CharFilter::Printable.accept(c).is_some()),
                "{name} holds a control character: {:?}",
                field.value()
            );
        }
        check_field("code", &register.code);
        let format = register.code_format();
        assert!(
            register
                .code
                .value()
                .chars()
                .all(|c| c.is_ascii() && format.alphabet().contains(&(c as u8))),
            "code {:?} has characters outside the {} alphabet",
            register.code.value(),
            format.name()
        );
        assert_eq!(
            register.code.limit(),
            format.code_len(),
            "the code field's limit is not the {} code's length",
            format.name()
        );
        check_field("length", &generator.characters.length);
        assert!(
            generator
                .characters
                .length
                .value()
                .chars()
                .all(|c| CharFilter::Digits.accept(c).is_some()),
            "length {:?} is not all digits",
            generator.characters.length.value()
        );

        // The strength shown belongs to a password that is there.
        assert_eq!(
            register.strength.is_some(),
            !register.password.is_empty(),
            "strength {:?} for password of {} characters",
            register.strength,
            register.password.char_count()
        );

        // The one-time code: never more than the allowed wrong tries.
        if let Some(challenge) = register.otp.current() {
            assert!(challenge.wrong_tries() <= MAX_WRONG_TRIES);
            assert_eq!(
                challenge.code().expose_secret().len(),
                challenge.format().code_len()
            );
        }

        self.check_wakeup();
        self.check_result();
    }

    /// While a countdown is live the app wakes within a second, never at once; while only the
    /// clipboard timer runs it wakes for that; otherwise never. All as of the last update, as
    /// the runtime sees it between two messages.
    fn check_wakeup(&self) {
        let app = &self.driver.app;
        let now = app.now;
        let otp = &app.screens.register.otp;
        let countdown =
            otp.current().and_then(|c| c.expires_in(now)).is_some() || otp.cooldown(now).is_some();
        let wakeup = app.next_wakeup();
        // A save waiting for the changes to stop wakes the loop once, when it falls due.
        let save = app.memory.deadline();
        match (countdown, self.clipboard_clear_at) {
            (false, None) => assert_eq!(wakeup, save, "wakes while idle"),
            (false, Some(clear)) => {
                assert_eq!(wakeup, Some(save.map_or(clear, |at| at.min(clear))));
            }
            (true, clear) => {
                let Some(at) = wakeup else {
                    panic!("a live countdown without a wake-up");
                };
                assert!(
                    at <= now + Duration::from_secs(1),
                    "wake-up {:?} away during a countdown",
                    at - now
                );
                // Only a clipboard timer or a save already due may make it due now.
                assert!(
                    at > now || Some(at) == clear || Some(at) == save,
                    "countdown wake-up not in the future"
                );
                if let Some(clear) = clear {
                    assert!(at <= clear, "wakes after the clipboard is due");
                }
            }
        }
    }

    /// A shown password always matches what the Password screen says.
    fn check_result(&mut self) {
        let screen = &self.driver.characters();
        let Some(result) = &screen.result else {
            self.checked_result = None;
            return;
        };
        let policy = screen
            .policy()
            .unwrap_or_else(|problem| panic!("a password is shown under a bad policy: {problem}"));
        let options = screen.options();
        let result = result.expose_secret();
        if self
            .checked_result
            .as_ref()
            .is_some_and(|(text, checked)| text == result && *checked == options)
        {
            return;
        }
        assert_eq!(
            result.chars().count(),
            policy.length(),
            "the password's length"
        );
        let alphabet = policy.alphabet();
        assert!(
            result.bytes().all(|b| alphabet.contains(&b)),
            "password outside the {:?} alphabet",
            options.set
        );
        for requirement in policy.requirements() {
            let count = result
                .bytes()
                .filter(|&b| requirement.chars.contains(b))
                .count();
            assert!(
                count >= requirement.min,
                "fewer than {} of {} although it was asked for",
                requirement.min,
                requirement.name
            );
        }
        if options.toggles.contains(Toggle::NoRepeats) {
            let mut seen = [false; 256];
            for b in result.bytes() {
                assert!(
                    !seen[usize::from(b)],
                    "a repeat although no repeats was asked for"
                );
                seen[usize::from(b)] = true;
            }
        }
        assert!(policy.admits(result.as_bytes()), "the policy admits it");
        self.checked_result = Some((result.to_string(), options));
    }

    pub(super) fn render(&mut self) {
        let (w, h) = self.size;
        self.terminal.backend_mut().resize(w, h);
        let app = &self.driver.app;
        self.terminal
            .draw(|frame| keysmith::for_tests::view(app, frame))
            .unwrap_or_else(|error| panic!("render at {w}×{h} failed: {error}"));
        let backend = self.terminal.backend();
        if backend.cursor_visible() {
            let at = backend.cursor_position();
            assert!(
                at.x < w && at.y < h,
                "cursor at {at:?} outside the {w}×{h} screen"
            );
        }
    }
}

fn check_field(name: &str, field: &TextField) {
    assert!(
        field.char_count() <= field.limit(),
        "{name} holds {} characters, over its limit of {}",
        field.char_count(),
        field.limit()
    );
    assert!(
        field.input().cursor() <= field.char_count(),
        "{name}'s cursor past its end"
    );
}
