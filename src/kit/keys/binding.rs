//! One binding: keys, the place they work, and the action of one context they send.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{ALT, CTRL, Key, NONE, Place};

/// An action that says what it does: the help and the footer show this beside its keys.
pub trait Describe: Copy + PartialEq + 'static {
    fn description(self) -> &'static str;
}

/// What a binding makes of a key it takes.
#[derive(Debug, Clone, Copy)]
pub enum Command<A> {
    Act(A),
    /// A digit key: the action for that digit.
    Digit(fn(u8) -> A),
    /// Any printable character (no keys listed): the action for that character.
    Type(fn(char) -> A),
}

/// Whether the footer offers a binding, or only the help lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Footer,
    HelpOnly,
}

#[derive(Debug)]
pub struct Binding<A: 'static> {
    pub place: Place,
    /// The keys; empty for `Command::Type`, which takes any printable character.
    pub keys: &'static [Key],
    pub command: Command<A>,
    pub shown: Shown,
}

impl<A: Copy> Binding<A> {
    pub const fn new(place: Place, keys: &'static [Key], action: A) -> Binding<A> {
        Binding {
            place,
            keys,
            command: Command::Act(action),
            shown: Shown::Footer,
        }
    }

    /// The digit keys among `keys`, each sending `action(digit)`.
    pub const fn digits(place: Place, keys: &'static [Key], action: fn(u8) -> A) -> Binding<A> {
        Binding {
            place,
            keys,
            command: Command::Digit(action),
            shown: Shown::Footer,
        }
    }

    /// Every printable character, each sending `action(character)`.
    pub const fn typing(place: Place, action: fn(char) -> A) -> Binding<A> {
        Binding {
            place,
            keys: &[],
            command: Command::Type(action),
            shown: Shown::HelpOnly,
        }
    }

    /// Listed in the help, kept out of the footer's little room.
    pub const fn help_only(self) -> Binding<A> {
        Binding {
            shown: Shown::HelpOnly,
            ..self
        }
    }

    /// The action this binding sends for `key`, if it takes it.
    pub fn take(&self, key: &KeyEvent) -> Option<A> {
        // Shift is part of the character for letters and of BackTab's name; drop it to compare.
        let modifiers = key.modifiers - KeyModifiers::SHIFT;
        let pressed = self
            .keys
            .iter()
            .any(|&(code, mods)| code == key.code && mods == modifiers);
        match (self.command, key.code) {
            (Command::Act(action), _) => pressed.then_some(action),
            (Command::Digit(action), KeyCode::Char(c)) if pressed => {
                let digit = c.to_digit(10).and_then(|d| u8::try_from(d).ok())?;
                Some(action(digit))
            }
            // AltGr arrives as Ctrl+Alt on some keyboards: those characters are typing too.
            (Command::Type(action), KeyCode::Char(c))
                if modifiers == NONE || modifiers == CTRL | ALT =>
            {
                Some(action(c))
            }
            (Command::Digit(_) | Command::Type(_), _) => None,
        }
    }

    /// The action the help describes the binding by: for digits and typing, the first.
    pub fn example(&self) -> A {
        match self.command {
            Command::Act(action) => action,
            Command::Digit(action) => action(1),
            Command::Type(action) => action('a'),
        }
    }
}

impl<A: Describe> Binding<A> {
    pub fn description(&self) -> &'static str {
        self.example().description()
    }
}

/// A screen's own modal as the key tables see it: its keys, and whether typing goes into it.
#[derive(Debug)]
pub struct ModalKeys<A: 'static> {
    pub table: &'static [Binding<A>],
    pub typing: bool,
}

impl<A> Clone for ModalKeys<A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A> Copy for ModalKeys<A> {}
