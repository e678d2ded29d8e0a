//! User stories as `Msg` sequences through `App` (SPEC §2–§5): no terminal, a seeded RNG,
//! and a clock that moves only when a test says so.
//!
//! Texts and alphabets are spelled out here from the specification rather than taken from the
//! crate, so that these tests check the app against the spec, not against itself.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use keysmith::app::{
    Action, App, Effect, Msg, Outcome, PasswordField, RegisterField, Screen, Settings, Tone,
};
use keysmith::secret::OtpFormat;
use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use secrecy::ExposeSecret;
use tui_input::InputRequest;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
/// Python's `string.punctuation`.
const SYMBOLS: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const LOOK_ALIKES: &str = "lI1O0|`";
const WEAK_LENGTH: &str = "Weak password: the length must be more than 8";

const NAME: &str = "Ada";
const CITY: &str = "Lisbon";
/// Random enough for zxcvbn, and with no run of three characters that the screens print.
const STRONG: &str = "Vq8#mZ2!rTk9wL";

const COOLDOWN: Duration = Duration::from_secs(30);
const DEFAULT_TTL: Duration = Duration::from_secs(300);

/// One user at one terminal: the app, its RNG and the clock.
struct Harness {
    app: App,
    rng: StdRng,
    t0: Instant,
    now: Instant,
}

impl Harness {
    fn new() -> Harness {
        Harness::with(Settings::default())
    }

    fn with(settings: Settings) -> Harness {
        let t0 = Instant::now();
        Harness {
            app: App::new(settings, t0),
            rng: StdRng::seed_from_u64(0x6b65_7973),
            t0,
            now: t0,
        }
    }

    fn send(&mut self, msg: Msg) -> Vec<Effect> {
        self.app.update(msg, self.now, &mut self.rng)
    }

    fn press(&mut self, action: Action) -> Vec<Effect> {
        self.send(Msg::Do(action))
    }

    fn press_times(&mut self, action: Action, times: usize) {
        for _ in 0..times {
            self.press(action);
        }
    }

    /// Types `text` one key at a time into the focused field.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(Msg::Edit(InputRequest::InsertChar(c)));
        }
    }

    fn paste(&mut self, text: &str) {
        self.send(Msg::Paste(text.to_string()));
    }

    fn erase_field(&mut self) {
        self.send(Msg::Edit(InputRequest::GoToEnd));
        self.send(Msg::Edit(InputRequest::DeleteLine));
    }

    /// Moves the clock only; the app sees the time with the next message.
    fn advance(&mut self, by: Duration) {
        self.now += by;
    }

    fn at(&mut self, since_start: Duration) {
        self.now = self.t0 + since_start;
    }

    fn tick(&mut self) -> Vec<Effect> {
        self.send(Msg::Tick)
    }

    fn status(&self) -> &str {
        self.app.status.as_ref().map_or("", |s| s.text.as_str())
    }

    fn status_tone(&self) -> Option<Tone> {
        self.app.status.as_ref().map(|s| s.tone)
    }

    // ---- Register screen ----

    /// Tabs forward until `field` has focus.
    fn focus_register(&mut self, field: RegisterField) {
        for _ in 0..RegisterField::ORDER.len() {
            if self.app.register.focus == field {
                return;
            }
            self.press(Action::FocusNext);
        }
        assert_eq!(
            self.app.register.focus, field,
            "Tab never reached {field:?}"
        );
    }

    /// Name, city and password, each followed by Enter, then Enter on the gender row
    /// (which picks Male and goes on). Focus ends on the code format selector.
    fn fill_register_form(&mut self, name: &str, city: &str, password: &str) {
        self.focus_register(RegisterField::Name);
        self.type_text(name);
        self.press(Action::Activate);
        self.type_text(city);
        self.press(Action::Activate);
        self.type_text(password);
        self.press(Action::Activate);
        assert_eq!(self.app.register.focus, RegisterField::Gender);
        self.press(Action::Activate);
        assert_eq!(self.app.register.focus, RegisterField::CodeFormat);
    }

    /// Tabs to Send code and presses it.
    fn press_send(&mut self) {
        self.focus_register(RegisterField::SendCode);
        self.press(Action::Activate);
    }

    /// Presses Send code and reads the code off the simulated phone.
    fn send_code(&mut self) -> String {
        self.press_send();
        self.sent_code()
    }

    fn sent_code(&self) -> String {
        self.app
            .register
            .sent_code()
            .expect("a code was sent")
            .to_string()
    }

    /// Types a code into the code field and presses Enter there.
    fn submit_code(&mut self, code: &str) {
        self.focus_register(RegisterField::Code);
        self.type_text(code);
        self.press(Action::Activate);
    }

    fn submit(&mut self) {
        self.focus_register(RegisterField::Submit);
        self.press(Action::Activate);
    }

    /// The open dialog's title and message.
    fn dialog(&self) -> (&'static str, String) {
        let dialog = self.app.dialog.as_ref().expect("a dialog is open");
        (dialog.title(), dialog.message.clone())
    }

    fn close_dialog(&mut self) {
        assert!(self.app.dialog.is_some(), "no dialog to close");
        self.press(Action::Close);
        assert!(self.app.dialog.is_none());
    }

    // ---- Password screen ----

    /// F3, a length and Enter: focus on the menu.
    fn password_screen_with_length(&mut self, length: &str) {
        self.press(Action::ShowPassword);
        assert_eq!(self.app.password.focus, PasswordField::Length);
        self.type_text(length);
        self.press(Action::Activate);
        assert_eq!(self.app.password.focus, PasswordField::Menu, "{length}");
    }

    fn focus_password(&mut self, field: PasswordField) {
        for _ in 0..8 {
            if self.app.password.focus == field {
                return;
            }
            self.press(Action::FocusNext);
        }
        assert_eq!(
            self.app.password.focus, field,
            "Tab never reached {field:?}"
        );
    }

    fn result(&self) -> String {
        self.app
            .password
            .result
            .as_ref()
            .expect("a password was generated")
            .expose_secret()
            .to_string()
    }

    /// `count` passwords for the current options: the shown one, then regenerated ones.
    fn passwords(&mut self, count: usize) -> Vec<String> {
        (0..count)
            .map(|_| {
                self.press(Action::Regenerate);
                self.result()
            })
            .collect()
    }
}

