//! The one place keys are bound. The help overlay and the footer read this same table.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Action, App, FocusKind, Msg, Screen};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// A dialog or the help overlay is open.
    Overlay,
    /// Nothing covers the screen.
    Screen,
    OnScreen(Screen),
    Focus(FocusKind),
    /// On the Password screen, outside its length field.
    PasswordShortcut,
    /// In the Password screen's length field.
    LengthField,
}

/// What a key does there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Does {
    Act(Action),
    /// Editing keys of a text field, as tui-input maps them.
    EditText,
}

pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the help and footer name the keys.
    pub label: &'static str,
    pub description: &'static str,
    pub when: When,
    pub does: Does,
}

/// What the keymap needs to know of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub screen: Screen,
    pub focus: FocusKind,
    pub overlay: bool,
}

impl Context {
    pub fn of(app: &App) -> Context {
        Context {
            screen: app.screen,
            focus: app.focus_kind(),
            overlay: app.dialog.is_some() || app.help,
        }
    }
}

impl When {
    pub fn applies(self, ctx: Context) -> bool {
        match self {
            When::Always => true,
            When::Overlay => ctx.overlay,
            When::Screen => !ctx.overlay,
            When::OnScreen(screen) => !ctx.overlay && ctx.screen == screen,
            When::Focus(kind) => !ctx.overlay && ctx.focus == kind,
            When::PasswordShortcut => {
                !ctx.overlay && ctx.screen == Screen::Password && ctx.focus != FocusKind::Text
            }
            When::LengthField => {
                !ctx.overlay && ctx.screen == Screen::Password && ctx.focus == FocusKind::Text
            }
        }
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn bind(
    keys: &'static [(KeyCode, KeyModifiers)],
    label: &'static str,
    description: &'static str,
    when: When,
    action: Action,
) -> Binding {
    Binding {
        keys,
        label,
        description,
        when,
        does: Does::Act(action),
    }
}

use Action as A;
use FocusKind as F;
use KeyCode as K;

/// First match wins, so narrower bindings come before wider ones.
pub static BINDINGS: &[Binding] = &[
    bind(
        &[(K::Char('c'), CTRL), (K::Char('q'), CTRL)],
        "Ctrl+C/Q",
        "quit",
        When::Always,
        A::Quit,
    ),
    bind(
        &[(K::F(1), NONE)],
        "F1",
        "help",
        When::Always,
        A::ToggleHelp,
    ),
    bind(&[(K::Esc, NONE)], "Esc", "close", When::Overlay, A::Close),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "close",
        When::Overlay,
        A::Close,
    ),
    bind(
        &[(K::F(2), NONE)],
        "F2",
        "Register",
        When::Screen,
        A::ShowRegister,
    ),
    bind(
        &[(K::F(3), NONE)],
        "F3",
        "Password",
        When::Screen,
        A::ShowPassword,
    ),
    bind(
        &[(K::Tab, NONE)],
        "Tab",
        "next field",
        When::Screen,
        A::FocusNext,
    ),
    bind(
        &[(K::BackTab, NONE)],
        "Shift+Tab",
        "previous field",
        When::Screen,
        A::FocusPrev,
    ),
    bind(
        &[(K::Up, NONE)],
        "Up",
        "previous option",
        When::Focus(F::Menu),
        A::Up,
    ),
    bind(
        &[(K::Down, NONE)],
        "Down",
        "next option",
        When::Focus(F::Menu),
        A::Down,
    ),
    bind(
        &[(K::Up, NONE)],
        "Up",
        "previous field",
        When::Screen,
        A::Up,
    ),
    bind(
        &[(K::Down, NONE)],
        "Down",
        "next field",
        When::Screen,
        A::Down,
    ),
    bind(
        &[(K::Char('r'), CTRL)],
        "Ctrl+R",
        "show/hide password",
        When::OnScreen(Screen::Register),
        A::RevealPassword,
    ),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "show the menu",
        When::LengthField,
        A::Activate,
    ),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "next field; submits the code",
        When::Focus(F::Text),
        A::Activate,
    ),
    Binding {
        keys: &[],
        label: "←/→ Home/End",
        description: "move the cursor",
        when: When::Focus(F::Text),
        does: Does::EditText,
    },
    bind(
        &[(K::Left, NONE)],
        "Left",
        "previous choice",
        When::Focus(F::Choice),
        A::Left,
    ),
    bind(
        &[(K::Right, NONE)],
        "Right",
        "next choice",
        When::Focus(F::Choice),
        A::Right,
    ),
    bind(
        &[(K::Char(' '), NONE)],
        "Space",
        "pick",
        When::Focus(F::Choice),
        A::Toggle,
    ),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "pick and go on",
        When::Focus(F::Choice),
        A::Activate,
    ),
    bind(
        &[(K::Enter, NONE), (K::Char(' '), NONE)],
        "Enter/Space",
        "press",
        When::Focus(F::Button),
        A::Activate,
    ),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "generate",
        When::Focus(F::Menu),
        A::Activate,
    ),
    bind(
        &[(K::Char(' '), NONE)],
        "Space",
        "toggle",
        When::Focus(F::Toggle),
        A::Toggle,
    ),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "generate",
        When::Focus(F::Toggle),
        A::Activate,
    ),
    bind(
        &[(K::Enter, NONE)],
        "Enter",
        "new password",
        When::Focus(F::Result),
        A::Regenerate,
    ),
    bind(
        &[(K::Char('1'), NONE)],
        "1-4",
        "pick a set",
        When::PasswordShortcut,
        A::PickOption(1),
    ),
    bind(
        &[(K::Char('2'), NONE)],
        "",
        "",
        When::PasswordShortcut,
        A::PickOption(2),
    ),
    bind(
        &[(K::Char('3'), NONE)],
        "",
        "",
        When::PasswordShortcut,
        A::PickOption(3),
    ),
    bind(
        &[(K::Char('4'), NONE)],
        "",
        "",
        When::PasswordShortcut,
        A::PickOption(4),
    ),
    bind(
        &[(K::Char('r'), NONE)],
        "r",
        "new password",
        When::PasswordShortcut,
        A::Regenerate,
    ),
    bind(
        &[(K::Char('c'), NONE)],
        "c",
        "copy",
        When::PasswordShortcut,
        A::Copy,
    ),
    bind(
        &[(K::Char('u'), NONE)],
        "u",
        "use in Register",
        When::PasswordShortcut,
        A::UseInRegister,
    ),
];

