//! The keys every screen shares: moving between fields, and what each kind of field does
//! with a key (text, choice, toggle). A screen forwards these to its focused field.

use tui_input::InputRequest as R;

use super::{
    ALT, BACKTAB, Binding, DOWN, Describe, END, ENTER, HOME, LEFT, NONE, Place as P, RIGHT, SPACE,
    TAB, UP, alt, ctrl,
};
use crate::kit::FocusKind;
use ratatui::crossterm::event::KeyCode as K;

/// Between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Next,
    Previous,
}

impl Describe for Nav {
    fn description(self) -> &'static str {
        match self {
            Nav::Next => "next field",
            Nav::Previous => "previous field",
        }
    }
}

/// What a key does to the focused field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    /// A choice moves to the choice before or after.
    PreviousChoice,
    NextChoice,
    /// A choice takes the one under the cursor (a radio row; a selector has taken it).
    Pick,
    /// A choice takes the one under the cursor, and the focus goes on.
    PickAndGoOn,
    /// A toggle flips.
    Flip,
    /// A text field is edited.
    Edit(R),
    /// A text field takes the completion it offers.
    AcceptCompletion,
}

impl Describe for FieldKey {
    fn description(self) -> &'static str {
        match self {
            FieldKey::PreviousChoice => "previous choice",
            FieldKey::NextChoice => "next choice",
            FieldKey::Pick => "pick",
            FieldKey::PickAndGoOn => "pick and go on",
            FieldKey::Flip => "toggle",
            FieldKey::Edit(request) => edit_description(request),
            FieldKey::AcceptCompletion => "accept the completion",
        }
    }
}

fn edit_description(request: R) -> &'static str {
    match request {
        R::InsertChar(_) => "type",
        R::GoToPrevChar => "cursor left",
        R::GoToNextChar => "cursor right",
        R::GoToPrevWord => "word left",
        R::GoToNextWord => "word right",
        R::GoToStart => "to the start",
        R::GoToEnd => "to the end",
        R::DeletePrevChar => "delete left",
        R::DeleteNextChar => "delete right",
        R::DeletePrevWord => "delete the word left",
        R::DeleteNextWord => "delete the word right",
        R::DeleteLine => "delete the whole field",
        R::DeleteTillEnd => "delete to the end",
        R::DeleteFromStart => "delete to the start",
        R::SetCursor(_) => "move the cursor",
        R::Yank => "put back what was deleted",
    }
}

/// On every screen with nothing over it; a screen's own table comes first and may take Up
/// and Down for a list.
pub static NAVIGATION: &[Binding<Nav>] = crate::keys![
    P::Navigation, [TAB] => Nav::Next;
    P::Navigation, [BACKTAB] => Nav::Previous, help_only;
    P::Navigation, [UP] => Nav::Previous, help_only;
    P::Navigation, [DOWN] => Nav::Next, help_only;
];

const fn edit(request: R) -> FieldKey {
    FieldKey::Edit(request)
}

/// A focused text field's own keys.
pub static EDITING: &[Binding<FieldKey>] = &[
    Binding::typing(P::Text, |c| FieldKey::Edit(R::InsertChar(c))),
    Binding::new(P::Text, &[LEFT, ctrl('b')], edit(R::GoToPrevChar)).help_only(),
    Binding::new(P::Text, &[RIGHT, ctrl('f')], edit(R::GoToNextChar)).help_only(),
    Binding::new(
        P::Text,
        &[(K::Left, super::CTRL), alt('b')],
        edit(R::GoToPrevWord),
    )
    .help_only(),
    Binding::new(
        P::Text,
        &[(K::Right, super::CTRL), alt('f')],
        edit(R::GoToNextWord),
    )
    .help_only(),
    Binding::new(P::Text, &[HOME, ctrl('a')], edit(R::GoToStart)).help_only(),
    Binding::new(P::Text, &[END, ctrl('e')], edit(R::GoToEnd)).help_only(),
    Binding::new(
        P::Text,
        &[(K::Backspace, NONE), ctrl('h')],
        edit(R::DeletePrevChar),
    )
    .help_only(),
    Binding::new(P::Text, &[(K::Delete, NONE)], edit(R::DeleteNextChar)).help_only(),
    Binding::new(
        P::Text,
        &[ctrl('w'), (K::Backspace, ALT)],
        edit(R::DeletePrevWord),
    )
    .help_only(),
    Binding::new(
        P::Text,
        &[(K::Delete, super::CTRL)],
        edit(R::DeleteNextWord),
    )
    .help_only(),
    Binding::new(P::Text, &[ctrl('u')], edit(R::DeleteLine)).help_only(),
    Binding::new(P::Text, &[ctrl('k')], edit(R::DeleteTillEnd)).help_only(),
];

/// A text field offering a completion: Tab takes it before it would go on, Right where the
/// cursor, at the end, has nowhere to go.
pub static COMPLETION: &[Binding<FieldKey>] = crate::keys![
    P::Completion, [TAB, RIGHT] => FieldKey::AcceptCompletion;
];

/// A focused selector: what it shows is picked as it moves.
pub static CHOICE: &[Binding<FieldKey>] = crate::keys![
    P::Choice, [LEFT] => FieldKey::PreviousChoice;
    P::Choice, [RIGHT] => FieldKey::NextChoice;
    P::Choice, [ENTER] => FieldKey::PickAndGoOn;
];

/// A focused radio row.
pub static RADIO: &[Binding<FieldKey>] = crate::keys![
    P::Radio, [LEFT] => FieldKey::PreviousChoice;
    P::Radio, [RIGHT] => FieldKey::NextChoice;
    P::Radio, [SPACE] => FieldKey::Pick;
    P::Radio, [ENTER] => FieldKey::PickAndGoOn;
];

/// A focused toggle.
pub static TOGGLE: &[Binding<FieldKey>] = crate::keys![
    P::Toggle, [SPACE] => FieldKey::Flip;
];

/// The tables of each kind of field, in the order tried.
static COMPLETING_TABLES: &[&[Binding<FieldKey>]] = &[COMPLETION, EDITING];
static TEXT_TABLES: &[&[Binding<FieldKey>]] = &[EDITING];
static CHOICE_TABLES: &[&[Binding<FieldKey>]] = &[CHOICE];
static RADIO_TABLES: &[&[Binding<FieldKey>]] = &[RADIO];
static TOGGLE_TABLES: &[&[Binding<FieldKey>]] = &[TOGGLE];

/// The keys of the kind of field that has focus, in the order tried.
pub fn field_tables(focus: FocusKind) -> &'static [&'static [Binding<FieldKey>]] {
    match focus {
        FocusKind::Completing => COMPLETING_TABLES,
        FocusKind::Text | FocusKind::SubmitText => TEXT_TABLES,
        FocusKind::Choice => CHOICE_TABLES,
        FocusKind::Radio => RADIO_TABLES,
        FocusKind::Toggle => TOGGLE_TABLES,
        FocusKind::Button | FocusKind::Menu | FocusKind::Output => &[],
    }
}