/// A code of the same format that is not `code`: every character changed.
fn wrong_code(code: &str) -> String {
    code.chars()
        .map(|c| match c {
            '2' => '3',
            _ => '2',
        })
        .collect()
}

/// The whole screen as text, one line per row.
fn render(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test terminal");
    terminal
        .draw(|frame| keysmith::ui::view(app, frame))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn assert_only_from(password: &str, alphabet: &str, what: &str) {
    for c in password.chars() {
        assert!(
            alphabet.contains(c),
            "{what}: {c:?} in {password:?} is not in {alphabet:?}"
        );
    }
}

fn has_any(password: &str, class: &str) -> bool {
    password.chars().any(|c| class.contains(c))
}

// ============================================================================================
// Register screen: the code
// ============================================================================================

#[test]
fn the_right_code_logs_the_user_in_with_a_welcome() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    assert_eq!(code.len(), 6);
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
    assert_eq!(
        h.app.register.focus,
        RegisterField::Code,
        "Send moves focus"
    );
    assert!(h.status().starts_with("Code sent"), "{}", h.status());

    h.advance(Duration::from_secs(12));
    h.submit_code(&code);

    let dialog = h.app.dialog.as_ref().expect("a dialog");
    assert_eq!(dialog.outcome, Outcome::Success);
    assert_eq!(
        h.dialog(),
        ("Login successful", "Welcome, Ada from Lisbon!".to_string())
    );
}

#[test]
fn a_wrong_code_is_denied_and_counts_down_the_tries() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    let bad = wrong_code(&code);

    h.submit_code(&bad);
    assert_eq!(
        h.dialog(),
        ("Login denied", "Wrong code — 2 tries left".to_string())
    );
    assert_eq!(
        h.app.dialog.as_ref().map(|d| d.outcome),
        Some(Outcome::Denied)
    );
    h.close_dialog();
    assert_eq!(h.app.register.name.value(), NAME, "a denial keeps the form");
    assert!(h.app.register.code.is_empty(), "the typed code is cleared");

    h.submit_code(&bad);
    assert_eq!(
        h.dialog(),
        ("Login denied", "Wrong code — 1 try left".to_string())
    );
}

#[test]
fn three_wrong_tries_void_the_code_so_even_the_right_one_is_denied() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    let bad = wrong_code(&code);
    for _ in 0..2 {
        h.submit_code(&bad);
        h.close_dialog();
    }
    h.submit_code(&bad);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(
        message.to_lowercase().contains("too many wrong tries"),
        "{message}"
    );
    h.close_dialog();

    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(
        message.to_lowercase().contains("too many wrong tries"),
        "{message}"
    );
    assert!(message.contains("send a new code"), "{message}");
}

#[test]
fn a_code_expires_after_the_default_ttl_of_five_minutes() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(DEFAULT_TTL);
    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.to_lowercase().contains("expired"), "{message}");
    assert!(message.contains("send a new code"), "{message}");
}

#[test]
fn a_code_still_works_just_before_its_ttl() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(DEFAULT_TTL - Duration::from_millis(1));
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn a_custom_ttl_from_the_settings_sets_when_the_code_expires() {
    let ttl = Duration::from_secs(60);
    let settings = Settings {
        otp_ttl: ttl,
        ..Settings::default()
    };

    let mut h = Harness::with(settings);
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(ttl - Duration::from_secs(1));
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");

    let mut h = Harness::with(settings);
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(ttl);
    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.to_lowercase().contains("expired"), "{message}");
}

#[test]
fn submitting_before_any_code_was_sent_is_denied() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.contains("No code was sent"), "{message}");

    h.close_dialog();
    h.submit_code("123456");
    assert_eq!(h.dialog().0, "Login denied");
}

#[test]
fn a_partly_typed_code_asks_for_the_rest_and_costs_no_try() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.submit_code(&code[..3]);
    assert!(h.app.dialog.is_none());
    assert_eq!(h.status(), "Type all 6 characters of the code");
    assert_eq!(h.app.register.focus, RegisterField::Code);
    h.erase_field();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn a_second_send_within_30_seconds_is_refused_and_allowed_at_30() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let first = h.send_code();

    h.advance(Duration::from_secs(10));
    h.press_send();
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert_eq!(h.status(), "Please wait 20s before sending a new code");
    assert_eq!(h.sent_code(), first, "the refused send keeps the code");

    h.at(COOLDOWN - Duration::from_millis(500));
    h.press_send();
    assert_eq!(h.status(), "Please wait 1s before sending a new code");

    h.at(COOLDOWN);
    let second = h.send_code();
    assert_eq!(h.status_tone(), Some(Tone::Info));
    assert!(h.status().starts_with("Code sent"), "{}", h.status());
    assert_ne!(second, first, "a new code was drawn");
    assert_eq!(h.app.register.focus, RegisterField::Code);
}

#[test]
fn a_replaced_code_no_longer_works_but_the_new_one_does() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let old = h.send_code();
    h.at(COOLDOWN);
    let new = h.send_code();
    assert_ne!(old, new);

    h.submit_code(&old);
    assert_eq!(
        h.dialog(),
        ("Login denied", "Wrong code — 2 tries left".to_string())
    );
    h.close_dialog();

    h.submit_code(&new);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn closing_the_success_dialog_with_esc_clears_the_form() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.press(Action::RevealPassword);
    let code = h.send_code();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");

    h.press(Action::Close);
    assert!(h.app.dialog.is_none());
    let form = &h.app.register;
    assert!(form.name.is_empty());
    assert!(form.city.is_empty());
    assert!(form.password.is_empty());
    assert!(form.code.is_empty());
    assert_eq!(form.gender, None);
    assert_eq!(form.strength, None);
    assert!(!form.reveal_password, "the password is hidden again");
    assert_eq!(form.sent_code(), None, "the used code is forgotten");
    assert_eq!(form.focus, RegisterField::Name);
}

