//! No panic on any input: random sequences of messages, raw terminal events through
//! the real keymap, clock advances and resizes, with the app's invariants checked after every
//! step and the view rendered at the current size every few steps and after the last. And
//! 200 KB pastes into every field.
//!
//! 10 000 cases, split in two tests that run in parallel. `PROPTEST_CASES=n` sets the total
//! for a quick local run.
//!
//! Failures are not persisted (`failure_persistence: None`): proptest would otherwise write
//! `tests/props.proptest-regressions` beside this file. A failure prints its minimal input;
//! keep it as an ordinary `#[test]` at the end of this file, where it documents itself.

use std::num::NonZeroUsize;
use std::time::{Duration, Instant};

use keysmith::for_tests::Context;
use keysmith::for_tests::GeneratorField;
use keysmith::for_tests::Screen;
use keysmith::for_tests::{
    Action, Effect, FocusKind, Msg, Overlay, Palette, Settings, SettingsFile, Startup,
};
use keysmith::for_tests::{CharFilter, TextField};
use keysmith::for_tests::{Options, Profile, Remembered, Saved};
use keysmith::for_tests::{RegisterField, register};
use keysmith_core::Delivery;
use keysmith_core::Toggle;
use keysmith_core::challenge::MAX_WRONG_TRIES;
use keysmith_core::policy::PolicyOptions;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Layout;
use secrecy::ExposeSecret;
use tui_input::InputRequest;

use crate::support::Driver;

/// Render after every this many steps and after the last (or once, with no steps): a render
/// costs as much as dozens of steps in a debug build.
const RENDER_EVERY: usize = 50;

/// Entries in ratatui's per-thread layout cache (500 by default).
const LAYOUT_CACHE: usize = 20_000;

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// One character from the classes that trouble text fields and terminals.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => prop::char::range(' ', '~'),
        3 => prop::char::range('0', '9'),
        2 => select("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefxyz01OI".chars().collect::<Vec<_>>()),
        2 => prop::char::range('\u{4e00}', '\u{9fff}'), // CJK, two columns wide
        1 => prop::char::range('\u{ac00}', '\u{d7a3}'), // Hangul
        1 => prop::char::range('\u{ff01}', '\u{ff5e}'), // fullwidth forms
        2 => prop::char::range('\u{1f300}', '\u{1faff}'), // emoji
        2 => prop::char::range('\u{0300}', '\u{036f}'), // combining marks
        1 => prop::char::range('\u{20d0}', '\u{20ff}'), // combining marks for symbols
        1 => select(vec![
            '\u{200d}', // zero-width joiner
            '\u{fe0f}', // variation selector 16
            '\u{1f3fb}', // skin tone
            '\u{200b}', // zero-width space
            '\u{feff}', // BOM
            '\u{00ad}', // soft hyphen
            '\u{2028}', // line separator
            '\u{202e}', // right-to-left override
            '\u{e000}', // private use
            '\u{10ffff}',
        ]),
        2 => prop::char::range('\0', '\u{1f}'), // C0 controls: ESC, CR, LF, TAB, NUL
        1 => prop::char::range('\u{7f}', '\u{9f}'), // DEL and C1 controls
        1 => prop::char::range('\u{0600}', '\u{06ff}'), // Arabic, right to left
        1 => any::<char>(),
    ]
}

/// Neighbours on a qwerty keyboard and a keypad.
const WALK_KEYS: &str = "qwertyasdfzxcvQWERTY1234567890-=/*+.";

/// Mostly short text, some medium, and now and then a few thousand characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => vec(any_char(), 0..12).prop_map(String::from_iter),
        2 => vec(prop::char::range('0', '9'), 0..7).prop_map(String::from_iter),
        3 => vec(any_char(), 0..80).prop_map(String::from_iter),
        1 => (vec(any_char(), 1..40), 1..150usize)
            .prop_map(|(piece, times)| String::from_iter(piece).repeat(times)),
        // Keyboard walks, runs and repeats: what a password strength estimator looks for.
        1 => (vec(select(WALK_KEYS.chars().collect::<Vec<_>>()), 1..4), 1..24usize)
            .prop_map(|(piece, times)| String::from_iter(piece).repeat(times)),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    use Action as A;
    prop_oneof![
        // Every action but the menu's options (drawn below, out of range too) and the two
        // that take over: the help overlay swallows every other key until closed, so now
        // and then is enough.
        17 => select(
            Action::every()
                .into_iter()
                .filter(|a| {
                    !matches!(
                        a,
                        A::PickOption(_) | A::ToggleHelp | A::Quit | A::Interrupt | A::Suspend
                    )
                })
                .collect::<Vec<_>>()
        ),
        3 => (0u8..=9).prop_map(A::PickOption),
        1 => select(vec![A::ToggleHelp, A::Quit, A::Interrupt, A::Suspend]),
    ]
}

