//! Key tables: one binding a line, one table a context, tried overlay → screen → global.
//! The footer and the help read the same tables, so a key is declared once.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

mod tables;
#[cfg(test)]
mod tests;

use super::App;
use super::focus::FocusKind;
use super::msg::{Action, Msg};
use crate::screens::{SCREEN_KEYS, Screen};
pub use tables::{ALWAYS, EDITING, NAVIGATION, OVERLAY};

pub type Key = (KeyCode, KeyModifiers);

pub const NONE: KeyModifiers = KeyModifiers::NONE;
pub const CTRL: KeyModifiers = KeyModifiers::CONTROL;

/// Where a binding works, which is also the heading the help lists it under. Declared in
/// the help's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    Anywhere,
    Overlay,
    /// On any screen with nothing over it.
    Navigation,
    Menu,
    /// Anywhere on the screen whose table holds it.
    Screen,
    /// In the one text field of a screen, named.
    Field(&'static str),
    Text,
    Choice,
    Button,
    Toggle,
    /// On a screen's result, named.
    Output(&'static str),
    /// On the screen whose table holds it, outside text fields (plain letters are typing there).
    OffText,
}

impl Place {
    pub fn applies(self, focus: FocusKind) -> bool {
        match self {
            Place::Anywhere | Place::Overlay | Place::Navigation | Place::Screen => true,
            Place::Menu => focus == FocusKind::Menu,
            Place::Field(_) | Place::Text => focus == FocusKind::Text,
            Place::Choice => focus == FocusKind::Choice,
            Place::Button => focus == FocusKind::Button,
            Place::Toggle => focus == FocusKind::Toggle,
            Place::Output(_) => focus == FocusKind::Output,
            Place::OffText => focus != FocusKind::Text,
        }
    }

    /// The help's heading; `screen` names the screen whose table the binding is in.
    pub fn heading(self, screen: &str) -> String {
        match self {
            Place::Anywhere => "Anywhere".into(),
            Place::Overlay => "In a dialog or this help".into(),
            Place::Navigation => "On a screen".into(),
            Place::Menu => "In the menu".into(),
            Place::Screen | Place::OffText => format!("On {screen}"),
            Place::Field(name) => format!("In {name}"),
            Place::Text => "In a text field".into(),
            Place::Choice => "On a choice".into(),
            Place::Button => "On a button".into(),
            Place::Toggle => "On a toggle".into(),
            Place::Output(name) => format!("On {name}"),
        }
    }
}

/// What a binding does with the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Act(Action),
    /// A digit key picks the option of that number.
    PickDigit,
    /// The focused text field's editing keys, as tui-input maps them.
    Edit,
}

#[derive(Debug)]
pub struct Binding {
    pub place: Place,
    /// The keys; empty for `Command::Edit`, which takes whatever the text field maps.
    pub keys: &'static [Key],
    /// How the help and the footer name the keys.
    pub label: &'static str,
    pub description: &'static str,
    pub command: Command,
}

impl Binding {
    pub const fn new(
        place: Place,
        keys: &'static [Key],
        label: &'static str,
        description: &'static str,
        action: Action,
    ) -> Binding {
        Binding {
            place,
            keys,
            label,
            description,
            command: Command::Act(action),
        }
    }

    /// The message this binding makes of `key` (with `event`, its whole event), if it takes it.
    fn take(&self, key: &KeyEvent, event: &Event) -> Option<Msg> {
        // Shift is part of the character for letters and of BackTab's name; drop it to compare.
        let modifiers = key.modifiers - KeyModifiers::SHIFT;
        let pressed = self
            .keys
            .iter()
            .any(|&(code, mods)| code == key.code && mods == modifiers);
        match self.command {
            Command::Act(action) => pressed.then_some(Msg::Do(action)),
            Command::PickDigit => match key.code {
                KeyCode::Char(c) if pressed => {
                    let digit = c.to_digit(10).and_then(|d| u8::try_from(d).ok())?;
                    Some(Msg::Do(Action::PickOption(digit)))
                }
                _ => None,
            },
            Command::Edit => tui_input::backend::crossterm::to_input_request(event).map(Msg::Edit),
        }
    }
}

/// What the key tables need to know of the app.
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
            overlay: app.overlay.is_some(),
        }
    }

    /// The tables in the order they are tried; `ALWAYS` last, as nothing shadows it.
    pub fn tables(self) -> Vec<&'static [Binding]> {
        if self.overlay {
            return vec![OVERLAY, ALWAYS];
        }
        let mut tables = vec![self.screen.keys()];
        if self.focus == FocusKind::Text {
            tables.push(EDITING);
        }
        tables.extend([SCREEN_KEYS, NAVIGATION, ALWAYS]);
        tables
    }

    /// Every binding that works here, in the order tried.
    pub fn active(self) -> impl Iterator<Item = &'static Binding> {
        self.tables()
            .into_iter()
            .flatten()
            .filter(move |binding| binding.place.applies(self.focus))
    }
}

/// The message a terminal event means here, if any.
pub fn map_event(event: &Event, ctx: Context) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            ctx.active().find_map(|binding| binding.take(key, event))
        }
        Event::Paste(text) if !ctx.overlay && ctx.focus == FocusKind::Text => {
            Some(Msg::Paste(text.clone()))
        }
        _ => None,
    }
}

/// The bindings for the footer: help first, so the way to every other key is never cut off a
/// narrow footer, then in the order tried. A key bound twice here does the first thing, and
/// two keys that do the same are listed once.
pub fn footer(ctx: Context) -> Vec<&'static Binding> {
    let mut active: Vec<&Binding> = ctx.active().collect();
    active.sort_by_key(|binding| binding.command != Command::Act(Action::ToggleHelp));
    let mut seen_labels = Vec::new();
    let mut seen_commands = Vec::new();
    active.retain(|binding| {
        let first =
            !seen_labels.contains(&binding.label) && !seen_commands.contains(&binding.command);
        seen_labels.push(binding.label);
        seen_commands.push(binding.command);
        first
    });
    active
}

/// Every table with the name of the screen it belongs to, in the help's order.
pub fn all_tables() -> Vec<(&'static str, &'static [Binding])> {
    let mut tables = vec![
        ("", ALWAYS),
        ("", OVERLAY),
        ("", SCREEN_KEYS),
        ("", NAVIGATION),
    ];
    tables.extend(
        Screen::ALL
            .iter()
            .map(|screen| (screen.title(), screen.keys())),
    );
    tables.push(("", EDITING));
    tables
}