#[test]
fn closing_the_success_dialog_with_enter_clears_the_form_too() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.submit_code(&code);
    h.press(Action::Activate);
    assert!(h.app.dialog.is_none());
    assert!(h.app.register.name.is_empty());
    assert!(h.app.register.password.is_empty());
    assert_eq!(h.app.register.focus, RegisterField::Name);
}

#[test]
fn an_open_dialog_swallows_typing_and_navigation() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    assert!(h.app.dialog.is_some());
    let focus = h.app.register.focus;
    h.type_text("xyz");
    h.press(Action::FocusNext);
    h.press(Action::ShowPassword);
    h.press(Action::ToggleHelp);
    assert!(h.app.dialog.is_some());
    assert_eq!(h.app.register.focus, focus);
    assert_eq!(h.app.screen, Screen::Register);
    assert!(!h.app.help);
    assert!(h.app.register.code.is_empty());
}

#[test]
fn the_cooldown_outlives_a_cleared_form() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.submit_code(&code);
    h.close_dialog();
    h.advance(Duration::from_secs(5));
    h.press_send();
    assert_eq!(h.status(), "Please wait 25s before sending a new code");
    assert_eq!(h.app.register.sent_code(), None);
}

// ============================================================================================
// Register screen: the fields
// ============================================================================================

/// Fills every required field but `missing` (gender by Space on the row), then submits.
fn submit_without(missing: RegisterField) -> Harness {
    let mut h = Harness::new();
    for (field, text) in [
        (RegisterField::Name, NAME),
        (RegisterField::City, CITY),
        (RegisterField::Password, STRONG),
    ] {
        if field != missing {
            h.focus_register(field);
            h.type_text(text);
        }
    }
    if missing != RegisterField::Gender {
        h.focus_register(RegisterField::Gender);
        h.press(Action::Toggle);
        assert!(h.app.register.gender.is_some());
    }
    h.submit();
    h
}

#[test]
fn a_missing_name_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::Name);
    assert!(h.app.dialog.is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("Name"), "{}", h.status());
    assert_eq!(h.app.register.focus, RegisterField::Name);
}

#[test]
fn a_missing_city_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::City);
    assert!(h.app.dialog.is_none());
    assert!(h.status().contains("City"), "{}", h.status());
    assert_eq!(h.app.register.focus, RegisterField::City);
}

#[test]
fn a_missing_password_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::Password);
    assert!(h.app.dialog.is_none());
    assert!(h.status().contains("Password"), "{}", h.status());
    assert_eq!(h.app.register.focus, RegisterField::Password);
}

#[test]
fn a_missing_gender_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::Gender);
    assert!(h.app.dialog.is_none());
    assert!(h.status().contains("Gender"), "{}", h.status());
    assert_eq!(h.app.register.focus, RegisterField::Gender);
}

#[test]
fn with_several_fields_missing_the_first_one_is_named() {
    let mut h = Harness::new();
    h.focus_register(RegisterField::Password);
    h.type_text(STRONG);
    h.submit();
    assert!(h.status().contains("Name"), "{}", h.status());
    assert!(!h.status().contains("City"), "{}", h.status());
    assert_eq!(h.app.register.focus, RegisterField::Name);
}

#[test]
fn a_too_short_password_is_refused_with_the_reason_and_a_hint_to_f3() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, "Xq9#z");
    h.send_code();
    h.submit();
    assert!(h.app.dialog.is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    let status = h.status();
    assert!(status.contains("too short"), "{status}");
    assert!(status.contains('8'), "{status}");
    assert!(status.contains("F3"), "{status}");
    assert_eq!(h.app.register.focus, RegisterField::Password);
}

#[test]
fn a_common_password_is_refused_with_zxcvbns_reason_and_a_hint_to_f3() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, "password123");
    let strength = h.app.register.strength.as_ref().expect("assessed");
    assert!(strength.score < 2, "score {}", strength.score);
    let code = h.send_code();
    h.submit_code(&code);
    assert!(h.app.dialog.is_none(), "the code is not even checked");
    let status = h.status();
    assert!(status.contains("too weak"), "{status}");
    assert!(status.contains("F3"), "{status}");
    if let Some(warning) = &h.app.register.strength.as_ref().expect("assessed").warning {
        assert!(status.contains(warning.as_str()), "{status}");
    }
    assert_eq!(h.app.register.focus, RegisterField::Password);
}

#[test]
fn a_password_made_of_the_name_is_re_rated_when_the_name_is_typed_after_it() {
    let mut h = Harness::new();
    h.focus_register(RegisterField::Password);
    h.type_text("quetzalcoatl77");
    let alone = h.app.register.strength.as_ref().expect("assessed").score;
    assert!(alone >= 2, "strong on its own: {alone}");

    h.focus_register(RegisterField::Name);
    h.type_text("Quetzalcoatl");
    let with_name = h.app.register.strength.as_ref().expect("assessed").score;
    assert!(with_name < 2, "the name counts against it: {with_name}");

    h.press(Action::Activate);
    h.type_text(CITY);
    h.focus_register(RegisterField::Gender);
    h.press(Action::Toggle);
    h.submit();
    assert!(h.status().contains("too weak"), "{}", h.status());
    assert_eq!(h.app.register.focus, RegisterField::Password);
}

#[test]
fn tab_and_shift_tab_walk_the_focus_ring_and_wrap() {
    let mut h = Harness::new();
    let order = RegisterField::ORDER;
    assert_eq!(h.app.register.focus, order[0]);
    for &expected in order.iter().skip(1).chain(order.iter().take(1)) {
        h.press(Action::FocusNext);
        assert_eq!(h.app.register.focus, expected);
    }
    h.press(Action::FocusPrev);
    assert_eq!(h.app.register.focus, RegisterField::Submit, "wraps back");
    for &expected in order.iter().rev().skip(1) {
        h.press(Action::FocusPrev);
        assert_eq!(h.app.register.focus, expected);
    }
    assert_eq!(h.app.register.focus, RegisterField::Name);
}

