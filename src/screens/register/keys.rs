//! The Register screen's actions and keys.

use crate::keys;
use crate::kit::keys::{Binding, Describe, ENTER, Place as P, SPACE, ctrl};

/// What the Register screen's keys do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    RevealPassword,
    NextField,
    Submit,
    Press,
}

impl Describe for Action {
    fn description(self) -> &'static str {
        match self {
            Action::RevealPassword => "show/hide password",
            Action::NextField => "next field",
            Action::Submit => "submit",
            Action::Press => "press",
        }
    }
}

pub static KEYS: &[Binding<Action>] = keys![
    P::Screen, [ctrl('r')] => Action::RevealPassword, help_only;
    P::Field("a text field"), [ENTER] => Action::NextField;
    P::Submits("the code field"), [ENTER] => Action::Submit;
    P::Button, [ENTER, SPACE] => Action::Press;
];

/// The screen's one table, as the registry lists tables.
pub static ALL: &[&[Binding<Action>]] = &[KEYS];

impl Action {
    /// Every action, for the tests that check each has a key and the tests that send each; the
    /// match fails to compile when a variant is added and not listed.
    pub fn every() -> Vec<Action> {
        let all = vec![
            Action::RevealPassword,
            Action::NextField,
            Action::Submit,
            Action::Press,
        ];
        for action in &all {
            match action {
                Action::RevealPassword | Action::NextField | Action::Submit => {}
                Action::Press => {}
            }
        }
        all
    }
}
