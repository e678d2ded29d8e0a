//! Characters mode's own keys: its menu of sets, and its password.

use crate::kit::keys::{Binding, DOWN, ENTER, Place as P, SPACE, UP, ch};
use crate::screens::password::Action;

/// Where the help lists the mode's own keys.
const MODE: P = P::OffTextIn("Characters mode");

pub static CHARACTERS: &[Binding<Action>] = &[
    Binding::new(P::Menu, &[UP], Action::PreviousSet),
    Binding::new(P::Menu, &[DOWN], Action::NextSet),
    Binding::new(P::Menu, &[SPACE], Action::PickHighlighted),
    Binding::new(P::Menu, &[ENTER], Action::PickAndGenerate),
    Binding::new(P::Output("the password"), &[ENTER], Action::NewPassword),
    Binding::digits(MODE, &[ch('1'), ch('2'), ch('3'), ch('4')], Action::PickSet),
    Binding::new(MODE, &[ch('r')], Action::NewPassword),
];
