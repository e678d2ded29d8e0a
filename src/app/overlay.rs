//! What covers the screen: the help or a dialog. An open overlay takes every key first.

use crate::kit::{Action, Dialog, Modal, Msg, QrCard};

#[derive(Debug, Clone)]
pub enum Overlay {
    /// `scroll`: the first line shown.
    Help {
        scroll: usize,
    },
    Dialog(Dialog),
    /// An authenticator enrolment to scan.
    Qr(QrCard),
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

    /// What covers the screen for a modal a screen asked for.
    pub fn of(modal: Modal) -> Overlay {
        match modal {
            Modal::Dialog(dialog) => Overlay::Dialog(dialog),
            Modal::Qr(card) => Overlay::Qr(card),
        }
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
