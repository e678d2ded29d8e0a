//! The alphabet, stage by stage, so that a requirement it empties can be told why.

use crate::charset::{CharSet, LOOK_ALIKES, SYMBOLS};
use crate::policy::byteset::ByteSet;
use crate::policy::error::{PolicyError, SymbolFault};
use crate::policy::options::{Class, PolicyOptions, Toggle};
use crate::policy::rules::SiteRules;

/// What the alphabet was before and after each filter.
pub(super) struct Stages {
    source: Source,
    base: ByteSet,
    symbols: ByteSet,
    look_alikes: ByteSet,
    /// After `exclude`: the alphabet.
    pub alphabet: ByteSet,
}

enum Source {
    Set(CharSet),
    Rules,
}

impl Stages {
    pub fn new(options: &PolicyOptions, rules: Option<&SiteRules>) -> Result<Stages, PolicyError> {
        let given = options.symbols.as_deref().map(symbols).transpose()?;
        let (source, base, symbols) = match rules {
            None => {
                let base = Class::of_set(options.set)
                    .iter()
                    .fold(ByteSet::EMPTY, |s, c| s.union(c.chars()));
                let symbols = match given {
                    None => base,
                    Some(_) if options.set != CharSet::All => {
                        return Err(PolicyError::SymbolsNeedSymbolSet { set: options.set });
                    }
                    Some(given) => base.minus(ByteSet::of(SYMBOLS)).union(given),
                };
                (Source::Set(options.set), base, symbols)
            }
            Some(rules) => {
                let base = rules.allowed;
                let symbols = match given {
                    None => base,
                    Some(given) => {
                        if let Some(b) = given.minus(base).bytes().next() {
                            return Err(PolicyError::SymbolNotInRules { ch: char::from(b) });
                        }
                        let others = base.intersection(not_alphanumeric()).minus(given);
                        base.minus(others)
                    }
                };
                (Source::Rules, base, symbols)
            }
        };
        let look_alikes = if options.toggles.contains(Toggle::NoLookAlikes) {
            symbols.minus(ByteSet::of(LOOK_ALIKES))
        } else {
            symbols
        };
        let alphabet = look_alikes.minus(ByteSet::of_chars(&options.exclude));
        let stages = Stages {
            source,
            base,
            symbols,
            look_alikes,
            alphabet,
        };
        if alphabet.is_empty() {
            return Err(PolicyError::EmptyAlphabet {
                cause: stages.why_empty(base),
            });
        }
        Ok(stages)
    }

    /// Why none of `wanted` is left in the alphabet: the first place that lacks them, or the
    /// filters that took the last of them.
    pub fn why_empty(&self, wanted: ByteSet) -> String {
        if wanted.intersection(self.base).is_empty() {
            return match self.source {
                Source::Set(set) => format!("set {} has none", set.number()),
                Source::Rules => "the rules allow none".into(),
            };
        }
        let steps = [
            ("symbols", self.base, self.symbols),
            ("no look-alikes", self.symbols, self.look_alikes),
            ("exclude", self.look_alikes, self.alphabet),
        ];
        let culprits: Vec<&str> = steps
            .iter()
            .filter(|(_, before, after)| !wanted.intersection(*before).minus(*after).is_empty())
            .map(|(name, _, _)| *name)
            .collect();
        match culprits.as_slice() {
            [one] => format!("{one} removes every one"),
            [init @ .., last] => format!("{} and {last} remove every one", init.join(", ")),
            [] => "none is left".into(),
        }
    }
}

/// Printable ASCII that is neither a letter nor a digit, plus space.
fn not_alphanumeric() -> ByteSet {
    ByteSet::of(SYMBOLS).with(b' ')
}

/// The `symbols` option as a set: printable ASCII, no letter, digit or space.
fn symbols(text: &str) -> Result<ByteSet, PolicyError> {
    if text.is_empty() {
        return Err(PolicyError::SymbolsEmpty);
    }
    for ch in text.chars() {
        let fault = match ch {
            c if c.is_ascii_alphabetic() => Some(SymbolFault::Letter),
            c if c.is_ascii_digit() => Some(SymbolFault::Digit),
            ' ' => Some(SymbolFault::Space),
            c if !c.is_ascii_graphic() => Some(SymbolFault::NotPrintableAscii),
            _ => None,
        };
        if let Some(fault) = fault {
            return Err(PolicyError::NotASymbol { ch, fault });
        }
    }
    Ok(ByteSet::of_chars(text))
}
