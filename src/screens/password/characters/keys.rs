//! Characters mode's own keys: its menu of sets, and its password.

use crate::kit::keys::{Binding, DOWN, ENTER, Place as P, UP, ch};
use crate::screens::password::Action;

pub static CHARACTERS: &[Binding<Action>] = &[
    Binding::new(P::Menu, &[UP], Action::PreviousSet),
    Binding::new(P::Menu, &[DOWN], Action::NextSet),
    Binding::new(P::Menu, &[ENTER], Action::Generate),
    Binding::new(P::Output("the password"), &[ENTER], Action::NewPassword),
    Binding::digits(P::OffText, &[ch('1'), ch('2'), ch('3'), ch('4')], Action::PickSet),
    Binding::new(P::OffText, &[ch('r')], Action::NewPassword),
];
