//! The Password screen's actions and keys: those of both modes, Characters mode's (its menu
//! and its password) and Words mode's (its passphrase), and Ctrl+S's two modals.

use super::characters::keys::CHARACTERS;
use super::words::keys::WORDS;
use crate::keys;
use crate::kit::keys::{Binding, DOWN, Describe, ENTER, ESC, ModalKeys, Place as P, UP, ch, ctrl};

/// What the Password screen's keys do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Up and Down in the menu: the highlight moves, or the focus leaves at either end.
    PreviousSet,
    NextSet,
    /// Space in the menu: the highlighted set is the one used.
    PickHighlighted,
    /// Enter in the menu: the highlighted set, and a password of it.
    PickAndGenerate,
    /// 1-4: the set of that number.
    PickSet(u8),
    /// Enter where it goes on down the form.
    NextField,
    Generate,
    NewPassword,
    NewPassphrase,
    Copy,
    UseInRegister,
    /// `n`: the list of several to choose from, and its keys.
    Several,
    PreviousInList,
    NextInList,
    NewList,
    ShowChosen,
    CloseList,
    /// A site whose rules allow only 8 characters or fewer: make a weak password anyway, or not.
    MakeWeak,
    KeepRefusing,
    SaveProfile,
    /// The name prompt and the replace question.
    SaveName,
    CancelSave,
    Replace,
    KeepProfile,
}

impl Describe for Action {
    fn description(self) -> &'static str {
        match self {
            Action::PreviousSet => "previous option",
            Action::NextSet => "next option",
            Action::PickHighlighted => "pick",
            Action::PickAndGenerate => "pick and generate",
            Action::PickSet(_) => "pick a set",
            Action::NextField => "next field",
            Action::Generate => "generate",
            Action::NewPassword => "new password",
            Action::NewPassphrase => "new passphrase",
            Action::Copy => "copy",
            Action::UseInRegister => "use in Register",
            Action::Several => "list",
            Action::PreviousInList => "previous one",
            Action::NextInList => "next one",
            Action::NewList => "a new list",
            Action::ShowChosen => "show it on the screen",
            Action::CloseList => "close the list",
            Action::MakeWeak => "make a weak one anyway",
            Action::KeepRefusing => "make none",
            Action::SaveProfile => "save the options as a profile",
            Action::SaveName => "save",
            Action::CancelSave => "cancel",
            Action::Replace => "replace it",
            Action::KeepProfile => "keep it",
        }
    }
}

/// Both modes. Enter in the length field goes on to the menu (or says why not), in the option
/// fields to the next one, in Rules on to a password (the field after it).
pub static SHARED: &[Binding<Action>] = &[
    Binding::new(
        P::Field("the Password screen's text fields"),
        &[ENTER],
        Action::NextField,
    ),
    Binding::new(P::Toggle, &[ENTER], Action::Generate),
    Binding::new(P::OffText, &[ch('c')], Action::Copy),
    Binding::new(P::Screen, &[ctrl('s')], Action::SaveProfile).help_only(),
    Binding::new(P::OffText, &[ch('u')], Action::UseInRegister),
    Binding::new(P::OffText, &[ch('n')], Action::Several),
];

/// Where the help lists Ctrl+S's two modals.
const NAMING_PLACE: P = P::ModalField("Naming a profile (Ctrl+S)");
const REPLACING_PLACE: P = P::ModalQuestion("Asked to replace a profile");

/// The name prompt: typing goes into its field.
pub const NAMING: ModalKeys<Action> = ModalKeys {
    table: keys![
        NAMING_PLACE, [ENTER] => Action::SaveName;
        NAMING_PLACE, [ESC] => Action::CancelSave;
    ],
    typing: true,
};

/// A profile of the name typed exists.
pub const REPLACING: ModalKeys<Action> = ModalKeys {
    table: keys![
        REPLACING_PLACE, [ENTER] => Action::Replace;
        REPLACING_PLACE, [ESC] => Action::KeepProfile;
    ],
    typing: false,
};

const CHOOSING_PLACE: P = P::ModalQuestion("Choosing from several (n)");
const CONFIRMING_PLACE: P = P::ModalQuestion("Asked to make a weak password for a site");

/// The list of several: `c` and `u` take the highlighted one, as they take the one shown.
pub const CHOOSING: ModalKeys<Action> = ModalKeys {
    table: keys![
        CHOOSING_PLACE, [UP] => Action::PreviousInList;
        CHOOSING_PLACE, [DOWN] => Action::NextInList;
        CHOOSING_PLACE, [ch('c')] => Action::Copy;
        CHOOSING_PLACE, [ch('u')] => Action::UseInRegister;
        CHOOSING_PLACE, [ENTER] => Action::ShowChosen;
        CHOOSING_PLACE, [ch('r'), ch('n')] => Action::NewList;
        CHOOSING_PLACE, [ESC] => Action::CloseList;
    ],
    typing: false,
};

/// The site's rules allow only a weak length: only this explicit step makes one.
pub const CONFIRMING: ModalKeys<Action> = ModalKeys {
    table: keys![
        CONFIRMING_PLACE, [ch('y')] => Action::MakeWeak;
        CONFIRMING_PLACE, [ESC, ch('n')] => Action::KeepRefusing;
    ],
    typing: false,
};

/// The modals, in the help's order: naming a profile, replacing one, the list of several, the
/// question for a short site.
pub static MODALS: &[ModalKeys<Action>] = &[NAMING, REPLACING, CHOOSING, CONFIRMING];

/// Every table, for the help; and the tables each mode uses.
pub static ALL: &[&[Binding<Action>]] = &[CHARACTERS, WORDS, SHARED];
pub static IN_CHARACTERS: &[&[Binding<Action>]] = &[CHARACTERS, SHARED];
pub static IN_WORDS: &[&[Binding<Action>]] = &[WORDS, SHARED];

impl Action {
    /// Every action, for the tests that check each has a key and the tests that send each; the
    /// match fails to compile when a variant is added and not listed.
    pub fn every() -> Vec<Action> {
        let mut all = vec![
            Action::PreviousSet,
            Action::NextSet,
            Action::PickHighlighted,
            Action::PickAndGenerate,
            Action::NextField,
            Action::Generate,
            Action::NewPassword,
            Action::NewPassphrase,
            Action::Copy,
            Action::UseInRegister,
            Action::Several,
            Action::PreviousInList,
            Action::NextInList,
            Action::NewList,
            Action::ShowChosen,
            Action::CloseList,
            Action::MakeWeak,
            Action::KeepRefusing,
            Action::SaveProfile,
            Action::SaveName,
            Action::CancelSave,
            Action::Replace,
            Action::KeepProfile,
        ];
        all.extend((1..=4).map(Action::PickSet));
        for action in &all {
            match action {
                Action::PreviousSet | Action::NextSet | Action::PickSet(_) | Action::NextField => {}
                Action::PickHighlighted | Action::PickAndGenerate => {}
                Action::Generate | Action::NewPassword | Action::NewPassphrase | Action::Copy => {}
                Action::UseInRegister | Action::SaveProfile | Action::SaveName => {}
                Action::CancelSave | Action::Replace | Action::KeepProfile => {}
                Action::Several | Action::PreviousInList | Action::NextInList => {}
                Action::NewList | Action::ShowChosen | Action::CloseList => {}
                Action::MakeWeak | Action::KeepRefusing => {}
            }
        }
        all
    }
}
