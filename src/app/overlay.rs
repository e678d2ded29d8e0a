//! What covers the screen: the help or a dialog. An open overlay takes every key first.

use super::msg::{Action, Msg};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Dialog(Dialog),
}

/// What a message does to the open overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlayOutcome {
    Stays,
    Closes,
}

impl Overlay {
    pub fn handle(&self, msg: &Msg) -> OverlayOutcome {
        let closes = match self {
            Overlay::Help => matches!(msg, Msg::Do(Action::Close | Action::ToggleHelp)),
            Overlay::Dialog(_) => matches!(msg, Msg::Do(Action::Close | Action::Activate)),
        };
        if closes {
            OverlayOutcome::Closes
        } else {
            OverlayOutcome::Stays
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
}

/// The modal outcome of a login attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub outcome: Outcome,
    pub message: String,
}

impl Dialog {
    pub fn success(message: String) -> Dialog {
        Dialog {
            outcome: Outcome::Success,
            message,
        }
    }

    pub fn denied(message: &str) -> Dialog {
        Dialog {
            outcome: Outcome::Denied,
            message: message.to_string(),
        }
    }

    pub fn title(&self) -> &'static str {
        match self.outcome {
            Outcome::Success => "Login successful",
            Outcome::Denied => "Login denied",
        }
    }
}
