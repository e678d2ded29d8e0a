//! What covers the screen: the help or a dialog. An open overlay takes every key first.

use super::AppMsg;
use super::actions::{DialogAction, Global, HelpAction};
use crate::kit::{Dialog, Modal, QrCard};

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

    pub fn handle(&mut self, msg: &AppMsg, size: HelpSize) -> OverlayOutcome {
        match self {
            Overlay::Help { scroll } => match msg {
                AppMsg::Help(HelpAction::Close) | AppMsg::Global(Global::ToggleHelp) => {
                    OverlayOutcome::Closes
                }
                AppMsg::Help(action) => {
                    *scroll = scrolled(*action, *scroll, size).min(size.max_scroll());
                    OverlayOutcome::Stays
                }
                // The window may have shrunk under it.
                _ => {
                    *scroll = (*scroll).min(size.max_scroll());
                    OverlayOutcome::Stays
                }
            },
            Overlay::Dialog(_) | Overlay::Qr(_) => match msg {
                AppMsg::Dialog(DialogAction::Close) => OverlayOutcome::Closes,
                _ => OverlayOutcome::Stays,
            },
        }
    }
}

/// Where an action moves the help's first line.
fn scrolled(action: HelpAction, scroll: usize, size: HelpSize) -> usize {
    let page = size.page.max(1);
    match action {
        HelpAction::LineUp => scroll.saturating_sub(1),
        HelpAction::LineDown => scroll.saturating_add(1),
        HelpAction::PageUp => scroll.saturating_sub(page),
        HelpAction::PageDown => scroll.saturating_add(page),
        HelpAction::Top => 0,
        HelpAction::Bottom => size.max_scroll(),
        HelpAction::Close => scroll,
    }
}
