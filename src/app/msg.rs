//! What can happen to the app. No terminal types: tests build these directly.

use secrecy::SecretString;
use tui_input::InputRequest;

/// A user's intent, already decoded from whatever key produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    FocusNext,
    FocusPrev,
    /// Up and Down: move within a list, or between fields elsewhere.
    Up,
    Down,
    /// Left and Right on a radio row or selector.
    Left,
    Right,
    Toggle,
    Activate,
    RevealPassword,
    Regenerate,
    Copy,
    UseInRegister,
    PickOption(u8),
    ShowRegister,
    ShowPassword,
    ToggleHelp,
    Close,
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Do(Action),
    /// An edit of the focused text field.
    Edit(InputRequest),
    /// A bracketed paste: filtered and cut to the focused field, applied as one edit.
    Paste(String),
    /// Time has passed: countdowns and the clipboard timer.
    Tick,
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Do(action)
    }
}

/// What only the runtime may do.
#[derive(Debug, Clone)]
pub enum Effect {
    Copy(SecretString),
    ClearClipboard,
    Quit,
}
