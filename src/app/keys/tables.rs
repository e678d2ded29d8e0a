//! The app's own key tables; each screen's are in its folder.

use ratatui::crossterm::event::KeyCode as K;
use tui_input::InputRequest as R;

use crate::kit::Action as A;
use crate::kit::keys::{ALT, Binding, CTRL, Command, Key, NONE, Place as P};
use crate::screens::{SCREEN_KEYS, Screen};

/// The help: everywhere but over what is being typed into a prompt, which it cannot show
/// over.
pub static HELP_KEY: &[Binding] = &[Binding::new(
    P::Anywhere,
    &[(K::F(1), NONE)],
    "F1",
    "help",
    A::ToggleHelp,
)];

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
        "quit as interrupted (exit status 130)",
        A::Interrupt,
    )
    .help_only(),
    Binding::new(
        P::Anywhere,
        &[(K::Char('z'), CTRL)],
        "Ctrl+Z",
        "suspend; fg brings it back",
        A::Suspend,
    )
    .help_only(),
];

pub static HELP: &[Binding] = &[
    Binding::new(P::Help, &[(K::Esc, NONE)], "Esc", "close", A::Close),
    Binding::new(P::Help, &[(K::Up, NONE)], "Up", "scroll up", A::Up).help_only(),
    Binding::new(P::Help, &[(K::Down, NONE)], "Down", "scroll down", A::Down),
    Binding::new(P::Help, &[(K::PageUp, NONE)], "PgUp", "page up", A::PageUp).help_only(),
    Binding::new(
        P::Help,
        &[(K::PageDown, NONE)],
        "PgDn",
        "page down",
        A::PageDown,
    ),
    Binding::new(P::Help, &[(K::Home, NONE)], "Home", "to the top", A::Home).help_only(),
    Binding::new(P::Help, &[(K::End, NONE)], "End", "to the end", A::End).help_only(),
];

pub static DIALOG: &[Binding] = &[
    Binding::new(P::Dialog, &[(K::Esc, NONE)], "Esc", "close", A::Close),
    Binding::new(P::Dialog, &[(K::Enter, NONE)], "Enter", "close", A::Close),
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
    )
    .help_only(),
    Binding::new(
        P::Navigation,
        &[(K::Up, NONE)],
        "Up",
        "previous field",
        A::Up,
    )
    .help_only(),
    Binding::new(
        P::Navigation,
        &[(K::Down, NONE)],
        "Down",
        "next field",
        A::Down,
    )
    .help_only(),
];

const fn edit(
    keys: &'static [Key],
    label: &'static str,
    what: &'static str,
    request: R,
) -> Binding {
    Binding::command(P::Text, keys, label, what, Command::Edit(request)).help_only()
}

/// A focused text field's own keys, tried after the screen's table.
pub static EDITING: &[Binding] = &[
    Binding::command(P::Text, &[], "letters…", "type", Command::Type).help_only(),
    edit(
        &[(K::Left, NONE), (K::Char('b'), CTRL)],
        "Left, Ctrl+B",
        "cursor left",
        R::GoToPrevChar,
    ),
    edit(
        &[(K::Right, NONE), (K::Char('f'), CTRL)],
        "Right, Ctrl+F",
        "cursor right",
        R::GoToNextChar,
    ),
    edit(
        &[(K::Left, CTRL), (K::Char('b'), ALT)],
        "Ctrl+Left, Alt+B",
        "word left",
        R::GoToPrevWord,
    ),
    edit(
        &[(K::Right, CTRL), (K::Char('f'), ALT)],
        "Ctrl+Right, Alt+F",
        "word right",
        R::GoToNextWord,
    ),
    edit(
        &[(K::Home, NONE), (K::Char('a'), CTRL)],
        "Home, Ctrl+A",
        "to the start",
        R::GoToStart,
    ),
    edit(
        &[(K::End, NONE), (K::Char('e'), CTRL)],
        "End, Ctrl+E",
        "to the end",
        R::GoToEnd,
    ),
    edit(
        &[(K::Backspace, NONE), (K::Char('h'), CTRL)],
        "Backspace, Ctrl+H",
        "delete left",
        R::DeletePrevChar,
    ),
    edit(
        &[(K::Delete, NONE)],
        "Delete",
        "delete right",
        R::DeleteNextChar,
    ),
    edit(
        &[(K::Char('w'), CTRL), (K::Backspace, ALT)],
        "Ctrl+W, Alt+Backspace",
        "delete the word left",
        R::DeletePrevWord,
    ),
    edit(
        &[(K::Delete, CTRL)],
        "Ctrl+Delete",
        "delete the word right",
        R::DeleteNextWord,
    ),
    edit(
        &[(K::Char('u'), CTRL)],
        "Ctrl+U",
        "delete the whole field",
        R::DeleteLine,
    ),
    edit(
        &[(K::Char('k'), CTRL)],
        "Ctrl+K",
        "delete to the end",
        R::DeleteTillEnd,
    ),
];

/// Every table with the name of the screen it belongs to, in the help's order.
pub fn all_tables() -> Vec<(&'static str, &'static [Binding])> {
    let mut tables = vec![("", HELP_KEY), ("", ALWAYS), ("", HELP), ("", DIALOG)];
    // The screens' own modals next, as the overlays they are.
    tables.extend(
        Screen::ALL
            .iter()
            .flat_map(|screen| screen.modal_tables())
            .map(|modal| ("", modal.table)),
    );
    tables.extend([("", SCREEN_KEYS), ("", NAVIGATION)]);
    tables.extend(
        Screen::ALL
            .iter()
            .map(|screen| (screen.title(), screen.keys())),
    );
    tables.push(("", EDITING));
    tables
}
