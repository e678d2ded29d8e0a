//! What a user asks for, before it is checked: the CLI flags and the TUI fields map onto
//! these one to one. `Policy::compile` turns them into a policy or a refusal.

use std::fmt;

pub use crate::toggles::{Toggle, Toggles};

use super::byteset::ByteSet;
use crate::charset::{CharSet, DIGITS, LOWER, SYMBOLS, UPPER};

/// The length used when none is given, clamped into the rules' bounds.
pub const DEFAULT_LENGTH: usize = 16;
/// Lengths of this or less are refused, as the tutorial did.
pub const WEAK_LENGTH: usize = 8;
/// The longest password made.
pub const MAX_LENGTH: usize = 1024;

/// What to do with site rules whose `maxlength` is [`WEAK_LENGTH`] or less, which the
/// tutorial's rule (more than 8 characters) can never meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ShortSites {
    /// Refuse them with the weak-password message (the default).
    #[default]
    Refuse,
    /// Make their passwords anyway, at the lengths the rules allow (the longest by
    /// default, never shorter than their `minlength`): the user asked for it, knowing the
    /// result is weak. Rules that allow more than 8 characters still get more than 8.
    Allow,
}

/// The four kinds of character. Every printable ASCII character is in exactly one: letters
/// and digits by their kind, everything else (punctuation, and space where rules allow it)
/// is a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// `a-z`.
    Lower,
    /// `A-Z`.
    Upper,
    /// `0-9`.
    Digit,
    /// Everything else: punctuation, and space where rules allow it.
    Symbol,
}

impl Class {
    /// The four classes, in the order of [`Class::index`].
    pub const ALL: [Class; 4] = [Class::Lower, Class::Upper, Class::Digit, Class::Symbol];

    /// The class of a character.
    pub fn of(byte: u8) -> Class {
        match byte {
            b'a'..=b'z' => Class::Lower,
            b'A'..=b'Z' => Class::Upper,
            b'0'..=b'9' => Class::Digit,
            _ => Class::Symbol,
        }
    }

    /// The position of the class, 0 to 3, for arrays indexed by class.
    pub fn index(self) -> usize {
        match self {
            Class::Lower => 0,
            Class::Upper => 1,
            Class::Digit => 2,
            Class::Symbol => 3,
        }
    }

    /// The plural used in messages: "at least 2 digits".
    pub fn plural(self) -> &'static str {
        match self {
            Class::Lower => "lowercase letters",
            Class::Upper => "uppercase letters",
            Class::Digit => "digits",
            Class::Symbol => "symbols",
        }
    }

    /// One of them, in messages: "each class needs a digit".
    pub fn singular(self) -> &'static str {
        match self {
            Class::Lower => "a lowercase letter",
            Class::Upper => "an uppercase letter",
            Class::Digit => "a digit",
            Class::Symbol => "a symbol",
        }
    }

    /// The short name used in summaries, as the rules syntax spells it.
    pub fn name(self) -> &'static str {
        match self {
            Class::Lower => "lower",
            Class::Upper => "upper",
            Class::Digit => "digit",
            Class::Symbol => "symbol",
        }
    }

    /// The class's characters in set 4 (symbols without space).
    pub fn chars(self) -> ByteSet {
        ByteSet::of(match self {
            Class::Lower => LOWER,
            Class::Upper => UPPER,
            Class::Digit => DIGITS,
            Class::Symbol => SYMBOLS,
        })
    }

    /// The classes a menu set is made of.
    pub fn of_set(set: CharSet) -> &'static [Class] {
        match set {
            CharSet::Lower => &[Class::Lower],
            CharSet::Letters => &[Class::Lower, Class::Upper],
            CharSet::Alnum => &[Class::Lower, Class::Upper, Class::Digit],
            CharSet::All => &Class::ALL,
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// At least this many characters of each class (0: no minimum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Minimums {
    /// Small letters.
    pub lower: usize,
    /// Capital letters.
    pub upper: usize,
    /// Digits.
    pub digits: usize,
    /// Symbols.
    pub symbols: usize,
}

impl Minimums {
    /// The minimum for `class`.
    pub fn get(&self, class: Class) -> usize {
        match class {
            Class::Lower => self.lower,
            Class::Upper => self.upper,
            Class::Digit => self.digits,
            Class::Symbol => self.symbols,
        }
    }
}

/// Everything a password request can say. The default is the tutorial's: 16 characters of
/// set 4, each class on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyOptions {
    /// Without it, 16 clamped into the rules' bounds.
    pub length: Option<usize>,
    /// The character set; site rules, where given, replace it.
    pub set: CharSet,
    /// Each class, no look-alikes, no repeats.
    pub toggles: Toggles,
    /// Set 4's symbols are exactly these (or, with rules, the rules' symbols narrowed to them).
    pub symbols: Option<String>,
    /// Never used, whatever else allows them.
    pub exclude: String,
    /// At least this many characters of each class.
    pub minimums: Minimums,
    /// No run of more than this many identical characters.
    pub max_consecutive: Option<usize>,
    /// A site's `passwordrules` text. Blank text means no rules.
    pub rules: Option<String>,
}

impl Default for PolicyOptions {
    fn default() -> Self {
        PolicyOptions {
            length: None,
            set: CharSet::All,
            toggles: Toggles::of(&[Toggle::EachClass]),
            symbols: None,
            exclude: String::new(),
            minimums: Minimums::default(),
            max_consecutive: None,
            rules: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_are_a_set() {
        let t = Toggles::of(&[Toggle::EachClass, Toggle::NoRepeats]);
        assert!(t.contains(Toggle::EachClass) && t.contains(Toggle::NoRepeats));
        assert!(!t.contains(Toggle::NoLookAlikes));
        let t = t
            .with(Toggle::EachClass, false)
            .with(Toggle::NoLookAlikes, true);
        assert_eq!(
            t.iter().collect::<Vec<_>>(),
            [Toggle::NoLookAlikes, Toggle::NoRepeats]
        );
        assert_eq!(format!("{t:?}"), "{NoLookAlikes, NoRepeats}");
    }

    #[test]
    fn classes_partition_printable_ascii() {
        for class in Class::ALL {
            assert!(class.chars().bytes().all(|b| Class::of(b) == class));
        }
        let all = Class::ALL
            .iter()
            .fold(ByteSet::EMPTY, |s, c| s.union(c.chars()));
        assert_eq!(all, ByteSet::range(b'!', b'~'));
        assert_eq!(Class::of(b' '), Class::Symbol);
    }
}
