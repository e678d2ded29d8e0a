//! The normal form every policy is counted and sampled in: an alphabet, a minimum per class
//! (the classes are disjoint), and "hit" sets that need at least one character each and
//! overlap anything. Each class, `--min-*` and a `required:` line that is exactly a class
//! become class minimums; other `required:` lines stay hits, minus those that another
//! requirement already implies.

use super::byteset::ByteSet;
use super::error::PolicyError;
use super::options::Class;

/// At most this many hit sets after reduction: each doubles the counting states.
pub const MAX_HITS: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shape {
    pub length: usize,
    pub alphabet: ByteSet,
    /// Minimum per class (by `Class::index`); 0 for none.
    pub mins: [usize; 4],
    /// Sets that need one character each, every one inside the alphabet and none implied by
    /// another requirement.
    pub hits: Vec<ByteSet>,
    pub no_repeats: bool,
    /// At most this many identical characters in a row; `None` when nothing can break it
    /// (no repeats, or a limit as long as the password).
    pub max_run: Option<usize>,
}

impl Shape {
    /// The characters of `class` in the alphabet.
    pub fn class_chars(&self, class: Class) -> ByteSet {
        class
            .chars()
            .union(space_if_symbol(class))
            .intersection(self.alphabet)
    }

    /// Reduces `hits` and checks what can be checked without counting. `hits` must already
    /// be inside the alphabet and non-empty (callers name the cause when one is not).
    pub fn normalized(mut self) -> Result<Shape, PolicyError> {
        let mut hits = std::mem::take(&mut self.hits);
        for class in Class::ALL {
            let chars = self.class_chars(class);
            if chars.is_empty() {
                continue;
            }
            let i = class.index();
            if hits.contains(&chars) {
                self.mins[i] = self.mins[i].max(1);
            }
            if self.mins[i] > 0 {
                hits.retain(|&h| !chars.is_subset(h));
            }
        }
        // What every character meets needs no checking: a set that is the whole alphabet
        // (a hit, or a class minimum no longer than the password).
        hits.retain(|&h| h != self.alphabet);
        for class in Class::ALL {
            let i = class.index();
            if self.class_chars(class) == self.alphabet && self.mins[i] <= self.length {
                self.mins[i] = 0;
            }
        }
        hits.sort_by_key(|h| h.len());
        let mut kept: Vec<ByteSet> = Vec::new();
        for h in hits {
            if !kept.iter().any(|&k| k.is_subset(h)) {
                kept.push(h);
            }
        }
        if kept.len() > MAX_HITS {
            return Err(PolicyError::TooManyRequiredSets {
                count: kept.len(),
                limit: MAX_HITS,
            });
        }
        self.hits = kept;
        self.check()?;
        if self.no_repeats || self.max_run.is_some_and(|k| k >= self.length) {
            self.max_run = None;
        }
        Ok(self)
    }

    fn check(&self) -> Result<(), PolicyError> {
        // Each minimum alone first: one past the length is refused by its own value, and
        // the sum of those that are left cannot wrap round to a small number that fits.
        for class in Class::ALL {
            let min = self.mins[class.index()];
            if min > self.length {
                return Err(PolicyError::MinimumExceedsLength {
                    class,
                    min,
                    length: self.length,
                });
            }
        }
        let total = self
            .mins
            .iter()
            .fold(0usize, |sum, &min| sum.saturating_add(min));
        if total > self.length {
            // Each class's share is named, so that the ones the each-class rule adds are seen.
            let parts: Vec<String> = Class::ALL
                .into_iter()
                .filter(|class| self.mins[class.index()] > 0)
                .map(|class| share(class, self.mins[class.index()]))
                .collect();
            return Err(PolicyError::MinimumsExceedLength {
                total,
                parts: parts.join(", "),
                length: self.length,
            });
        }
        if self.max_run == Some(0) {
            return Err(PolicyError::MaxConsecutiveZero);
        }
        if !self.no_repeats {
            return Ok(());
        }
        let available = self.alphabet.len();
        if self.length > available {
            return Err(PolicyError::RepeatsExceedAlphabet { available });
        }
        for class in Class::ALL {
            let (min, available) = (self.mins[class.index()], self.class_chars(class).len());
            if min > available {
                return Err(PolicyError::MinimumExceedsClass {
                    class,
                    min,
                    available,
                });
            }
        }
        Ok(())
    }
}

/// Space is a symbol wherever an alphabet has it (only rules that name it put it there).
fn space_if_symbol(class: Class) -> ByteSet {
    match class {
        Class::Symbol => ByteSet::of(b" "),
        Class::Lower | Class::Upper | Class::Digit => ByteSet::EMPTY,
    }
}

/// `20 digits`, `1 lower`: a class's share of the required characters.
fn share(class: Class, count: usize) -> String {
    let word = match (class, count) {
        (Class::Lower, _) => "lower",
        (Class::Upper, _) => "upper",
        (Class::Digit, 1) => "digit",
        (Class::Digit, _) => "digits",
        (Class::Symbol, 1) => "symbol",
        (Class::Symbol, _) => "symbols",
    };
    format!("{count} {word}")
}
