//! Key tables: one binding a line, one table a context, tried overlay → screen → global.
//! The footer and the help read the same tables, so a key is declared once.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::InputRequest;

mod help;
mod place;
mod tables;
#[cfg(test)]
mod tests;

use super::focus::FocusKind;
use super::msg::{Action, Msg};
use super::{App, Overlay};
use crate::screens::{SCREEN_KEYS, Screen};
pub use help::{HelpLine, help_lines};
pub use place::Place;
pub use tables::{ALWAYS, CONFIRM, DIALOG, EDITING, HELP, HELP_KEY, NAVIGATION, PROMPT};

pub type Key = (KeyCode, KeyModifiers);

pub const NONE: KeyModifiers = KeyModifiers::NONE;
pub const CTRL: KeyModifiers = KeyModifiers::CONTROL;
pub const ALT: KeyModifiers = KeyModifiers::ALT;

/// What a binding does with the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Act(Action),
    /// A digit key picks the option of that number.
    PickDigit,
    /// An edit of the focused text field.
    Edit(InputRequest),
    /// A printable character typed into the focused text field.
    Type,
}

/// Whether the footer offers a binding, or only the help lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Footer,
    HelpOnly,
}

#[derive(Debug)]
pub struct Binding {
    pub place: Place,
    /// The keys; empty for `Command::Type`, which takes any printable character.
    pub keys: &'static [Key],
    /// How the help and the footer name the keys.
    pub label: &'static str,
    pub description: &'static str,
    pub command: Command,
    pub shown: Shown,
}

impl Binding {
    pub const fn new(
        place: Place,
        keys: &'static [Key],
        label: &'static str,
        description: &'static str,
        action: Action,
    ) -> Binding {
        Binding::command(place, keys, label, description, Command::Act(action))
    }

    pub const fn command(
        place: Place,
        keys: &'static [Key],
        label: &'static str,
        description: &'static str,
        command: Command,
    ) -> Binding {
        Binding {
            place,
            keys,
            label,
            description,
            command,
            shown: Shown::Footer,
        }
    }

    /// Listed in the help, kept out of the footer's little room.
    pub const fn help_only(self) -> Binding {
        Binding {
            shown: Shown::HelpOnly,
            ..self
        }
    }

    /// The message this binding makes of `key`, if it takes it.
    fn take(&self, key: &KeyEvent) -> Option<Msg> {
        // Shift is part of the character for letters and of BackTab's name; drop it to compare.
        let modifiers = key.modifiers - KeyModifiers::SHIFT;
        let pressed = self
            .keys
            .iter()
            .any(|&(code, mods)| code == key.code && mods == modifiers);
        match (self.command, key.code) {
            (Command::Act(action), _) => pressed.then_some(Msg::Do(action)),
            (Command::PickDigit, KeyCode::Char(c)) if pressed => {
                let digit = c.to_digit(10).and_then(|d| u8::try_from(d).ok())?;
                Some(Msg::Do(Action::PickOption(digit)))
            }
            (Command::Edit(request), _) => pressed.then_some(Msg::Edit(request)),
            // AltGr arrives as Ctrl+Alt on some keyboards: those characters are typing too.
            (Command::Type, KeyCode::Char(c)) if modifiers == NONE || modifiers == CTRL | ALT => {
                Some(Msg::Edit(InputRequest::InsertChar(c)))
            }
            (Command::PickDigit | Command::Type, _) => None,
        }
    }
}

/// Which overlay covers the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covered {
    Help,
    Dialog,
    /// The profile name prompt: a text field.
    Prompt,
    /// Replace a profile?
    Confirm,
}

/// What the key tables need to know of the app.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub screen: Screen,
    /// The screen's keys as it is now (`ScreenState::keys_now`).
    pub table: &'static [Binding],
    pub focus: FocusKind,
    pub overlay: Option<Covered>,
}

impl Context {
    pub fn of(app: &App) -> Context {
        let overlay = app.overlay.as_ref().map(|overlay| match overlay {
            Overlay::Help { .. } => Covered::Help,
            Overlay::Dialog(_) | Overlay::Qr(_) => Covered::Dialog,
            Overlay::Prompt(_) => Covered::Prompt,
            Overlay::Replace(_) => Covered::Confirm,
        });
        // The prompt's field is where typing goes, whatever the screen's focus.
        let focus = match overlay {
            Some(Covered::Prompt) => FocusKind::Text,
            Some(Covered::Help | Covered::Dialog | Covered::Confirm) | None => app.focus_kind(),
        };
        Context {
            screen: app.screen,
            table: app.screens.keys_now(app.screen),
            focus,
            overlay,
        }
    }

    /// The tables in the order they are tried; `ALWAYS` last, as nothing shadows it.
    pub fn tables(self) -> Vec<&'static [Binding]> {
        match self.overlay {
            Some(Covered::Help) => return vec![HELP, HELP_KEY, ALWAYS],
            Some(Covered::Dialog) => return vec![DIALOG, HELP_KEY, ALWAYS],
            Some(Covered::Prompt) => return vec![PROMPT, EDITING, ALWAYS],
            Some(Covered::Confirm) => return vec![CONFIRM, ALWAYS],
            None => {}
        }
        let mut tables = vec![self.table];
        if self.focus.is_text() {
            tables.push(EDITING);
        }
        tables.extend([SCREEN_KEYS, NAVIGATION, HELP_KEY, ALWAYS]);
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
            ctx.active().find_map(|binding| binding.take(key))
        }
        Event::Paste(text)
            if matches!(ctx.overlay, None | Some(Covered::Prompt)) && ctx.focus.is_text() =>
        {
            Some(Msg::Paste(text.clone()))
        }
        _ => None,
    }
}

/// The bindings for the footer, most useful first: help (so the way to every other key is
/// never cut off), what the focused field does, the next field, quitting, then the screens.
/// A key bound twice here does the first thing, and two keys that do the same are listed once.
pub fn footer(ctx: Context) -> Vec<&'static Binding> {
    // The overlay's table where one is open, else the screen's: what is done here.
    let own_table = ctx.tables().first().copied().unwrap_or(ctx.table);
    let rank = |binding: &Binding| match binding.command {
        Command::Act(Action::ToggleHelp) => 0,
        _ if in_table(own_table, binding) => 1,
        Command::Act(Action::Close | Action::FocusNext) => 2,
        Command::Act(Action::Quit) => 3,
        _ => 4,
    };
    let mut active: Vec<&Binding> = ctx
        .active()
        .filter(|binding| binding.shown == Shown::Footer)
        .collect();
    active.sort_by_key(|binding| rank(binding));
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

fn in_table(table: &[Binding], binding: &Binding) -> bool {
    table.iter().any(|b| std::ptr::eq(b, binding))
}

/// Every table with the name of the screen it belongs to, in the help's order.
pub fn all_tables() -> Vec<(&'static str, &'static [Binding])> {
    let mut tables = vec![
        ("", HELP_KEY),
        ("", ALWAYS),
        ("", HELP),
        ("", DIALOG),
        ("", PROMPT),
        ("", CONFIRM),
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