#[test]
fn down_and_up_walk_the_focus_ring_and_wrap() {
    let mut h = Harness::new();
    h.press(Action::Up);
    assert_eq!(h.app.register.focus, RegisterField::Submit);
    h.press(Action::Down);
    assert_eq!(h.app.register.focus, RegisterField::Name);
    h.press_times(Action::Down, 3);
    assert_eq!(h.app.register.focus, RegisterField::Gender);
    h.press_times(Action::Down, 5);
    assert_eq!(h.app.register.focus, RegisterField::Name);
}

#[test]
fn enter_in_a_text_field_moves_to_the_next_field() {
    let mut h = Harness::new();
    h.type_text(NAME);
    h.press(Action::Activate);
    assert_eq!(h.app.register.focus, RegisterField::City);
    h.press(Action::Activate);
    assert_eq!(h.app.register.focus, RegisterField::Password);
    h.press(Action::Activate);
    assert_eq!(h.app.register.focus, RegisterField::Gender);
    assert!(h.app.dialog.is_none());
    assert_eq!(h.app.status, None, "moving on submits nothing");
}

#[test]
fn enter_in_the_code_field_submits() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    assert_eq!(h.app.register.focus, RegisterField::Code);
    h.type_text(&code);
    h.press(Action::Activate);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn gender_arrows_pick_then_move_the_choice_and_space_picks_it() {
    let mut h = Harness::new();
    h.focus_register(RegisterField::Gender);
    assert_eq!(h.app.register.gender, None);
    let label = |h: &Harness| h.app.register.gender.map(|g| g.label());
    h.press(Action::Right);
    assert_eq!(
        label(&h),
        Some("Male"),
        "the first arrow picks the one under the cursor"
    );
    h.press(Action::Right);
    assert_eq!(label(&h), Some("Female"));
    h.press(Action::Right);
    assert_eq!(label(&h), Some("Other"));
    h.press(Action::Right);
    assert_eq!(label(&h), Some("Male"), "wraps");
    h.press(Action::Left);
    assert_eq!(label(&h), Some("Other"), "wraps back");
    h.press(Action::Toggle);
    assert_eq!(label(&h), Some("Other"));
    assert_eq!(h.app.register.focus, RegisterField::Gender, "Space stays");
}

#[test]
fn the_digits6_code_field_takes_only_six_digits() {
    let mut h = Harness::new();
    h.focus_register(RegisterField::Code);
    h.type_text("1a2b 3c-4D5e6f7g8");
    assert_eq!(h.app.register.code.value(), "123456");

    h.erase_field();
    h.paste("98 76-54\n32 10");
    assert_eq!(h.app.register.code.value(), "987654");
}

#[test]
fn right_on_the_format_selector_cycles_the_formats_and_the_code_field_follows() {
    let mut h = Harness::new();
    h.focus_register(RegisterField::CodeFormat);
    let mut seen = vec![h.app.register.format];
    for _ in 0..4 {
        h.press(Action::Right);
        seen.push(h.app.register.format);
    }
    assert_eq!(
        seen,
        [
            OtpFormat::Digits6,
            OtpFormat::Digits8,
            OtpFormat::Digits4,
            OtpFormat::Alnum6,
            OtpFormat::Digits6
        ]
    );
    h.press(Action::Right);
    assert_eq!(h.app.register.format, OtpFormat::Digits8);
    h.focus_register(RegisterField::Code);
    h.type_text("1234567890");
    assert_eq!(h.app.register.code.value(), "12345678");
}

#[test]
fn an_alnum6_code_is_typed_case_insensitively_without_look_alikes() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    assert_eq!(h.app.register.focus, RegisterField::CodeFormat);
    h.press_times(Action::Right, 3);
    assert_eq!(h.app.register.format, OtpFormat::Alnum6);

    h.focus_register(RegisterField::Code);
    h.type_text("ab0o1i-z9");
    assert_eq!(
        h.app.register.code.value(),
        "ABZ9",
        "upper-cased; 0 O 1 I dropped"
    );
    h.erase_field();

    let code = h.send_code();
    assert_eq!(code.len(), 6);
    assert_only_from(&code, "23456789ABCDEFGHJKLMNPQRSTUVWXYZ", "alnum6 code");
    h.focus_register(RegisterField::Code);
    h.type_text(&format!("{}!", code.to_lowercase()));
    assert_eq!(h.app.register.code.value(), code);
    h.press(Action::Activate);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn ctrl_r_toggles_showing_the_password() {
    let mut h = Harness::new();
    assert!(!h.app.register.reveal_password);
    h.press(Action::RevealPassword);
    assert!(h.app.register.reveal_password);
    h.press(Action::RevealPassword);
    assert!(!h.app.register.reveal_password);
}

#[test]
fn the_masked_password_never_appears_on_screen_until_ctrl_r() {
    let mut h = Harness::new();
    h.focus_register(RegisterField::Name);
    h.type_text(NAME);
    h.press(Action::Activate);
    h.type_text(CITY);
    h.press(Action::Activate);
    h.type_text(STRONG);
    let chars: Vec<char> = STRONG.chars().collect();

    let masked = render(&h.app);
    for window in chars.windows(3) {
        let piece: String = window.iter().collect();
        assert!(
            !masked.contains(&piece),
            "{piece:?} of the password is on screen:\n{masked}"
        );
    }
    let bullets = "•".repeat(chars.len());
    assert!(masked.contains(&bullets), "{masked}");
    assert!(!masked.contains(&format!("{bullets}•")), "{masked}");

    h.press(Action::RevealPassword);
    let shown = render(&h.app);
    assert!(shown.contains(STRONG), "{shown}");
    assert_eq!(
        masked.matches('•').count() - shown.matches('•').count(),
        chars.len(),
        "one bullet per character, and only there"
    );
}