fn input_request() -> impl Strategy<Value = InputRequest> {
    use InputRequest as R;
    prop_oneof![
        10 => select(vec![
            R::GoToPrevChar,
            R::GoToNextChar,
            R::GoToPrevWord,
            R::GoToNextWord,
            R::GoToStart,
            R::GoToEnd,
            R::DeletePrevChar,
            R::DeleteNextChar,
            R::DeletePrevWord,
            R::DeleteNextWord,
            R::DeleteLine,
            R::DeleteTillEnd,
            R::DeleteFromStart,
            R::Yank,
        ]),
        8 => any_char().prop_map(R::InsertChar),
        2 => prop_oneof![0..200usize, any::<usize>()].prop_map(R::SetCursor),
    ]
}

fn msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        12 => action().prop_map(Msg::Do),
        6 => input_request().prop_map(Msg::Edit),
        3 => text().prop_map(Msg::Paste),
        2 => Just(Msg::Tick),
    ]
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    use KeyCode as K;
    prop_oneof![
        12 => select(vec![
            K::Tab,
            K::BackTab,
            K::Enter,
            K::Esc,
            K::Up,
            K::Down,
            K::Left,
            K::Right,
            K::F(2),
            K::F(3),
            K::Char(' '),
            K::Backspace,
            K::Delete,
            K::Home,
            K::End,
            K::Char('r'),
            K::Char('c'),
            K::Char('u'),
            K::Char('1'),
            K::Char('2'),
            K::Char('3'),
            K::Char('4'),
        ]),
        // Ctrl with these is bound by keysmith or by tui-input.
        3 => select("cqrhbfuwkyaed".chars().collect::<Vec<_>>()).prop_map(K::Char),
        6 => any_char().prop_map(K::Char),
        1 => (0u8..=24).prop_map(K::F), // F1, the help, among them
        1 => select(vec![
            K::Insert,
            K::PageUp,
            K::PageDown,
            K::Null,
            K::CapsLock,
            K::Menu,
            K::KeypadBegin,
        ]),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        8 => Just(KeyModifiers::NONE),
        3 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::CONTROL | KeyModifiers::ALT),
        1 => any::<u8>().prop_map(KeyModifiers::from_bits_truncate),
    ]
}

fn key_event() -> impl Strategy<Value = KeyEvent> {
    let kind = prop_oneof![
        8 => Just(KeyEventKind::Press),
        1 => Just(KeyEventKind::Repeat),
        1 => Just(KeyEventKind::Release),
    ];
    (key_code(), modifiers(), kind)
        .prop_map(|(code, modifiers, kind)| KeyEvent::new_with_kind(code, modifiers, kind))
}

/// Sizes at and around the layouts' thresholds (60×20 to draw at all, 100 wide for the wider
/// Messages panel), tiny ones and the largest. Drawn mostly from this fixed list, so that
/// ratatui's layout cache spares most renders the constraint solver; now and then any size.
const SIZES: &[(u16, u16)] = &[
    (0, 0),
    (1, 1),
    (0, 40),
    (300, 0),
    (2, 100),
    (300, 1),
    (20, 10),
    (59, 20),
    (60, 19),
    (60, 20),
    (61, 21),
    (64, 22),
    (70, 26),
    (80, 24),
    (90, 35),
    (99, 30),
    (100, 30),
    (101, 31),
    (110, 38),
    (120, 40),
    (132, 43),
    (200, 60),
    (250, 80),
    (300, 100),
];

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        6 => select(SIZES),
        1 => (0u16..=300, 0u16..=100),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        30 => key_event().prop_map(Event::Key),
        3 => text().prop_map(Event::Paste),
        2 => size().prop_map(|(w, h)| Event::Resize(w, h)),
        1 => select(vec![Event::FocusGained, Event::FocusLost]),
    ]
}

fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        2 => (0u64..400).prop_map(Duration::from_secs),
        2 => (0u64..400_000).prop_map(Duration::from_millis),
        1 => (0u64..400_000_000_000).prop_map(Duration::from_nanos),
    ]
}

/// A field to Tab to.
#[derive(Debug, Clone, Copy)]
enum Field {
    Register(RegisterField),
    Generator(GeneratorField),
}

