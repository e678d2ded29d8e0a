//! Key bindings: keys bound to an action of one context, where they work, and whether the
//! footer offers them. A binding's label is derived from its keys and its description is the
//! action's own, so both are written once. The tables belong to the app, the kit's fields and
//! each screen.

mod binding;
mod field_keys;
mod label;
mod listed;
mod place;

pub use binding::{Binding, Command, Describe, Shown};
pub use field_keys::{CHOICE, EDITING, FieldKey, NAVIGATION, Nav, TOGGLE, field_table};
pub use listed::{Listed, listed};
pub use place::Place;

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

/// A key table, one binding a line: `place, [keys] => action`, optionally `, help_only`.
///
/// ```ignore
/// keys![
///     Place::Menu, [UP] => Action::PreviousSet;
///     Place::Screen, [ctrl('s')] => Action::SaveProfile, help_only;
/// ]
/// ```
#[macro_export]
macro_rules! keys {
    ($($place:expr, [$($key:expr),+ $(,)?] => $action:expr $(, $shown:ident)?;)*) => {
        &[$($crate::kit::keys::Binding::new($place, &[$($key),+], $action)$(.$shown())?),*]
    };
}

/// A screen's own modal as the key tables see it: its keys, and whether typing goes into it.
#[derive(Debug)]
pub struct ModalKeys<A: 'static> {
    pub table: &'static [Binding<A>],
    pub typing: bool,
}

impl<A> Clone for ModalKeys<A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A> Copy for ModalKeys<A> {}
