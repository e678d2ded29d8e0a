//! The screen's options as the settings file spells them, and the screen set from them (the
//! file's remembered options at the start, or a profile).

use rand::CryptoRng;

use super::{NoLength, State};
use keysmith_core::Kind;
use crate::config::Options;
use keysmith_core::policy::{Class, DEFAULT_LENGTH, Policy};

impl State {
    /// The screen's options as the settings file spells them; an empty length or word count
    /// is left out.
    pub fn file_options(&self) -> Options {
        let words = self.words.policy().ok();
        let mut options = Options::from_screen(
            self.mode,
            &self.options(),
            &words.clone().unwrap_or_default(),
            None,
        );
        if words.is_none() {
            options.words = None;
        }
        // The length as typed, refused or not: saving keeps the file's own for one it
        // refuses (`config::valid_or`), rather than dropping the key.
        options.length = self.length.value().parse().ok();
        options
    }

    /// Sets every field from `options`; what they leave out is its default. A shown password
    /// or passphrase is made again for them.
    pub fn set_options<R: CryptoRng + ?Sized>(
        &mut self,
        options: &Options,
        no_length: NoLength,
        rng: &mut R,
    ) {
        self.set_fields(options, no_length);
        self.words.fields_changed(rng);
        if self.mode == Kind::Passphrase {
            self.words.show(rng);
        }
        self.options_changed(rng);
    }

    /// Sets every field and the mode from `options`, and nothing else: no policy compiled,
    /// no passphrase made. What a profile looks like on the screen is read back from these
    /// alone (`file_options`).
    pub(super) fn set_fields(&mut self, options: &Options, no_length: NoLength) {
        let password = options.policy_options();
        let length = match (password.length, no_length) {
            (Some(length), _) => Some(length),
            (None, NoLength::Empty) => None,
            (None, NoLength::Default) => Some(
                Policy::compile(&password).map_or(DEFAULT_LENGTH, |policy| policy.length()),
            ),
        };
        self.length
            .set(&length.map(|n| n.to_string()).unwrap_or_default());
        self.length_entered = length.is_some();
        self.set = password.set;
        self.toggles = password.toggles;
        let count = |n: usize| if n == 0 { String::new() } else { n.to_string() };
        let chars = &mut self.chars;
        chars.symbols.set(password.symbols.as_deref().unwrap_or(""));
        chars.exclude.set(&password.exclude);
        for class in Class::ALL {
            chars.minimums[class.index()].set(&count(password.minimums.get(class)));
        }
        chars
            .max_consecutive
            .set(&password.max_consecutive.map(count).unwrap_or_default());
        chars.rules.set(password.rules.as_deref().unwrap_or(""));
        self.mode = options.mode.unwrap_or_else(|| mode_of(options));
        self.words.set_fields(&options.passphrase_policy());
    }
}

/// The mode a profile means when it names none: Words where it sets only Words mode's keys.
fn mode_of(options: &Options) -> Kind {
    let o = options;
    let words = o.words.is_some() || o.separator.is_some() || o.case.is_some();
    let words = words || o.number.is_some() || o.wordlist.is_some();
    let counts = [o.length, o.min_lower, o.min_upper, o.min_digits, o.min_symbols];
    let flags = [o.no_each_class, o.no_look_alikes, o.no_repeats];
    let texts = [&o.symbols, &o.exclude, &o.rules];
    let characters = counts.iter().any(Option::is_some)
        || flags.iter().any(Option::is_some)
        || texts.iter().any(|text| text.is_some())
        || o.set.is_some()
        || o.max_consecutive.is_some();
    if words && !characters {
        Kind::Passphrase
    } else {
        Kind::Password
    }
}
