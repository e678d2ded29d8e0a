//! The inputs: messages, terminal events, clock advances, sizes and settings, and the steps a
//! user takes, weighted so that whole sign-ups happen often enough to be tested.

use std::time::Duration;

use keysmith::for_tests::PasswordField;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::{
    AppMsg, Background, DialogAction, FieldKey, Global, HelpAction, Input, Nav, Palette,
    PasswordAction, RegisterAction, Screen, ScreenAction, Settings,
};
use keysmith_core::Delivery;
use keysmith_core::Toggle;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::InputRequest;

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

/// A message built directly, as tests and the runtime's timer do: every context's actions,
/// whether or not a key sends it where the app is.
#[derive(Debug, Clone)]
pub(super) enum Sent {
    Global(Global),
    Help(HelpAction),
    Dialog(DialogAction),
    Screen(Input<ScreenAction>),
    Tick,
}

impl Sent {
    pub(super) fn msg(&self) -> AppMsg {
        match self.clone() {
            Sent::Global(action) => AppMsg::Global(action),
            Sent::Help(action) => AppMsg::Help(action),
            Sent::Dialog(action) => AppMsg::Dialog(action),
            Sent::Screen(input) => AppMsg::Screen(input),
            Sent::Tick => AppMsg::Tick,
        }
    }
}

fn screen_action() -> impl Strategy<Value = ScreenAction> {
    prop_oneof![
        select(RegisterAction::every()).prop_map(ScreenAction::Register),
        select(PasswordAction::every()).prop_map(ScreenAction::Password),
        // The menu's options out of range too: only 1-4 are sets.
        (0u8..=9).prop_map(|n| ScreenAction::Password(PasswordAction::PickSet(n))),
    ]
}

fn screen_input() -> impl Strategy<Value = Input<ScreenAction>> {
    prop_oneof![
        10 => screen_action().prop_map(Input::Do),
        4 => select(vec![Nav::Next, Nav::Previous]).prop_map(Input::Nav),
        4 => select(vec![
            FieldKey::PreviousChoice,
            FieldKey::NextChoice,
            FieldKey::Pick,
            FieldKey::PickAndGoOn,
            FieldKey::Flip,
        ])
            .prop_map(Input::Field),
        6 => input_request().prop_map(|request| Input::Field(FieldKey::Edit(request))),
        3 => text().prop_map(Input::Paste),
    ]
}

fn sent() -> impl Strategy<Value = Sent> {
    prop_oneof![
        23 => screen_input().prop_map(Sent::Screen),
        // Showing a screen; the help and the ends take over, so now and then is enough.
        2 => select(Screen::ALL.to_vec()).prop_map(|screen| Sent::Global(Global::Show(screen))),
        1 => select(vec![Global::ToggleHelp, Global::Quit, Global::Interrupt, Global::Suspend])
            .prop_map(Sent::Global),
        2 => select(HelpAction::ALL.to_vec()).prop_map(Sent::Help),
        1 => Just(Sent::Dialog(DialogAction::Close)),
        2 => Just(Sent::Tick),
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

pub(super) fn size() -> impl Strategy<Value = (u16, u16)> {
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
pub(super) enum Field {
    Register(RegisterField),
    Generator(PasswordField),
}

#[derive(Debug, Clone)]
pub(super) enum Step {
    /// A message built directly, as tests and the runtime's timer do.
    Msg(Sent),
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
            PasswordField::Length,
            PasswordField::Menu,
            PasswordField::Toggle(Toggle::EachClass),
            PasswordField::Toggle(Toggle::NoLookAlikes),
            PasswordField::Toggle(Toggle::NoRepeats),
            PasswordField::Output,
        ])
        .prop_map(Field::Generator),
    ]
}

pub(super) fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        23 => sent().prop_map(Step::Msg),
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

pub(super) fn settings() -> impl Strategy<Value = Settings> {
    let custom = (
        1u64..=600,
        select(Delivery::ALL.to_vec()),
        prop::option::of(1u64..=600),
        any::<bool>(),
        select(vec![Palette::TrueColor, Palette::Indexed256]),
        select(vec![
            Background::Dark,
            Background::Light,
            Background::Unknown,
        ]),
    )
        .prop_map(
            |(ttl, format, clear, color, palette, background)| Settings {
                otp_ttl: Duration::from_secs(ttl),
                otp_format: format,
                clipboard_clear: clear.map(Duration::from_secs),
                color,
                palette,
                background,
            },
        );
    prop_oneof![1 => Just(Settings::default()), 3 => custom]
}