#[test]
fn next_wakeup_is_none_when_idle_and_at_most_a_second_ahead_while_a_code_is_live() {
    let mut h = Harness::new();
    assert_eq!(h.app.next_wakeup(), None, "idle at start");
    h.fill_register_form(NAME, CITY, STRONG);
    assert_eq!(h.app.next_wakeup(), None, "typing starts no timer");

    h.send_code();
    for since in [0, 1_500, 29_999, 45_250, 299_001] {
        h.at(Duration::from_millis(since));
        h.tick();
        let wake = h.app.next_wakeup().expect("a countdown is live");
        assert!(wake > h.now, "at {since} ms");
        assert!(wake - h.now <= Duration::from_secs(1), "at {since} ms");
    }
    h.at(Duration::from_millis(1_500));
    h.tick();
    assert_eq!(
        h.app.next_wakeup(),
        Some(h.t0 + Duration::from_secs(2)),
        "wakes when the shown second changes"
    );

    h.at(DEFAULT_TTL);
    h.tick();
    assert_eq!(h.app.next_wakeup(), None, "idle again after expiry");
}

#[test]
fn next_wakeup_covers_the_resend_cooldown_after_a_short_ttl() {
    let settings = Settings {
        otp_ttl: Duration::from_secs(5),
        ..Settings::default()
    };
    let mut h = Harness::with(settings);
    h.fill_register_form(NAME, CITY, STRONG);
    h.send_code();
    h.at(Duration::from_secs(10));
    h.tick();
    let wake = h.app.next_wakeup().expect("the Send button counts down");
    assert!(wake - h.now <= Duration::from_secs(1));
    h.at(COOLDOWN);
    h.tick();
    assert_eq!(h.app.next_wakeup(), None);
}

// ============================================================================================
// Password screen
// ============================================================================================

#[test]
fn a_length_of_8_is_weak_and_offers_no_menu() {
    let mut h = Harness::new();
    h.press(Action::ShowPassword);
    assert_eq!(h.app.screen, Screen::Password);
    h.type_text("8");
    assert_eq!(h.app.password.problem().as_deref(), Some(WEAK_LENGTH));
    assert!(!h.app.password.menu_visible());

    h.press(Action::Activate);
    assert_eq!(h.status(), WEAK_LENGTH);
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert_eq!(h.app.password.focus, PasswordField::Length);

    for action in [
        Action::FocusNext,
        Action::FocusPrev,
        Action::Down,
        Action::Up,
        Action::PickOption(2),
        Action::Regenerate,
    ] {
        h.press(action);
        assert_eq!(h.app.password.focus, PasswordField::Length, "{action:?}");
    }
    assert!(h.app.password.result.is_none());
    assert_eq!(h.app.password.set.number(), 4, "PickOption did nothing");
}

#[test]
fn a_length_of_9_shows_the_menu_and_enter_moves_to_it() {
    let mut h = Harness::new();
    h.press(Action::ShowPassword);
    h.type_text("9");
    assert_eq!(h.app.password.problem(), None);
    assert!(h.app.password.menu_visible());
    h.press(Action::Activate);
    assert_eq!(h.app.password.focus, PasswordField::Menu);
    assert!(
        h.app.password.result.is_none(),
        "Enter on the length only moves"
    );
}

#[test]
fn the_length_field_takes_digits_only_and_explains_bad_lengths() {
    let mut h = Harness::new();
    h.press(Action::ShowPassword);
    h.type_text("x1-2 ");
    assert_eq!(h.app.password.length.value(), "12");

    h.erase_field();
    let empty = h.app.password.problem().expect("empty length");
    assert!(empty.contains("more than 8"), "{empty}");

    h.type_text("0");
    assert_eq!(h.app.password.problem().as_deref(), Some(WEAK_LENGTH));

    h.erase_field();
    h.type_text("1025");
    let too_long = h.app.password.problem().expect("too long");
    assert!(too_long.contains("1024"), "{too_long}");

    h.erase_field();
    h.paste("184467440737095516161844674407370955161");
    let huge = h.app.password.problem().expect("no overflow");
    assert!(huge.contains("1024"), "{huge}");
    assert!(!h.app.password.menu_visible());
}

#[test]
fn option_1_gives_only_small_letters() {
    let mut h = Harness::new();
    h.password_screen_with_length("20");
    h.press(Action::PickOption(1));
    assert_eq!(h.app.password.focus, PasswordField::Menu);
    h.press(Action::Activate);
    assert_eq!(h.app.password.focus, PasswordField::Result);
    for password in h.passwords(50) {
        assert_eq!(password.len(), 20);
        assert_only_from(&password, LOWER, "option 1");
    }
}

#[test]
fn option_2_gives_capital_and_small_letters_with_each_class() {
    let mut h = Harness::new();
    h.password_screen_with_length("20");
    h.press(Action::PickOption(2));
    h.press(Action::Activate);
    let letters = format!("{LOWER}{UPPER}");
    for password in h.passwords(50) {
        assert_only_from(&password, &letters, "option 2");
        assert!(
            has_any(&password, LOWER) && has_any(&password, UPPER),
            "{password}"
        );
    }
}

#[test]
fn option_3_gives_letters_and_numbers_with_each_class() {
    let mut h = Harness::new();
    h.password_screen_with_length("20");
    h.press(Action::PickOption(3));
    h.press(Action::Activate);
    let alnum = format!("{LOWER}{UPPER}{DIGITS}");
    for password in h.passwords(50) {
        assert_only_from(&password, &alnum, "option 3");
        for class in [LOWER, UPPER, DIGITS] {
            assert!(has_any(&password, class), "{password} lacks {class}");
        }
    }
}

