//! Words mode's state: its fields, the generator readied for them, and its passphrase.

use std::sync::OnceLock;

use rand::CryptoRng;
use secrecy::SecretString;

use super::values::{COUNT_DIGITS, SEPARATOR_LIMIT, WordValues, WordsProblem};
use crate::kit::Input;
use crate::kit::focus;
use crate::kit::{CharFilter, Edited, TextField};
use crate::screens::password::Action;
use keysmith_core::EntropyLabel;
use keysmith_core::passphrase::{
    Case, DEFAULT_WORDS, LeftOut, PassphraseGenerator, PassphrasePolicy,
};
use keysmith_core::wordlist::WordList;

/// The EFF long list, read once for the whole program.
fn eff() -> &'static WordList {
    static EFF: OnceLock<WordList> = OnceLock::new();
    EFF.get_or_init(WordList::eff_long)
}

/// The exact entropy of the current options, and what they leave out of the list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PassphraseEntropy {
    pub bits: f64,
    pub label: EntropyLabel,
    pub left_out: LeftOut,
}

/// A generator readied for the current options.
struct Ready {
    generator: PassphraseGenerator,
    entropy: PassphraseEntropy,
}

pub struct Words {
    pub count: TextField,
    pub separator: TextField,
    pub case: Case,
    pub number: bool,
    pub result: Option<SecretString>,
    /// `None` until Words mode is first shown: most runs never ready the EFF generator.
    ready: Option<Result<Ready, WordsProblem>>,
}

/// The separator is no secret, but the passphrase is: `Debug` shows no text.
impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("count", &self.count.value())
            .field("separator", &self.separator.value())
            .field("case", &self.case)
            .field("number", &self.number)
            .field("result", &self.result)
            .field("entropy", &self.entropy())
            .field("problem", &self.problem())
            .finish()
    }
}

impl Default for Words {
    fn default() -> Words {
        let defaults = PassphrasePolicy::default();
        let mut count = TextField::new(COUNT_DIGITS, CharFilter::Digits);
        count.set(&DEFAULT_WORDS.to_string());
        let mut separator = TextField::new(SEPARATOR_LIMIT, CharFilter::Printable);
        separator.set(&defaults.separator);
        Words {
            count,
            separator,
            case: defaults.case,
            number: defaults.number,
            result: None,
            ready: None,
        }
    }
}

impl Words {
    /// The options as a policy; the count must at least be there.
    pub fn policy(&self) -> Result<PassphrasePolicy, WordsProblem> {
        self.values().policy()
    }

    /// The fields' text, as it is now.
    pub fn values(&self) -> WordValues {
        WordValues {
            count: self.count.value().to_string(),
            separator: self.separator.value().to_string(),
            case: self.case,
            number: self.number,
        }
    }

    /// The entropy of the current options, if they make passphrases (and Words mode was shown).
    pub fn entropy(&self) -> Option<PassphraseEntropy> {
        match &self.ready {
            Some(Ok(ready)) => Some(ready.entropy),
            Some(Err(_)) | None => None,
        }
    }

    /// Why the current options make no passphrase, if so (and Words mode was shown).
    pub fn problem(&self) -> Option<&WordsProblem> {
        match &self.ready {
            Some(Err(problem)) => Some(problem),
            Some(Ok(_)) | None => None,
        }
    }

    /// Words mode is shown: ready the generator the first time, and show a passphrase if the
    /// options allow one and none is shown yet.
    pub fn show<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        if self.ready.is_none() {
            self.ready_generator();
        }
        if self.result.is_none() {
            let _ = self.generate(rng);
        }
    }

    /// A new passphrase for the current options, or why there can be none.
    pub fn generate<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Result<(), WordsProblem> {
        self.result = Some(self.make(rng)?);
        Ok(())
    }

    /// A passphrase for the current options, not shown: one of a list, say.
    pub fn make<R: CryptoRng + ?Sized>(
        &mut self,
        rng: &mut R,
    ) -> Result<SecretString, WordsProblem> {
        if self.ready.is_none() {
            self.ready_generator();
        }
        match &self.ready {
            Some(Ok(ready)) => Ok(ready.generator.generate(rng)),
            Some(Err(problem)) => Err(problem.clone()),
            None => Err(WordsProblem::NoCount),
        }
    }

    /// An edit or paste in the Words or Separator field (`separator` says which).
    pub fn edit<R: CryptoRng + ?Sized>(
        &mut self,
        separator: bool,
        msg: &Input<Action>,
        rng: &mut R,
    ) -> Option<String> {
        let (field, name, limit) = if separator {
            (&mut self.separator, "Separator", SEPARATOR_LIMIT)
        } else {
            (&mut self.count, "Words", COUNT_DIGITS)
        };
        let edited: Edited = field.apply(msg);
        if edited.changed {
            self.options_changed(rng);
        }
        edited.left_out_named(name, limit)
    }

    /// Puts `values` in the fields, and nothing else.
    pub fn set_values(&mut self, values: &WordValues) {
        self.count.set(&values.count);
        self.separator.set(&values.separator);
        self.case = values.case;
        self.number = values.number;
    }

    /// After `set_fields`: a generator already readied (Words mode was shown) is readied
    /// again, and the passphrase made again for the new options.
    pub fn fields_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        if self.ready.is_some() {
            self.options_changed(rng);
        }
    }

    pub fn step_case<R: CryptoRng + ?Sized>(&mut self, step: isize, rng: &mut R) {
        self.case = focus::step(&Case::ALL, self.case, step);
        self.options_changed(rng);
    }

    pub fn flip_number<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        self.number = !self.number;
        self.options_changed(rng);
    }

    /// After an option changes: the generator is readied again, and the passphrase shown is
    /// always one of the new options, or none where they make none.
    fn options_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        self.ready_generator();
        self.result = None;
        let _ = self.generate(rng);
    }

    fn ready_generator(&mut self) {
        let ready = self.policy().and_then(|policy| {
            let generator =
                PassphraseGenerator::new(&policy, eff()).map_err(WordsProblem::Refused)?;
            let bits = generator.entropy_bits();
            let entropy = PassphraseEntropy {
                bits,
                label: EntropyLabel::of(bits),
                left_out: generator.left_out(),
            };
            Ok(Ready { generator, entropy })
        });
        self.ready = Some(ready);
    }
}
