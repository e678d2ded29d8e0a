//! Keys as bindings name them: a code and the modifiers held.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

/// A key as a binding names it: the code and the modifiers held.
pub type Key = (KeyCode, KeyModifiers);

pub const NONE: KeyModifiers = KeyModifiers::NONE;
pub const CTRL: KeyModifiers = KeyModifiers::CONTROL;
pub const ALT: KeyModifiers = KeyModifiers::ALT;

pub const ENTER: Key = (KeyCode::Enter, NONE);
pub const ESC: Key = (KeyCode::Esc, NONE);
pub const TAB: Key = (KeyCode::Tab, NONE);
pub const BACKTAB: Key = (KeyCode::BackTab, NONE);
pub const UP: Key = (KeyCode::Up, NONE);
pub const DOWN: Key = (KeyCode::Down, NONE);
pub const LEFT: Key = (KeyCode::Left, NONE);
pub const RIGHT: Key = (KeyCode::Right, NONE);
pub const HOME: Key = (KeyCode::Home, NONE);
pub const END: Key = (KeyCode::End, NONE);
pub const PAGE_UP: Key = (KeyCode::PageUp, NONE);
pub const PAGE_DOWN: Key = (KeyCode::PageDown, NONE);
pub const SPACE: Key = (KeyCode::Char(' '), NONE);

/// A plain character key.
pub const fn ch(c: char) -> Key {
    (KeyCode::Char(c), NONE)
}

/// A character with Ctrl held.
pub const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), CTRL)
}

/// A character with Alt held.
pub const fn alt(c: char) -> Key {
    (KeyCode::Char(c), ALT)
}

/// A function key.
pub const fn f(n: u8) -> Key {
    (KeyCode::F(n), NONE)
}
