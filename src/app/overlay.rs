//! What covers the screen: the help or a dialog. An open overlay takes every key first.

use zeroize::Zeroizing;

use super::msg::{Action, Msg};
use super::profile_save::{NamePrompt, ProfileSave};
use keysmith_core::qr::QrMatrix;

#[derive(Debug, Clone)]
pub enum Overlay {
    /// `scroll`: the first line shown.
    Help {
        scroll: usize,
    },
    Dialog(Dialog),
    /// An authenticator enrolment to scan.
    Qr(QrCard),
    /// Ctrl+S: the name to save the options under.
    Prompt(Box<NamePrompt>),
    /// A profile of that name exists: replace it?
    Replace(Box<ProfileSave>),
}

/// What a phone scans, and what a person types instead: both hold the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct QrCard {
    pub matrix: QrMatrix,
    /// The base32 secret in groups of four.
    pub secret_groups: Zeroizing<String>,
    pub account: String,
}

impl std::fmt::Debug for QrCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrCard")
            .field("account", &self.account)
            .finish_non_exhaustive()
    }
}

/// How much help there is, and how much of it the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpSize {
    pub lines: usize,
    pub page: usize,
}

impl HelpSize {
    pub fn max_scroll(self) -> usize {
        self.lines.saturating_sub(self.page)
    }
}

/// What a message does to the open overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlayOutcome {
    Stays,
    Closes,
}

impl Overlay {
    pub fn help() -> Overlay {
        Overlay::Help { scroll: 0 }
    }

    pub fn handle(&mut self, msg: &Msg, size: HelpSize) -> OverlayOutcome {
        match self {
            Overlay::Help { scroll } => match msg {
                Msg::Do(Action::Close | Action::ToggleHelp) => OverlayOutcome::Closes,
                Msg::Do(action) => {
                    *scroll = scrolled(*action, *scroll, size).min(size.max_scroll());
                    OverlayOutcome::Stays
                }
                Msg::Edit(_) | Msg::Paste(_) | Msg::Tick | Msg::Resize(..) => {
                    *scroll = (*scroll).min(size.max_scroll());
                    OverlayOutcome::Stays
                }
            },
            // The app answers these itself (`saving_profile`): they save.
            Overlay::Prompt(_) | Overlay::Replace(_) => OverlayOutcome::Stays,
            Overlay::Dialog(_) | Overlay::Qr(_) => match msg {
                Msg::Do(Action::Close | Action::Activate) => OverlayOutcome::Closes,
                Msg::Do(_) | Msg::Edit(_) | Msg::Paste(_) | Msg::Tick | Msg::Resize(..) => {
                    OverlayOutcome::Stays
                }
            },
        }
    }
}

/// Where an action moves the help's first line.
fn scrolled(action: Action, scroll: usize, size: HelpSize) -> usize {
    let page = size.page.max(1);
    match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Home => 0,
        Action::End => size.max_scroll(),
        // The help has no use for the others; its keys table sends none of them.
        Action::FocusNext
        | Action::FocusPrev
        | Action::Left
        | Action::Right
        | Action::Toggle
        | Action::Activate
        | Action::RevealPassword
        | Action::Regenerate
        | Action::Copy
        | Action::UseInRegister
        | Action::SaveProfile
        | Action::PickOption(_)
        | Action::Show(_)
        | Action::ToggleHelp
        | Action::Close
        | Action::Quit
        | Action::Interrupt
        | Action::Suspend => scroll,
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
