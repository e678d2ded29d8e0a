//! Words mode's own keys: its passphrase.

use crate::keys;
use crate::kit::keys::{Binding, ENTER, Place as P, ch};
use crate::screens::password::Action;

pub static WORDS: &[Binding<Action>] = keys![
    P::Output("the passphrase"), [ENTER] => Action::NewPassphrase;
    P::OffTextIn("Words mode"), [ch('r')] => Action::NewPassphrase;
];