#[derive(Debug, Clone)]
enum Step {
    /// A message built directly, as tests and the runtime's timer do.
    Msg(Msg),
    /// A terminal event, through the real keymap.
    Event(Event),
    /// The clock moves on, with no message.
    Advance(Duration),
    /// What the runtime does when nothing comes: sleep until `next_wakeup`, then `Tick`.
    Sleep,
    /// The terminal changes size (without telling the app, as between two frames).
    Resize(u16, u16),
    /// Tab (at most a round) until the field has focus, as a user walks to it; a random
    /// walk rarely gets through a whole sign-up otherwise.
    TabTo(Field),
    /// Fills in the sign-up form as a user would: Tab to each field and paste into it, pick a
    /// gender. With the code steps, this makes whole sign-ups likely enough to be tested.
    FillForm {
        name: String,
        city: String,
        password: String,
    },
    /// Tab to the field and press Enter.
    Press(RegisterField),
    /// Pastes the code from the Messages panel, so that logins can succeed.
    PasteSentCode,
    /// Tab to the code field, paste the sent code (or, if not `right`, the code with its last
    /// character changed) and press Enter: one try.
    TryCode { right: bool },
}

fn field() -> impl Strategy<Value = Field> {
    prop_oneof![
        2 => select(RegisterField::ORDER.to_vec()).prop_map(Field::Register),
        1 => select(vec![
            GeneratorField::Length,
            GeneratorField::Menu,
            GeneratorField::Toggle(Toggle::EachClass),
            GeneratorField::Toggle(Toggle::NoLookAlikes),
            GeneratorField::Toggle(Toggle::NoRepeats),
            GeneratorField::Output,
        ])
        .prop_map(Field::Generator),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        23 => msg().prop_map(Step::Msg),
        36 => event().prop_map(Step::Event),
        6 => duration().prop_map(Step::Advance),
        4 => Just(Step::Sleep),
        3 => size().prop_map(|(w, h)| Step::Resize(w, h)),
        8 => field().prop_map(Step::TabTo),
        2 => (text(), text(), vec(any_char(), 6..24).prop_map(String::from_iter))
            .prop_map(|(name, city, password)| Step::FillForm { name, city, password }),
        2 => select(vec![RegisterField::SendCode, RegisterField::Code, RegisterField::Submit])
            .prop_map(Step::Press),
        2 => Just(Step::PasteSentCode),
        3 => any::<bool>().prop_map(|right| Step::TryCode { right }),
    ]
}

fn settings() -> impl Strategy<Value = Settings> {
    let custom = (
        1u64..=600,
        select(Delivery::ALL.to_vec()),
        prop::option::of(1u64..=600),
        any::<bool>(),
        select(vec![Palette::TrueColor, Palette::Indexed256]),
    )
        .prop_map(|(ttl, format, clear, color, palette)| Settings {
            otp_ttl: Duration::from_secs(ttl),
            otp_format: format,
            clipboard_clear: clear.map(Duration::from_secs),
            color,
            palette,
        });
    prop_oneof![1 => Just(Settings::default()), 3 => custom]
}

// ---------------------------------------------------------------------------------------------
// The model: the app, the clock, the terminal, and what the app does not expose
// ---------------------------------------------------------------------------------------------

