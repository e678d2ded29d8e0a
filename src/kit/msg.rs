//! What can happen to a screen or the app. No terminal types: tests build these directly.

use tui_input::InputRequest;

/// A screen by its place in the tab row; the app knows which screen is where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tab(pub u8);

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
    /// Ctrl+S: save the Password screen's options as a profile.
    SaveProfile,
    PickOption(u8),
    Show(Tab),
    ToggleHelp,
    /// Scrolling the help: a page, or to either end.
    PageUp,
    PageDown,
    Home,
    End,
    Close,
    /// Ctrl+Q: end with success.
    Quit,
    /// Ctrl+C: end as an interrupted program does (exit status 130).
    Interrupt,
    /// Ctrl+Z: stop like any shell job until `fg`.
    Suspend,
}

impl Action {
    /// Every action, with the menu's four options and the first `tabs` tabs; the match makes
    /// a new variant fail to compile here until it is listed.
    pub fn every(tabs: u8) -> Vec<Action> {
        use Action as A;
        let mut all = vec![
            A::FocusNext,
            A::FocusPrev,
            A::Up,
            A::Down,
            A::Left,
            A::Right,
            A::Toggle,
            A::Activate,
            A::RevealPassword,
            A::Regenerate,
            A::Copy,
            A::UseInRegister,
            A::SaveProfile,
            A::ToggleHelp,
            A::PageUp,
            A::PageDown,
            A::Home,
            A::End,
            A::Close,
            A::Quit,
            A::Interrupt,
            A::Suspend,
        ];
        all.extend((1..=4).map(A::PickOption));
        all.extend((0..tabs).map(|tab| A::Show(Tab(tab))));
        for action in &all {
            match action {
                A::FocusNext | A::FocusPrev | A::Up | A::Down | A::Left | A::Right => {}
                A::Toggle | A::Activate | A::RevealPassword | A::Regenerate | A::Copy => {}
                A::UseInRegister | A::SaveProfile | A::PickOption(_) | A::Show(_) => {}
                A::ToggleHelp | A::PageUp | A::PageDown | A::Home | A::End => {}
                A::Close | A::Quit | A::Interrupt | A::Suspend => {}
            }
        }
        all
    }
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
    /// The terminal's size, in columns and rows: what a page of help is.
    Resize(u16, u16),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Do(action)
    }
}