#[test]
fn option_4_gives_the_94_printable_ascii_characters_with_each_class() {
    let mut h = Harness::new();
    h.password_screen_with_length("20");
    h.press(Action::PickOption(4));
    h.press(Action::Activate);
    let all = format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}");
    assert_eq!(all.len(), 94);
    let mut seen = HashSet::new();
    for password in h.passwords(200) {
        assert_only_from(&password, &all, "option 4");
        for class in [LOWER, UPPER, DIGITS, SYMBOLS] {
            assert!(has_any(&password, class), "{password} lacks {class}");
        }
        seen.extend(password.chars());
    }
    assert_eq!(seen.len(), 94, "every one of the 94 turns up in 4000 draws");
}

#[test]
fn up_and_down_in_the_menu_change_the_set_and_wrap() {
    let mut h = Harness::new();
    h.password_screen_with_length("12");
    assert_eq!(h.app.password.set.number(), 4, "the default is option 4");
    h.press(Action::Up);
    assert_eq!(h.app.password.set.number(), 3);
    h.press(Action::Up);
    assert_eq!(h.app.password.set.number(), 2);
    h.press(Action::Down);
    assert_eq!(h.app.password.set.number(), 3);
    h.press_times(Action::Down, 2);
    assert_eq!(h.app.password.set.number(), 1, "wraps");
    assert_eq!(h.app.password.focus, PasswordField::Menu, "focus stays");

    h.press(Action::Activate);
    assert_only_from(&h.result(), LOWER, "picked with the arrows");
}

#[test]
fn changing_the_set_with_a_password_shown_redraws_it_from_the_new_set() {
    let mut h = Harness::new();
    h.password_screen_with_length("16");
    h.press(Action::Activate);
    h.focus_password(PasswordField::Menu);
    h.press(Action::PickOption(1));
    assert_only_from(&h.result(), LOWER, "redrawn");
    assert_eq!(h.app.password.focus, PasswordField::Menu);
}

#[test]
fn no_look_alikes_keeps_out_every_look_alike() {
    let mut h = Harness::new();
    h.password_screen_with_length("64");
    h.press(Action::Activate);
    h.focus_password(PasswordField::NoLookAlikes);
    assert!(!h.app.password.no_look_alikes, "off by default");
    h.press(Action::Toggle);
    assert!(h.app.password.no_look_alikes);
    assert_eq!(h.app.password.focus, PasswordField::NoLookAlikes);
    let shown = h.result();
    assert!(
        !has_any(&shown, LOOK_ALIKES),
        "the shown one is redrawn: {shown}"
    );
    for password in h.passwords(100) {
        assert!(!has_any(&password, LOOK_ALIKES), "{password}");
        assert_eq!(password.len(), 64);
    }
}

#[test]
fn no_repeats_gives_distinct_characters() {
    let mut h = Harness::new();
    h.password_screen_with_length("60");
    h.focus_password(PasswordField::NoRepeats);
    assert!(!h.app.password.no_repeats, "off by default");
    h.press(Action::Toggle);
    assert!(h.app.password.no_repeats);
    let entropy = h.app.password.entropy().expect("valid options");
    assert!(entropy.no_repeats_cost.is_some_and(|cost| cost > 0.0));
    h.press(Action::Activate);
    for password in h.passwords(50) {
        let distinct: HashSet<char> = password.chars().collect();
        assert_eq!(distinct.len(), 60, "{password}");
    }
}

#[test]
fn each_class_can_be_turned_off() {
    let mut h = Harness::new();
    h.password_screen_with_length("9");
    h.focus_password(PasswordField::EachClass);
    assert!(h.app.password.each_class, "on by default");
    h.press(Action::Toggle);
    assert!(!h.app.password.each_class);
    h.press(Action::Activate);
    let passwords = h.passwords(100);
    let all = format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}");
    for password in &passwords {
        assert_only_from(password, &all, "each class off");
    }
    assert!(
        passwords.iter().any(|p| ![LOWER, UPPER, DIGITS, SYMBOLS]
            .iter()
            .all(|c| has_any(p, c))),
        "with each-class off, some 9-character password lacks a class"
    );
    h.focus_password(PasswordField::EachClass);
    h.press(Action::Toggle);
    assert!(h.app.password.each_class, "and back on");
}

#[test]
fn regenerate_and_enter_on_the_result_make_a_new_password() {
    let mut h = Harness::new();
    h.password_screen_with_length("16");
    h.press(Action::Activate);
    let first = h.result();
    assert_eq!(first.len(), 16);
    h.press(Action::Regenerate);
    let second = h.result();
    assert_ne!(first, second);
    assert_eq!(h.app.password.focus, PasswordField::Result);
    h.press(Action::Activate);
    let third = h.result();
    assert_ne!(second, third);
}

#[test]
fn the_result_joins_the_focus_ring_once_there_is_one() {
    let mut h = Harness::new();
    h.password_screen_with_length("16");
    h.press(Action::FocusPrev);
    assert_eq!(h.app.password.focus, PasswordField::Length);
    h.press(Action::FocusPrev);
    assert_eq!(
        h.app.password.focus,
        PasswordField::NoRepeats,
        "no Result yet"
    );
    h.press(Action::Activate);
    assert_eq!(h.app.password.focus, PasswordField::Result);
    h.press(Action::FocusNext);
    assert_eq!(h.app.password.focus, PasswordField::Length, "wraps");
}

#[test]
fn copy_yields_the_password_and_the_clipboard_clears_after_10_seconds() {
    let mut h = Harness::new();
    h.password_screen_with_length("16");
    h.press(Action::Activate);
    let password = h.result();

    let effects = h.press(Action::Copy);
    match effects.as_slice() {
        [Effect::Copy(secret)] => assert_eq!(secret.expose_secret(), password),
        other => panic!("expected one Copy, got {other:?}"),
    }
    assert_eq!(h.status(), "Copied — clipboard clears in 10 s");
    assert_eq!(h.app.next_wakeup(), Some(h.t0 + Duration::from_secs(10)));

    h.advance(Duration::from_millis(9_999));
    assert!(h.tick().is_empty(), "not before 10 s");
    h.at(Duration::from_secs(10));
    let effects = h.tick();
    assert!(
        matches!(effects.as_slice(), [Effect::ClearClipboard]),
        "{effects:?}"
    );
    assert_eq!(h.app.next_wakeup(), None);
    h.advance(Duration::from_secs(10));
    assert!(h.tick().is_empty(), "cleared once only");
}

