//! The Password screen's keys.

use crate::app::Action as A;
use crate::app::keys::{Binding, Command, NONE, Place as P};
use ratatui::crossterm::event::KeyCode as K;

pub static KEYS: &[Binding] = &[
    Binding::new(P::Menu, &[(K::Up, NONE)], "Up", "previous option", A::Up),
    Binding::new(P::Menu, &[(K::Down, NONE)], "Down", "next option", A::Down),
    Binding::new(P::Menu, &[(K::Enter, NONE)], "Enter", "generate", A::Activate),
    Binding::new(
        P::Field("the length field"),
        &[(K::Enter, NONE)],
        "Enter",
        "show the menu",
        A::Activate,
    ),
    Binding::new(P::Toggle, &[(K::Char(' '), NONE)], "Space", "toggle", A::Toggle),
    Binding::new(P::Toggle, &[(K::Enter, NONE)], "Enter", "generate", A::Activate),
    Binding::new(
        P::Output("the password"),
        &[(K::Enter, NONE)],
        "Enter",
        "new password",
        A::Regenerate,
    ),
    Binding::command(
        P::OffText,
        &[
            (K::Char('1'), NONE),
            (K::Char('2'), NONE),
            (K::Char('3'), NONE),
            (K::Char('4'), NONE),
        ],
        "1-4",
        "pick a set",
        Command::PickDigit,
    ),
    Binding::new(P::OffText, &[(K::Char('r'), NONE)], "r", "new password", A::Regenerate),
    Binding::new(P::OffText, &[(K::Char('c'), NONE)], "c", "copy", A::Copy),
    Binding::new(
        P::OffText,
        &[(K::Char('u'), NONE)],
        "u",
        "use in Register",
        A::UseInRegister,
    ),
];