/// The message a terminal event means here, if any.
pub fn map_event(event: &Event, ctx: Context) -> Option<Msg> {
    match event {
        Event::Key(key) => map_key(key, event, ctx),
        Event::Paste(text) if !ctx.overlay && ctx.focus == FocusKind::Text => {
            Some(Msg::Paste(text.clone()))
        }
        _ => None,
    }
}

fn map_key(key: &KeyEvent, event: &Event, ctx: Context) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    // Shift is part of the character for letters and of BackTab's name; drop it to compare.
    let modifiers = key.modifiers - KeyModifiers::SHIFT;
    let binding = BINDINGS.iter().find(|binding| {
        binding.when.applies(ctx)
            && (binding.does == Does::EditText
                || binding
                    .keys
                    .iter()
                    .any(|&(code, mods)| code == key.code && mods == modifiers))
    })?;
    match binding.does {
        Does::Act(action) => Some(Msg::Do(action)),
        Does::EditText => tui_input::backend::crossterm::to_input_request(event).map(Msg::Edit),
    }
}

/// The bindings that work where the focus is, for the footer: the ones particular to the
/// focus first, then the screen's, then those that work anywhere.
pub fn active(ctx: Context) -> Vec<&'static Binding> {
    let mut active: Vec<&Binding> = BINDINGS
        .iter()
        .filter(|binding| !binding.label.is_empty() && binding.when.applies(ctx))
        .collect();
    // Help first, so that the way to every other key is never cut off a narrow footer.
    active.sort_by_key(|binding| match (binding.when, binding.does) {
        (_, Does::Act(Action::ToggleHelp)) => 0,
        (When::Always, _) => 3,
        (When::Screen, _) => 2,
        _ => 1,
    });
    // A key bound twice here (Up in a list and Up between fields) does the first thing, and
    // two keys that do the same are listed once.
    let mut seen_keys = Vec::new();
    let mut seen_actions = Vec::new();
    active.retain(|binding| {
        let first = !seen_keys.contains(&binding.label) && !seen_actions.contains(&binding.does);
        seen_keys.push(binding.label);
        seen_actions.push(binding.does);
        first
    });
    active
}
