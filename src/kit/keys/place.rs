//! Where a binding works: the condition on the focus, and the heading the help lists it under.

use crate::kit::focus::FocusKind;

/// Declared in the help's order: the program's keys first, the help's own last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    Anywhere,
    /// On any screen with nothing over it.
    Navigation,
    /// Anywhere on the screen whose table holds it.
    Screen,
    /// On the screen whose table holds it, outside text fields (plain letters are typing there).
    OffText,
    /// As `OffText`, in one mode of the screen, named.
    OffTextIn(&'static str),
    Menu,
    /// In the text fields of a screen where Enter moves on, named.
    Field(&'static str),
    /// In a text field where Enter submits the form, named.
    Submits(&'static str),
    /// In a text field offering a completion after its cursor.
    Completion,
    /// In any text field.
    Text,
    Choice,
    Radio,
    Button,
    Toggle,
    /// On a screen's result, named.
    Output(&'static str),
    Dialog,
    /// In a screen's modal that asks for text; the heading says which.
    ModalField(&'static str),
    /// In a screen's modal that asks a question; the heading says which.
    ModalQuestion(&'static str),
    Help,
}

impl Place {
    pub fn applies(self, focus: FocusKind) -> bool {
        match self {
            Place::Anywhere
            | Place::Help
            | Place::Dialog
            | Place::ModalField(_)
            | Place::ModalQuestion(_)
            | Place::Navigation
            | Place::Screen => true,
            Place::OffText | Place::OffTextIn(_) => !focus.is_text(),
            Place::Menu => focus == FocusKind::Menu,
            Place::Field(_) => matches!(focus, FocusKind::Text | FocusKind::Completing),
            Place::Completion => focus == FocusKind::Completing,
            Place::Submits(_) => focus == FocusKind::SubmitText,
            Place::Text => focus.is_text(),
            Place::Choice => focus == FocusKind::Choice,
            Place::Radio => focus == FocusKind::Radio,
            Place::Button => focus == FocusKind::Button,
            Place::Toggle => focus == FocusKind::Toggle,
            Place::Output(_) => focus == FocusKind::Output,
        }
    }

    /// The help's heading; `screen` names the screen whose table the binding is in.
    pub fn heading(self, screen: &str) -> String {
        match self {
            Place::Anywhere => "Anywhere".into(),
            Place::Help => "In this help".into(),
            Place::Dialog => "In a dialog".into(),
            Place::ModalField(heading) | Place::ModalQuestion(heading) => heading.into(),
            Place::Navigation => "On a screen".into(),
            Place::Screen | Place::OffText => format!("On {screen}"),
            Place::OffTextIn(mode) => format!("In {mode}"),
            Place::Menu => "In the menu".into(),
            Place::Field(name) => format!("In {name}"),
            Place::Submits(name) => format!("In {name}"),
            Place::Completion => "Where a completion is offered".into(),
            Place::Text => "Editing text".into(),
            Place::Choice => "On a selector".into(),
            Place::Radio => "On a radio row".into(),
            Place::Button => "On a button".into(),
            Place::Toggle => "On a toggle".into(),
            Place::Output(name) => format!("On {name}"),
        }
    }
}
