//! The settings key the Password screen does not use but must not drop: a profile's or the
//! remembered options' word list (for `keysmith passphrase`).

use crate::config::Options;

/// Keys kept as the file had them, to write back with the screen's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    wordlist: Option<String>,
}

impl Kept {
    pub fn of(options: &Options) -> Kept {
        Kept {
            wordlist: options.wordlist.clone(),
        }
    }

    /// Puts the kept keys in `options`, where it has none of its own.
    pub fn restore(&self, options: &mut Options) {
        if options.wordlist.is_none() {
            options.wordlist.clone_from(&self.wordlist);
        }
    }

    /// What the screen cannot show of these, for the status when a profile is loaded.
    pub fn unused_note(&self) -> Option<&'static str> {
        self.wordlist.as_ref().map(|_| {
            "This profile's word list is for keysmith passphrase: Words mode here uses the EFF \
             list"
        })
    }
}
