//! The app's own key tables; the kit has the fields' and each screen has its own.

use crate::app::actions::{DialogAction, Global, HelpAction};
use crate::keys;
use crate::kit::keys::{
    CHOICE, COMPLETION, DOWN, EDITING, END, ENTER, ESC, HOME, Listed, NAVIGATION, PAGE_DOWN,
    PAGE_UP, Place as P, RADIO, TOGGLE, UP, ctrl, f, listed,
};
use crate::runtime::signals::CAN_STOP;
use crate::screens::{SCREEN_KEYS, Screen};

/// The help: everywhere but over what is being typed into a prompt, which it cannot show
/// over.
pub static HELP_KEY: &[crate::kit::keys::Binding<Global>] = keys![
    P::Anywhere, [f(1)] => Global::ToggleHelp;
];

/// Which OS the keys are for: Windows has no job control, so there is no Ctrl+Z to suspend,
/// and the help must not offer one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Unix,
    Windows,
}

impl Os {
    /// The OS this program was built for: the one that can stop a job is Unix's kind.
    pub const HOST: Os = if CAN_STOP { Os::Unix } else { Os::Windows };

    /// Whether a shell can stop the program and continue it, so that Ctrl+Z suspends.
    pub const fn can_stop(self) -> bool {
        matches!(self, Os::Unix)
    }
}

/// Work everywhere, even under an overlay.
pub static ALWAYS: &[crate::kit::keys::Binding<Global>] = keys![
    P::Anywhere, [ctrl('q')] => Global::Quit;
    P::Anywhere, [ctrl('c')] => Global::Interrupt, help_only;
];

/// Works everywhere, after `ALWAYS`, where the OS can stop a job (`always`).
pub static SUSPEND: &[crate::kit::keys::Binding<Global>] = keys![
    P::Anywhere, [ctrl('z')] => Global::Suspend, help_only;
];

/// The tables that work everywhere on `os`: quit and interrupt, and suspend where it can
/// stop a job.
pub fn always(os: Os) -> impl Iterator<Item = &'static [crate::kit::keys::Binding<Global>]> {
    std::iter::once(ALWAYS).chain(os.can_stop().then_some(SUSPEND))
}

pub static HELP: &[crate::kit::keys::Binding<HelpAction>] = keys![
    P::Help, [ESC] => HelpAction::Close;
    P::Help, [UP] => HelpAction::LineUp, help_only;
    P::Help, [DOWN] => HelpAction::LineDown;
    P::Help, [PAGE_UP] => HelpAction::PageUp, help_only;
    P::Help, [PAGE_DOWN] => HelpAction::PageDown;
    P::Help, [HOME] => HelpAction::Top, help_only;
    P::Help, [END] => HelpAction::Bottom, help_only;
];

pub static DIALOG: &[crate::kit::keys::Binding<DialogAction>] = keys![
    P::Dialog, [ESC, ENTER] => DialogAction::Close;
];

/// Every table of `os` with the name of the screen it belongs to, in the help's order.
pub fn all_tables(os: Os) -> Vec<(&'static str, Vec<&'static dyn Listed>)> {
    let mut tables = vec![("", listed(HELP_KEY))];
    tables.extend(always(os).map(|table| ("", listed(table))));
    tables.extend([("", listed(HELP)), ("", listed(DIALOG))]);
    // The screens' own modals next, as the overlays they are.
    for &screen in Screen::ALL {
        tables.extend(screen.listed_modals().into_iter().map(|modal| ("", modal)));
    }
    tables.extend([("", listed(SCREEN_KEYS)), ("", listed(NAVIGATION))]);
    for &screen in Screen::ALL {
        tables.extend(
            screen
                .listed_tables()
                .into_iter()
                .map(|table| (screen.title(), table)),
        );
    }
    tables.extend([
        ("", listed(CHOICE)),
        ("", listed(RADIO)),
        ("", listed(TOGGLE)),
        ("", listed(COMPLETION)),
        ("", listed(EDITING)),
    ]);
    tables
}
