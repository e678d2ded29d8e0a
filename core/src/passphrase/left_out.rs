//! What a run leaves out of the list so that its count stays exact, for the user to see.

use std::fmt;

/// How many words of the list a run leaves out, and why (the rules are in `tokens`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// A spelling holds a character of the separator.
    pub contains_separator: usize,
    /// With no separator: the title spelling does not start with its only capital.
    pub no_leading_capital: usize,
    /// With the number: a spelling ends in a digit.
    pub ends_in_digit: usize,
    /// With Mixed case: the lower and title spellings are the same.
    pub same_in_both_cases: usize,
    /// A spelling is the same as one of an earlier word.
    pub spelled_like_another: usize,
}

impl LeftOut {
    /// How many words are left out in all.
    pub fn total(&self) -> usize {
        self.contains_separator
            + self.no_leading_capital
            + self.ends_in_digit
            + self.same_in_both_cases
            + self.spelled_like_another
    }

    pub(super) fn count(&mut self, reason: Reason) {
        let counter = match reason {
            Reason::ContainsSeparator => &mut self.contains_separator,
            Reason::NoLeadingCapital => &mut self.no_leading_capital,
            Reason::EndsInDigit => &mut self.ends_in_digit,
            Reason::SameInBothCases => &mut self.same_in_both_cases,
            Reason::SpelledLikeAnother => &mut self.spelled_like_another,
        };
        *counter += 1;
    }
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.total();
        if total == 0 {
            return f.write_str("no word left out");
        }
        let noun = if total == 1 { "word" } else { "words" };
        write!(f, "{total} {noun} left out:")?;
        // (count, what one word does, what several do)
        let reasons = [
            (
                self.contains_separator,
                "contains a character of the separator",
                "contain a character of the separator",
            ),
            (
                self.no_leading_capital,
                "does not start with its only capital",
                "do not start with their only capital",
            ),
            (self.ends_in_digit, "ends in a digit", "end in a digit"),
            (
                self.same_in_both_cases,
                "looks the same in lower and title case",
                "look the same in lower and title case",
            ),
            (
                self.spelled_like_another,
                "is spelled like an earlier word",
                "are spelled like an earlier word",
            ),
        ];
        let given = reasons.into_iter().filter(|&(count, _, _)| count > 0);
        for (i, (count, one, several)) in given.enumerate() {
            let comma = if i == 0 { "" } else { "," };
            let why = if count == 1 { one } else { several };
            write!(f, "{comma} {count} {why}")?;
        }
        Ok(())
    }
}

/// Why one word is left out: the rules of `tokens`, in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reason {
    ContainsSeparator,
    NoLeadingCapital,
    EndsInDigit,
    SameInBothCases,
    SpelledLikeAnother,
}
