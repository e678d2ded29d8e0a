//! The screen's options read from its fields and set into them, through the values the
//! fields show.

use rand::CryptoRng;

use super::file_options::ScreenValues;
use super::{NoLength, State};
use crate::config::Options;
use keysmith_core::Kind;

impl State {
    /// The screen's options as the settings file spells them.
    pub fn file_options(&self) -> Options {
        ScreenValues {
            mode: self.mode,
            characters: self.characters.values(),
            words: self.words.values(),
        }
        .options(self.characters.site_match())
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
    /// no passphrase made.
    pub(super) fn set_fields(&mut self, options: &Options, no_length: NoLength) {
        let values = ScreenValues::from_options(options, no_length, &self.characters.sites);
        self.mode = values.mode;
        self.characters.set_values(&values.characters);
        self.characters.length_entered = !values.characters.length.is_empty();
        self.words.set_values(&values.words);
    }
}