#[test]
fn copying_again_restarts_the_clipboard_timer() {
    let mut h = Harness::new();
    h.password_screen_with_length("16");
    h.press(Action::Activate);
    h.press(Action::Copy);
    h.at(Duration::from_secs(5));
    h.press(Action::Copy);
    h.at(Duration::from_secs(10));
    assert!(h.tick().is_empty());
    h.at(Duration::from_secs(15));
    assert!(matches!(h.tick().as_slice(), [Effect::ClearClipboard]));
}

#[test]
fn without_a_clipboard_clear_setting_no_clear_is_scheduled() {
    let settings = Settings {
        clipboard_clear: None,
        ..Settings::default()
    };
    let mut h = Harness::with(settings);
    h.password_screen_with_length("16");
    h.press(Action::Activate);
    let effects = h.press(Action::Copy);
    assert!(matches!(effects.as_slice(), [Effect::Copy(_)]));
    assert!(!h.status().contains("clears"), "{}", h.status());
    assert_eq!(h.app.next_wakeup(), None);
    h.advance(Duration::from_secs(3600));
    assert!(h.tick().is_empty());
}

#[test]
fn copy_before_generating_says_there_is_nothing_to_copy() {
    let mut h = Harness::new();
    h.password_screen_with_length("16");
    assert!(h.press(Action::Copy).is_empty());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("Nothing to copy"), "{}", h.status());
}

#[test]
fn use_in_register_fills_the_register_password_and_says_so() {
    let mut h = Harness::new();
    h.password_screen_with_length("20");
    h.press(Action::Activate);
    let password = h.result();
    h.press(Action::UseInRegister);
    assert_eq!(h.app.register.password.value(), password);
    assert!(h.app.register.strength.is_some(), "strength is assessed");
    assert_eq!(h.status_tone(), Some(Tone::Info));
    assert!(h.status().contains("Register"), "{}", h.status());
    assert!(h.status().contains("password"), "{}", h.status());
    assert_eq!(h.app.screen, Screen::Password, "stays on the screen");

    h.press(Action::ShowRegister);
    h.focus_register(RegisterField::Name);
    h.type_text(NAME);
    h.focus_register(RegisterField::City);
    h.type_text(CITY);
    h.focus_register(RegisterField::Gender);
    h.press(Action::Toggle);
    let code = h.send_code();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful", "the generated one passes");
}

#[test]
fn no_repeats_past_the_size_of_the_set_is_refused_with_a_message() {
    let mut h = Harness::new();
    h.password_screen_with_length("95");
    h.press(Action::PickOption(4));
    h.focus_password(PasswordField::NoRepeats);
    h.press(Action::Toggle);
    let problem = h.app.password.problem().expect("refused");
    assert!(problem.contains("94"), "{problem}");
    assert_eq!(h.app.password.entropy(), None);

    h.press(Action::Activate);
    assert!(h.app.password.result.is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("94"), "{}", h.status());
    h.press(Action::Regenerate);
    assert!(h.app.password.result.is_none());
    let _ = render(&h.app);
}

#[test]
fn turning_no_repeats_on_past_the_set_drops_a_shown_password() {
    let mut h = Harness::new();
    h.password_screen_with_length("30");
    h.press(Action::PickOption(1));
    h.press(Action::Activate);
    assert!(h.app.password.result.is_some());
    h.focus_password(PasswordField::NoRepeats);
    h.press(Action::Toggle);
    assert!(h.app.password.result.is_none(), "30 > 26: no password fits");
    assert!(h.app.password.problem().expect("refused").contains("26"));
    assert_eq!(h.app.password.focus, PasswordField::NoRepeats);
    h.press(Action::Toggle);
    assert!(
        h.app.password.result.is_none(),
        "nothing comes back by itself"
    );
}

#[test]
fn editing_the_length_redraws_a_shown_password_to_the_new_length() {
    let mut h = Harness::new();
    h.password_screen_with_length("12");
    h.press(Action::Activate);
    assert_eq!(h.result().len(), 12);
    h.focus_password(PasswordField::Length);
    h.type_text("0");
    assert_eq!(h.result().len(), 120);
    assert_eq!(h.app.password.focus, PasswordField::Length);
}

#[test]
fn f2_and_f3_keep_each_screens_state() {
    let mut h = Harness::new();
    h.type_text(NAME);
    h.press(Action::Activate);
    h.type_text("Lis");
    assert_eq!(h.app.register.focus, RegisterField::City);

    h.password_screen_with_length("14");
    h.press(Action::PickOption(2));
    h.press(Action::Activate);
    let password = h.result();

    h.press(Action::ShowRegister);
    assert_eq!(h.app.screen, Screen::Register);
    assert_eq!(h.app.register.name.value(), NAME);
    assert_eq!(h.app.register.city.value(), "Lis");
    assert_eq!(h.app.register.focus, RegisterField::City);
    h.type_text("bon");
    assert_eq!(h.app.register.city.value(), CITY, "typing goes to Register");

    h.press(Action::ShowPassword);
    assert_eq!(h.app.screen, Screen::Password);
    assert_eq!(h.app.password.length.value(), "14");
    assert_eq!(h.app.password.set.number(), 2);
    assert_eq!(h.result(), password);
    assert_eq!(h.app.password.focus, PasswordField::Result);
}