struct Run {
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
    fn new(settings: Settings, seed: u64, size: (u16, u16)) -> Run {
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

    fn update(&mut self, msg: Msg) {
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
                Effect::Remember(_) => self.driver.app.remember_report(Ok(Saved::Written)),
                Effect::SaveProfile(save) => {
                    self.driver.app.profile_report(save, Ok(Saved::Written));
                }
                // The runtime would stop or suspend; the state must stay sound all the same.
                Effect::Quit | Effect::Interrupt | Effect::Suspend => {}
            }
        }
    }

    fn apply(&mut self, step: &Step) {
        match step {
            Step::Msg(msg) => {
                self.update(msg.clone());
                if *msg == Msg::Tick {
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
                    self.update(Msg::Tick);
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
                    self.update(Msg::Paste(text.clone()));
                }
                self.tab_to(Field::Register(RegisterField::Gender));
                self.update(Msg::Do(Action::Right));
            }
            Step::Press(field) => {
                self.tab_to(Field::Register(*field));
                self.update(Msg::Do(Action::Activate));
            }
            Step::PasteSentCode => {
                if let Some(code) = self.driver.app.screens.register.sent_code() {
                    let code = code.to_string();
                    self.update(Msg::Paste(code));
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
                    self.update(Msg::Paste(code));
                }
                self.update(Msg::Do(Action::Activate));
            }
        }
    }

    /// Tab gives no effect, so the driver may press it without `update`.
    fn tab_to(&mut self, field: Field) {
        self.driver
            .tab_until(RegisterField::ORDER.len(), |app| match field {
                Field::Register(f) => app.screens.register.focus == f,
                Field::Generator(f) => app.screens.generator.focus == f,
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

    fn check(&mut self) {
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
        let generator = &app.screens.generator;
        let order = generator.order();
        assert!(
            order.contains(&generator.focus),
            "Password focus {:?} not in {order:?}",
            generator.focus
        );
        // The profile name prompt takes the typing, whatever the screen's focus.
        let typing_in_prompt = matches!(app.overlay, Some(Overlay::Prompt(_)));
        assert_eq!(
            Context::of(app).focus,
            match app.screen {
                _ if typing_in_prompt => FocusKind::Text,
                Screen::Register => register.focus.kind(),
                Screen::Generator => generator.focus.kind(),
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
        check_field("length", &generator.length);
        assert!(
            generator
                .length
                .value()
                .chars()
                .all(|c| CharFilter::Digits.accept(c).is_some()),
            "length {:?} is not all digits",
            generator.length.value()
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
        let screen = &self.driver.app.screens.generator;
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

    fn render(&mut self) {
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

fn run_steps(settings: Settings, seed: u64, size: (u16, u16), steps: &[Step]) {
    let mut run = Run::new(settings, seed, size);
    run.check();
    if steps.is_empty() {
        run.render();
    }
    for (i, step) in steps.iter().enumerate() {
        run.apply(step);
        run.check();
        if (i + 1) % RENDER_EVERY == 0 || i + 1 == steps.len() {
            run.render();
        }
    }
}

/// Cases per shard: 10 000 in all by default, or `PROPTEST_CASES` in all.
fn cases_per_shard() -> u32 {
    let total = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000u32);
    total.div_ceil(SHARDS)
}

/// The cases are split between this many identical tests, which libtest runs in parallel.
const SHARDS: u32 = 2;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases_per_shard(),
        // No `proptest-regressions/` files in the repository: failures are kept as tests below.
        failure_persistence: None,
        // ChaCha, the default, costs much of the generation time in a debug build.
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_panic_and_invariants_hold_on_any_input_1(
        settings in settings(),
        seed in any::<u64>(),
        size in size(),
        steps in vec(step(), 0..200),
    ) {
        run_steps(settings, seed, size, &steps);
    }

    #[test]
    fn no_panic_and_invariants_hold_on_any_input_2(
        settings in settings(),
        seed in any::<u64>(),
        size in size(),
        steps in vec(step(), 0..200),
    ) {
        run_steps(settings, seed, size, &steps);
    }
}

// ---------------------------------------------------------------------------------------------
// Huge pastes
// ---------------------------------------------------------------------------------------------

/// 200 000 characters of everything: letters, digits, CJK, emoji, combining marks, controls.
fn huge_paste() -> String {
    let piece = "aZ 7é名前😀\u{0301}\u{1b}[31m\t\n0x9Kq\u{200d}ß字\u{7f}Ab3";
    let piece_chars = piece.chars().count();
    let text: String = piece
        .chars()
        .cycle()
        .take(200_000 / piece_chars * piece_chars)
        .collect();
    assert!(text.chars().count() > 199_000 && text.len() > 200_000);
    text
}

fn expected(paste: &str, filter: impl Fn(char) -> Option<char>, limit: usize) -> String {
    paste.chars().filter_map(filter).take(limit).collect()
}

/// Pastes as the terminal delivers it (one bracketed-paste event through the keymap) and
/// checks it was one message.
fn paste_event(d: &mut Driver, text: &str) {
    let msg = d
        .map(&Event::Paste(text.to_string()))
        .expect("a paste into a text field is a message");
    assert!(matches!(&msg, Msg::Paste(t) if t == text));
    d.send(msg);
}

/// The Register form's text field `field`.
fn text_field(d: &mut Driver, field: RegisterField) -> &TextField {
    d.app
        .screens
        .register
        .text_field_mut(field)
        .expect("a text field")
}

#[test]
fn a_200_kb_paste_lands_in_each_register_field_as_one_cut_edit() {
    let paste = huge_paste();
    for (field, limit) in [
        (RegisterField::Name, register::NAME_LIMIT),
        (RegisterField::City, register::CITY_LIMIT),
        (RegisterField::Password, register::PASSWORD_LIMIT),
    ] {
        let mut d = Driver::seeded(Settings::default(), 1);
        while d.app.screens.register.focus != field {
            d.press(Action::FocusNext);
        }
        let started = Instant::now();
        paste_event(&mut d, &paste);
        let took = started.elapsed();
        let text = text_field(&mut d, field);
        let want = expected(&paste, |c| CharFilter::Printable.accept(c), limit);
        assert_eq!(want.chars().count(), limit);
        assert_eq!(text.value(), want, "{field:?}");
        assert_eq!(
            text.input().cursor(),
            limit,
            "{field:?}: cursor after the paste"
        );
        assert!(text.value().chars().all(|c| !c.is_control()));
        // Linear, not quadratic: far below this even in a debug build on a slow machine.
        assert!(
            took < Duration::from_secs(5),
            "{field:?}: paste took {took:?}"
        );
        if field == RegisterField::Password {
            assert!(
                d.app.screens.register.strength.is_some(),
                "strength after the paste"
            );
        }
        // A second paste into the full field changes nothing.
        paste_event(&mut d, &paste);
        let text = text_field(&mut d, field);
        assert_eq!(text.value(), want);
    }
}

#[test]
fn a_200_kb_paste_lands_in_the_code_field_of_every_format() {
    let paste = huge_paste();
    for format in Delivery::ALL {
        let settings = Settings {
            otp_format: format,
            ..Settings::default()
        };
        let mut d = Driver::seeded(settings, 2);
        while d.app.screens.register.focus != RegisterField::Code {
            d.press(Action::FocusNext);
        }
        paste_event(&mut d, &paste);
        let want = expected(
            &paste,
            |c| register::code_filter(format).accept(c),
            format.code_len(),
        );
        let name = format.name();
        assert_eq!(want.chars().count(), format.code_len(), "{name}");
        assert_eq!(d.app.screens.register.code.value(), want, "{name}");
        assert!(
            want.bytes().all(|b| format.alphabet().contains(&b)),
            "{name}: {want:?}"
        );
    }
}

#[test]
fn a_200_kb_paste_lands_in_the_length_field_as_one_cut_edit() {
    let paste = huge_paste();
    let mut d = Driver::seeded(Settings::default(), 3);
    d.press(Action::Show(Screen::Generator));
    assert_eq!(d.app.screens.generator.focus, GeneratorField::Length);
    paste_event(&mut d, &paste);
    let generator = &d.app.screens.generator;
    let limit = generator.length.limit();
    let want = expected(&paste, |c| CharFilter::Digits.accept(c), limit);
    assert_eq!(want.chars().count(), limit);
    assert_eq!(generator.length.value(), want);
    // The pasted length is refused as too long, and says so; nothing else breaks.
    assert!(generator.problem().is_some());
    assert_eq!(
        generator.order(),
        vec![
            GeneratorField::Mode,
            GeneratorField::Profile,
            GeneratorField::Length
        ]
    );
}

#[test]
fn a_200_kb_paste_into_a_part_filled_field_is_cut_to_the_room_left_at_the_cursor() {
    let paste = huge_paste();
    let mut d = Driver::seeded(Settings::default(), 4);
    paste_event(&mut d, "名前ab");
    d.send(Msg::Edit(InputRequest::GoToPrevChar));
    d.send(Msg::Edit(InputRequest::GoToPrevChar));
    paste_event(&mut d, &paste);
    let limit = register::NAME_LIMIT;
    let middle = expected(&paste, |c| CharFilter::Printable.accept(c), limit - 4);
    let name = &d.app.screens.register.name;
    assert_eq!(name.value(), format!("名前{middle}ab"));
    assert_eq!(name.input().cursor(), limit - 2);
}

// ---------------------------------------------------------------------------------------------
// Cases the property test found
// ---------------------------------------------------------------------------------------------

fn key(code: KeyCode) -> Step {
    Step::Event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// The minimal input proptest gave: Enter (Name → City), Tab (→ Password), then paste a keypad
/// walk of 30 characters. zxcvbn 3.1.1 (the latest) estimates a spatial pattern with
/// `degree.pow(turns)` in `u64` (`SpatialPattern::estimate`, scoring.rs:427): the keypad's
/// average degree is 5 and 5^28 > 2^64, so any keypad walk of 29 or more characters
/// ("12121212121212121212121212121", "8585…") overflows, and so does a qwerty walk of 33 or
/// more ("qwqw…"; the keyboard's degree is 4). With overflow checks on (debug builds, so
/// `cargo test` and `cargo run`) that is a panic; in release it wraps silently. `assess` rates
/// the first 28 characters now, which keeps clear of both, and debug builds compile zxcvbn
/// without overflow checks, as release does.
#[test]
fn a_keypad_walk_pasted_as_the_password_does_not_panic() {
    run_steps(
        Settings::default(),
        0,
        (0, 0),
        &[
            key(KeyCode::Enter),
            key(KeyCode::Tab),
            Step::Event(Event::Paste("747474747474747474747474747474".into())),
        ],
    );
}
