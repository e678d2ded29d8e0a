//! The app's own key tables; each screen's are in its folder.

use ratatui::crossterm::event::KeyCode as K;

use super::{Binding, CTRL, Command, NONE, Place as P};
use crate::app::msg::Action as A;

/// Work everywhere, even under an overlay.
pub static ALWAYS: &[Binding] = &[
    Binding::new(
        P::Anywhere,
        &[(K::Char('q'), CTRL)],
        "Ctrl+Q",
        "quit",
        A::Quit,
    ),
    Binding::new(
        P::Anywhere,
        &[(K::Char('c'), CTRL)],
        "Ctrl+C",
        "interrupt (exit 130)",
        A::Interrupt,
    ),
    Binding::new(
        P::Anywhere,
        &[(K::Char('z'), CTRL)],
        "Ctrl+Z",
        "suspend",
        A::Suspend,
    ),
    Binding::new(P::Anywhere, &[(K::F(1), NONE)], "F1", "help", A::ToggleHelp),
];

pub static OVERLAY: &[Binding] = &[
    Binding::new(P::Overlay, &[(K::Esc, NONE)], "Esc", "close", A::Close),
    Binding::new(P::Overlay, &[(K::Enter, NONE)], "Enter", "close", A::Close),
];

/// Between fields, on every screen (the screens' F-keys come from their registry).
pub static NAVIGATION: &[Binding] = &[
    Binding::new(
        P::Navigation,
        &[(K::Tab, NONE)],
        "Tab",
        "next field",
        A::FocusNext,
    ),
    Binding::new(
        P::Navigation,
        &[(K::BackTab, NONE)],
        "Shift+Tab",
        "previous field",
        A::FocusPrev,
    ),
    Binding::new(
        P::Navigation,
        &[(K::Up, NONE)],
        "Up",
        "previous field",
        A::Up,
    ),
    Binding::new(
        P::Navigation,
        &[(K::Down, NONE)],
        "Down",
        "next field",
        A::Down,
    ),
];

/// A focused text field's own keys, tried after the screen's table.
pub static EDITING: &[Binding] = &[Binding {
    place: P::Text,
    keys: &[],
    label: "←/→ Home/End",
    description: "move the cursor",
    command: Command::Edit,
}];
