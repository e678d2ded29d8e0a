//! Characters mode's options as its fields hold them, and what that text means: the one
//! reading of the fields, used by the screen and by the profiles alike, with no field in it.

use crate::kit::CharFilter;
use keysmith_core::policy::{Class, MAX_LENGTH, Minimums, PolicyError, PolicyOptions, WEAK_LENGTH};
use keysmith_core::{CharSet, Toggles};

use super::fields::{CHARS_LIMIT, COUNT_LIMIT, RULES_LIMIT};
use super::state::LENGTH_DIGITS;
use crate::screens::password::LengthProblem;

/// The text in each of Characters mode's fields, and its set and toggles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharacterValues {
    pub length: String,
    pub set: CharSet,
    pub toggles: Toggles,
    pub symbols: String,
    pub exclude: String,
    /// By `Class::index`.
    pub minimums: [String; 4],
    pub max_consecutive: String,
    /// The Site field's domain; its rules, where it has them, are in `rules`.
    pub site: String,
    pub rules: String,
}

impl CharacterValues {
    /// What the fields show for `options`, with `length` in the length field.
    pub fn from_policy(options: &PolicyOptions, length: Option<usize>) -> CharacterValues {
        let count = |n: usize| {
            let text = if n == 0 { String::new() } else { n.to_string() };
            CharFilter::Digits.fit(&text, COUNT_LIMIT)
        };
        let printable = |text: &str, limit| CharFilter::Printable.fit(text, limit);
        CharacterValues {
            length: CharFilter::Digits.fit(
                &length.map(|n| n.to_string()).unwrap_or_default(),
                LENGTH_DIGITS,
            ),
            set: options.set,
            toggles: options.toggles,
            symbols: CharFilter::Symbols.fit(options.symbols.as_deref().unwrap_or(""), CHARS_LIMIT),
            exclude: printable(&options.exclude, CHARS_LIMIT),
            minimums: Class::ALL.map(|class| count(options.minimums.get(class))),
            max_consecutive: options.max_consecutive.map(count).unwrap_or_default(),
            site: String::new(),
            rules: printable(options.rules.as_deref().unwrap_or(""), RULES_LIMIT),
        }
    }

    /// The length, if it passes the length rule.
    pub fn length(&self) -> Result<usize, LengthProblem> {
        length_of(&self.length)
    }

    /// The fields as policy options: empty Symbols is the set's own symbols, blank Rules is
    /// no rules, a blank count is none.
    pub fn options(&self) -> PolicyOptions {
        let text = |value: &str| (!value.trim().is_empty()).then(|| value.to_string());
        let minimum = |class: Class| count_of(&self.minimums[class.index()]).unwrap_or(0);
        PolicyOptions {
            length: self.length().ok(),
            set: self.set,
            toggles: self.toggles,
            symbols: text(&self.symbols),
            exclude: self.exclude.clone(),
            minimums: Minimums {
                lower: minimum(Class::Lower),
                upper: minimum(Class::Upper),
                digits: minimum(Class::Digit),
                symbols: minimum(Class::Symbol),
            },
            max_consecutive: count_of(&self.max_consecutive),
            rules: text(&self.rules),
        }
    }
}

/// A length field's text as a length, if it passes the length rule (as in the tutorial).
pub fn length_of(text: &str) -> Result<usize, LengthProblem> {
    let length: usize = text.parse().map_err(|_| LengthProblem::Empty)?;
    if length <= WEAK_LENGTH {
        return Err(LengthProblem::Refused(PolicyError::TooShort));
    }
    if length > MAX_LENGTH {
        return Err(LengthProblem::Refused(PolicyError::TooLong));
    }
    Ok(length)
}

/// A count field's number; `None` while blank. Four digits never overflow.
pub fn count_of(text: &str) -> Option<usize> {
    text.parse().ok()
}
