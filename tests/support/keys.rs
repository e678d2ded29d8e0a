//! Keys as a keyboard sends them, for the driver to press through the real key tables.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const fn plain(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

const fn with_ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub const ENTER: KeyEvent = plain(KeyCode::Enter);
pub const ESC: KeyEvent = plain(KeyCode::Esc);
pub const TAB: KeyEvent = plain(KeyCode::Tab);
/// Shift+Tab, as terminals send it.
pub const BACKTAB: KeyEvent = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
pub const UP: KeyEvent = plain(KeyCode::Up);
pub const DOWN: KeyEvent = plain(KeyCode::Down);
pub const LEFT: KeyEvent = plain(KeyCode::Left);
pub const RIGHT: KeyEvent = plain(KeyCode::Right);
pub const SPACE: KeyEvent = plain(KeyCode::Char(' '));
pub const HOME: KeyEvent = plain(KeyCode::Home);
pub const END: KeyEvent = plain(KeyCode::End);
pub const PAGE_UP: KeyEvent = plain(KeyCode::PageUp);
pub const PAGE_DOWN: KeyEvent = plain(KeyCode::PageDown);
pub const F1: KeyEvent = plain(KeyCode::F(1));
pub const F2: KeyEvent = plain(KeyCode::F(2));
pub const F3: KeyEvent = plain(KeyCode::F(3));
pub const CTRL_Q: KeyEvent = with_ctrl('q');
pub const CTRL_C: KeyEvent = with_ctrl('c');
pub const CTRL_Z: KeyEvent = with_ctrl('z');
pub const CTRL_S: KeyEvent = with_ctrl('s');
pub const CTRL_R: KeyEvent = with_ctrl('r');

/// A plain character key: a letter, a digit.
pub const fn key(c: char) -> KeyEvent {
    plain(KeyCode::Char(c))
}
