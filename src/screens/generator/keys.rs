//! The Password screen's keys.

use crate::app::Action as A;
use crate::app::keys::{Binding, CTRL, Command, NONE, Place as P};
use ratatui::crossterm::event::KeyCode as K;

pub static KEYS: &[Binding] = &[
    Binding::new(P::Menu, &[(K::Up, NONE)], "Up", "previous option", A::Up),
    Binding::new(P::Menu, &[(K::Down, NONE)], "Down", "next option", A::Down),
    Binding::new(
        P::Menu,
        &[(K::Enter, NONE)],
        "Enter",
        "generate",
        A::Activate,
    ),
    // Enter in the length field goes on to the menu (or says why not), in Symbols, Exclude
    // and Words mode's fields to the next one, in Rules on to a password (the field after
    // it): one binding for all, as the key tables cannot tell the fields apart.
    Binding::new(
        P::Field("the Password screen's text fields"),
        &[(K::Enter, NONE)],
        "Enter",
        "next field",
        A::Activate,
    ),
    // The mode selector and the case of Words mode.
    Binding::new(P::Choice, &[(K::Left, NONE)], "Left", "previous", A::Left),
    Binding::new(P::Choice, &[(K::Right, NONE)], "Right", "next", A::Right),
    Binding::new(
        P::Choice,
        &[(K::Enter, NONE)],
        "Enter",
        "next field",
        A::Activate,
    ),
    Binding::new(
        P::Toggle,
        &[(K::Char(' '), NONE)],
        "Space",
        "toggle",
        A::Toggle,
    ),
    Binding::new(
        P::Toggle,
        &[(K::Enter, NONE)],
        "Enter",
        "generate",
        A::Activate,
    ),
    // `r` does the same off text fields (below); the footer lists a command once, so this
    // label names both keys.
    Binding::new(
        P::Output("the password"),
        &[(K::Enter, NONE)],
        "Enter/r",
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
    Binding::new(
        P::OffText,
        &[(K::Char('r'), NONE)],
        "r",
        "new password",
        A::Regenerate,
    ),
    Binding::new(P::OffText, &[(K::Char('c'), NONE)], "c", "copy", A::Copy),
    Binding::new(
        P::Screen,
        &[(K::Char('s'), CTRL)],
        "Ctrl+S",
        "save the options as a profile",
        A::SaveProfile,
    )
    .help_only(),
    Binding::new(
        P::OffText,
        &[(K::Char('u'), NONE)],
        "u",
        "use in Register",
        A::UseInRegister,
    ),
];
