//! What reaches a screen: an action of its own, or a key its focused field takes. No terminal
//! types: tests build these directly.

use tui_input::InputRequest;

use super::keys::{FieldKey, Nav};

/// A message for a screen whose own actions are `A`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input<A> {
    /// One of the screen's own actions.
    Do(A),
    /// Between fields.
    Nav(Nav),
    /// A key for the focused field.
    Field(FieldKey),
    /// A bracketed paste: filtered and cut to the focused field, applied as one edit.
    Paste(String),
}

impl<A> Input<A> {
    /// An edit of the focused text field.
    pub fn edit(request: InputRequest) -> Input<A> {
        Input::Field(FieldKey::Edit(request))
    }

    /// The same input for a screen whose actions wrap these.
    pub fn map<B>(self, wrap: impl FnOnce(A) -> B) -> Input<B> {
        match self {
            Input::Do(action) => Input::Do(wrap(action)),
            Input::Nav(nav) => Input::Nav(nav),
            Input::Field(key) => Input::Field(key),
            Input::Paste(text) => Input::Paste(text),
        }
    }
}
