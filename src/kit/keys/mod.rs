//! Key bindings: one key (or a few) bound to what it does, where it works and how the footer
//! and the help name it. The tables themselves belong to the app and to each screen.

mod place;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

use super::msg::{Action, Msg};
pub use place::Place;

/// A screen's own modal as the key tables see it: its keys, and whether typing goes into it.
#[derive(Debug, Clone, Copy)]
pub struct ModalKeys {
    pub table: &'static [Binding],
    pub typing: bool,
}

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
    pub fn take(&self, key: &KeyEvent) -> Option<Msg> {
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
