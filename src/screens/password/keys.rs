//! The Password screen's keys: Characters mode's table, which the help lists, and Words
//! mode's, which leaves out the sets it has none of and names its passphrase.

use crate::kit::Action as A;
use crate::kit::keys::{Binding, CTRL, Command, ModalKeys, NONE, Place as P};
use ratatui::crossterm::event::KeyCode as K;

pub static KEYS: &[Binding] = &[
    Binding::new(P::Menu, &[(K::Up, NONE)], "Up", "previous option", A::Up),
    Binding::new(P::Menu, &[(K::Down, NONE)], "Down", "next option", A::Down),
    Binding::new(
        P::Menu,
        &[(K::Enter, NONE)],
        "Enter",
        "generate",
        A::Activate,
    ),
    FIELD_ENTER,
    CHOICE_LEFT,
    CHOICE_RIGHT,
    CHOICE_ENTER,
    TOGGLE_SPACE,
    TOGGLE_ENTER,
    // `r` does the same off text fields (below); the footer lists a command once, so this
    // label names both keys.
    Binding::new(
        P::Output("the password"),
        &[(K::Enter, NONE)],
        "Enter/r",
        "new password",
        A::Regenerate,
    ),
    Binding::command(
        P::OffText,
        &[
            (K::Char('1'), NONE),
            (K::Char('2'), NONE),
            (K::Char('3'), NONE),
            (K::Char('4'), NONE),
        ],
        "1-4",
        "pick a set",
        Command::PickDigit,
    ),
    Binding::new(
        P::OffText,
        &[(K::Char('r'), NONE)],
        "r",
        "new password",
        A::Regenerate,
    ),
    COPY,
    SAVE_PROFILE,
    USE_IN_REGISTER,
];

pub static WORDS_KEYS: &[Binding] = &[
    FIELD_ENTER,
    CHOICE_LEFT,
    CHOICE_RIGHT,
    CHOICE_ENTER,
    TOGGLE_SPACE,
    TOGGLE_ENTER,
    Binding::new(
        P::Output("the passphrase"),
        &[(K::Enter, NONE)],
        "Enter/r",
        "new passphrase",
        A::Regenerate,
    ),
    Binding::new(
        P::OffText,
        &[(K::Char('r'), NONE)],
        "r",
        "new passphrase",
        A::Regenerate,
    ),
    COPY,
    SAVE_PROFILE,
    USE_IN_REGISTER,
];

// Enter in the length field goes on to the menu (or says why not), in the option fields and
// Words mode's to the next one, in Rules on to a password (the field after it): one binding
// for all, as the key tables cannot tell the fields apart.
const FIELD_ENTER: Binding = Binding::new(
    P::Field("the Password screen's text fields"),
    &[(K::Enter, NONE)],
    "Enter",
    "next field",
    A::Activate,
);

// The mode and profile selectors, and the case of Words mode.
const CHOICE_LEFT: Binding =
    Binding::new(P::Choice, &[(K::Left, NONE)], "Left", "previous", A::Left);
const CHOICE_RIGHT: Binding =
    Binding::new(P::Choice, &[(K::Right, NONE)], "Right", "next", A::Right);
const CHOICE_ENTER: Binding = Binding::new(
    P::Choice,
    &[(K::Enter, NONE)],
    "Enter",
    "next field",
    A::Activate,
);

const TOGGLE_SPACE: Binding = Binding::new(
    P::Toggle,
    &[(K::Char(' '), NONE)],
    "Space",
    "toggle",
    A::Toggle,
);
const TOGGLE_ENTER: Binding = Binding::new(
    P::Toggle,
    &[(K::Enter, NONE)],
    "Enter",
    "generate",
    A::Activate,
);

const COPY: Binding = Binding::new(P::OffText, &[(K::Char('c'), NONE)], "c", "copy", A::Copy);

const SAVE_PROFILE: Binding = Binding::new(
    P::Screen,
    &[(K::Char('s'), CTRL)],
    "Ctrl+S",
    "save the options as a profile",
    A::SaveProfile,
)
.help_only();

const USE_IN_REGISTER: Binding = Binding::new(
    P::OffText,
    &[(K::Char('u'), NONE)],
    "u",
    "use in Register",
    A::UseInRegister,
);

/// Where the help lists Ctrl+S's two modals.
const NAMING_PLACE: P = P::ModalField("Naming a profile (Ctrl+S)");
const REPLACING_PLACE: P = P::ModalQuestion("Asked to replace a profile");

/// The profile name prompt (Ctrl+S); typing goes into its field.
pub static NAMING: &[Binding] = &[
    Binding::new(NAMING_PLACE, &[(K::Enter, NONE)], "Enter", "save", A::Activate),
    Binding::new(NAMING_PLACE, &[(K::Esc, NONE)], "Esc", "cancel", A::Close),
];

/// A profile of the name typed exists.
pub static REPLACING: &[Binding] = &[
    Binding::new(
        REPLACING_PLACE,
        &[(K::Enter, NONE)],
        "Enter",
        "replace it",
        A::Activate,
    ),
    Binding::new(REPLACING_PLACE, &[(K::Esc, NONE)], "Esc", "keep it", A::Close),
];

/// The name prompt: typing goes into its field.
pub const NAMING_MODAL: ModalKeys = ModalKeys {
    table: NAMING,
    typing: true,
};

/// The replace question.
pub const REPLACING_MODAL: ModalKeys = ModalKeys {
    table: REPLACING,
    typing: false,
};

/// Ctrl+S's two modals, in the help's order: naming the profile, then replacing one.
pub static MODALS: &[ModalKeys] = &[NAMING_MODAL, REPLACING_MODAL];
