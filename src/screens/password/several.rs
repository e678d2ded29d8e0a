//! `n`: several secrets of the current options, one under another, to choose from as pwgen's
//! users do. Up and Down move the highlight; `c` copies the highlighted one, `u` uses it in
//! Register, Enter shows it on the screen in place of the one there, `r` makes a new list.

use secrecy::SecretString;

use keysmith_core::{EntropyLabel, Kind};

/// How many the list holds: a screenful at 60×20 for the default options.
pub const HOW_MANY: usize = 8;

/// The list, while it is open.
#[derive(Debug)]
pub struct Several {
    pub kind: Kind,
    pub secrets: Vec<SecretString>,
    /// The highlighted one: what `c`, `u` and Enter take.
    pub chosen: usize,
    /// The entropy of each (they share the options), to 0.01 bit, and its label.
    pub bits: f64,
    pub label: EntropyLabel,
    /// Where a passphrase wider than the window may break: after its separator.
    pub separator: String,
}

impl Several {
    pub fn chosen(&self) -> Option<&SecretString> {
        self.secrets.get(self.chosen)
    }

    /// What each one is called: `password` or `passphrase`.
    pub fn noun(&self) -> &'static str {
        noun(self.kind)
    }
}

/// What a secret of `kind` is called.
pub fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Password => "password",
        Kind::Passphrase => "passphrase",
    }
}
