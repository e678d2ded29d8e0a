//! Key bindings: keys bound to an action of one context, where they work, and whether the
//! footer offers them. A binding's label is derived from its keys and its description is the
//! action's own, so both are written once. The tables belong to the app, the kit's fields and
//! each screen.

mod binding;
mod field_keys;
mod key;
mod label;
mod listed;
mod place;

pub use binding::{Binding, Command, Describe, ModalKeys, Shown};
pub use field_keys::{
    CHOICE, COMPLETION, EDITING, FieldKey, NAVIGATION, Nav, RADIO, TOGGLE, field_tables,
};
pub use key::{
    ALT, BACKTAB, CTRL, DOWN, END, ENTER, ESC, HOME, Key, LEFT, NONE, PAGE_DOWN, PAGE_UP, RIGHT,
    SPACE, TAB, UP, alt, ch, ctrl, f,
};
pub use listed::{Listed, listed};
pub use place::Place;

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
