//! The Register screen's keys.

use crate::kit::Action as A;
use crate::kit::keys::{Binding, CTRL, NONE, Place as P};
use ratatui::crossterm::event::KeyCode as K;

pub static KEYS: &[Binding] = &[
    Binding::new(
        P::Screen,
        &[(K::Char('r'), CTRL)],
        "Ctrl+R",
        "show/hide password",
        A::RevealPassword,
    )
    .help_only(),
    Binding::new(
        P::Field("a text field"),
        &[(K::Enter, NONE)],
        "Enter",
        "next field",
        A::Activate,
    ),
    Binding::new(
        P::Submits("the code field"),
        &[(K::Enter, NONE)],
        "Enter",
        "submit",
        A::Activate,
    ),
    Binding::new(P::Choice, &[(K::Left, NONE)], "Left", "previous choice", A::Left),
    Binding::new(P::Choice, &[(K::Right, NONE)], "Right", "next choice", A::Right),
    Binding::new(P::Choice, &[(K::Char(' '), NONE)], "Space", "pick", A::Toggle),
    Binding::new(
        P::Choice,
        &[(K::Enter, NONE)],
        "Enter",
        "pick and go on",
        A::Activate,
    ),
    Binding::new(
        P::Button,
        &[(K::Enter, NONE), (K::Char(' '), NONE)],
        "Enter/Space",
        "press",
        A::Activate,
    ),
];