#[test]
fn the_help_overlay_swallows_other_actions_until_closed() {
    let mut h = Harness::new();
    h.press(Action::ToggleHelp);
    assert!(h.app.help);
    h.type_text("abc");
    h.paste("pasted");
    for action in [
        Action::FocusNext,
        Action::Down,
        Action::Activate,
        Action::ShowPassword,
        Action::RevealPassword,
    ] {
        h.press(action);
    }
    assert!(h.app.help);
    assert!(h.app.register.name.is_empty());
    assert_eq!(h.app.register.focus, RegisterField::Name);
    assert_eq!(h.app.screen, Screen::Register);
    assert!(!h.app.register.reveal_password);

    h.press(Action::Close);
    assert!(!h.app.help);
    h.type_text("abc");
    assert_eq!(h.app.register.name.value(), "abc");

    h.press(Action::ToggleHelp);
    h.press(Action::ToggleHelp);
    assert!(!h.app.help, "F1 closes it too");
}

#[test]
fn quit_returns_the_quit_effect_from_anywhere() {
    let mut h = Harness::new();
    assert!(matches!(h.press(Action::Quit).as_slice(), [Effect::Quit]));

    h.press(Action::ToggleHelp);
    assert!(matches!(h.press(Action::Quit).as_slice(), [Effect::Quit]));
    h.press(Action::Close);

    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    assert!(h.app.dialog.is_some());
    assert!(matches!(h.press(Action::Quit).as_slice(), [Effect::Quit]));

    let mut h = Harness::new();
    h.password_screen_with_length("16");
    assert!(matches!(h.press(Action::Quit).as_slice(), [Effect::Quit]));
}

#[test]
fn nothing_but_copy_clear_and_quit_ever_asks_the_runtime_for_anything() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    let mut effects = Vec::new();
    effects.extend(h.tick());
    h.focus_register(RegisterField::Code);
    for c in code.chars() {
        effects.extend(h.send(Msg::Edit(InputRequest::InsertChar(c))));
    }
    effects.extend(h.press(Action::Activate));
    effects.extend(h.press(Action::Close));
    effects.extend(h.press(Action::ShowPassword));
    effects.extend(h.press(Action::RevealPassword));
    assert!(effects.is_empty(), "{effects:?}");
}

#[test]
fn random_message_sequences_never_panic_the_app_or_the_view() {
    use rand::RngExt;
    let actions = [
        Action::FocusNext,
        Action::FocusPrev,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::Toggle,
        Action::Activate,
        Action::RevealPassword,
        Action::Regenerate,
        Action::Copy,
        Action::PickOption(0),
        Action::PickOption(1),
        Action::PickOption(3),
        Action::PickOption(4),
        Action::PickOption(9),
        Action::ShowRegister,
        Action::ShowPassword,
        Action::ToggleHelp,
        Action::Close,
    ];
    let typed = "09a Z!é名\u{1b}\n9";
    let pastes = [
        "",
        "123456",
        "99999999999999999999",
        "é\t\u{7f}\u{1b}[2J",
        "95",
    ];
    let edits = [
        InputRequest::DeletePrevChar,
        InputRequest::DeleteNextChar,
        InputRequest::DeleteLine,
        InputRequest::DeletePrevWord,
        InputRequest::GoToStart,
        InputRequest::GoToEnd,
        InputRequest::GoToPrevChar,
        InputRequest::Yank,
    ];
    let mut chooser = StdRng::seed_from_u64(99);
    let mut h = Harness::with(Settings {
        otp_ttl: Duration::from_secs(40),
        ..Settings::default()
    });
    for step in 0..1_500 {
        let msg = match chooser.random_range(0..10) {
            0..=4 => Msg::Do(actions[chooser.random_range(0..actions.len())]),
            5 | 6 => {
                let chars: Vec<char> = typed.chars().collect();
                Msg::Edit(InputRequest::InsertChar(
                    chars[chooser.random_range(0..chars.len())],
                ))
            }
            7 => Msg::Edit(edits[chooser.random_range(0..edits.len())]),
            8 => Msg::Paste(pastes[chooser.random_range(0..pastes.len())].to_string()),
            _ => {
                h.advance(Duration::from_millis(chooser.random_range(0..20_000)));
                Msg::Tick
            }
        };
        for effect in h.send(msg) {
            if matches!(effect, Effect::Quit) {
                panic!("Quit is not among the actions sent (step {step})");
            }
        }
        if let Some(wake) = h.app.next_wakeup() {
            assert!(wake <= h.now + Duration::from_secs(10), "step {step}");
        }
        if step % 97 == 0 {
            for (width, height) in [(100, 30), (60, 20), (59, 19), (20, 5)] {
                let mut terminal =
                    Terminal::new(TestBackend::new(width, height)).expect("test terminal");
                terminal
                    .draw(|frame| keysmith::ui::view(&h.app, frame))
                    .expect("draw");
            }
        }
    }
}

// ============================================================================================
// Bugs found while writing these flows
// ============================================================================================

#[test]
fn use_in_register_never_puts_a_different_password_than_the_one_shown() {
    let mut h = Harness::new();
    h.password_screen_with_length("200");
    h.press(Action::Activate);
    let password = h.result();
    h.press(Action::UseInRegister);
    let put_in = h.app.register.password.value() == password;
    let refused = h.status_tone() == Some(Tone::Error);
    assert!(
        put_in || refused,
        "the Register password holds {} of the {} characters, and the status says {:?}",
        h.app.register.password.char_count(),
        password.len(),
        h.status()
    );
}

#[test]
fn after_the_form_clears_the_code_field_follows_the_format_selector() {
    let mut h = Harness::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.press(Action::Right);
    assert_eq!(h.app.register.format, OtpFormat::Digits8);
    let code = h.send_code();
    assert_eq!(code.len(), 8);
    h.focus_register(RegisterField::CodeFormat);
    h.press(Action::Right);
    assert_eq!(h.app.register.format, OtpFormat::Digits4);
    assert_eq!(
        h.app.register.code_format(),
        OtpFormat::Digits8,
        "the sent code rules"
    );
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
    h.close_dialog();

    assert_eq!(h.app.register.code_format(), OtpFormat::Digits4);
    h.focus_register(RegisterField::Code);
    h.type_text("1234567890");
    assert_eq!(
        h.app.register.code.value(),
        "1234",
        "the screen says 4 characters"
    );
}
