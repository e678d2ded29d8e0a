//! The app's own actions: global ones, and those of the help and of a dialog.

use crate::kit::keys::Describe;
use crate::screens::Screen;

/// What works on every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    Show(Screen),
    ToggleHelp,
    /// Ctrl+Q: end with success.
    Quit,
    /// Ctrl+C: end as an interrupted program does (exit status 130).
    Interrupt,
    /// Ctrl+Z: stop like any shell job until `fg`.
    Suspend,
}

impl Describe for Global {
    fn description(self) -> &'static str {
        match self {
            Global::Show(screen) => screen.title(),
            Global::ToggleHelp => "help",
            Global::Quit => "quit",
            Global::Interrupt => "quit as interrupted (exit status 130)",
            Global::Suspend => "suspend; fg brings it back",
        }
    }
}

/// Scrolling and closing the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpAction {
    Close,
    LineUp,
    LineDown,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

impl HelpAction {
    pub const ALL: [HelpAction; 7] = [
        HelpAction::Close,
        HelpAction::LineUp,
        HelpAction::LineDown,
        HelpAction::PageUp,
        HelpAction::PageDown,
        HelpAction::Top,
        HelpAction::Bottom,
    ];
}

impl Describe for HelpAction {
    fn description(self) -> &'static str {
        match self {
            HelpAction::Close => "close",
            HelpAction::LineUp => "scroll up",
            HelpAction::LineDown => "scroll down",
            HelpAction::PageUp => "page up",
            HelpAction::PageDown => "page down",
            HelpAction::Top => "to the top",
            HelpAction::Bottom => "to the end",
        }
    }
}

/// A dialog or the QR code: either closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogAction {
    Close,
}

impl Describe for DialogAction {
    fn description(self) -> &'static str {
        match self {
            DialogAction::Close => "close",
        }
    }
}
