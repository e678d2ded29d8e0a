//! Words mode's options as its fields hold them, and what that text means: the one reading
//! of the fields, used by the screen and by the profiles alike.

use keysmith_core::passphrase::{
    Case, MAX_SEPARATOR_CHARS, MAX_WORDS, MIN_WORDS, PassphraseError, PassphrasePolicy,
};

use crate::kit::CharFilter;

/// Three digits: enough to say "too many" for anything past 40, never enough to overflow.
pub const COUNT_DIGITS: usize = 3;
/// One more than a separator may have, so that a sixth character is refused with the rule's
/// reason rather than silently cut.
pub const SEPARATOR_LIMIT: usize = MAX_SEPARATOR_CHARS + 1;

/// Why no passphrase can be made now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsProblem {
    /// The Words field is empty.
    NoCount,
    Refused(PassphraseError),
}

impl std::fmt::Display for WordsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WordsProblem::NoCount => {
                write!(f, "Type how many words, {MIN_WORDS} to {MAX_WORDS}")
            }
            WordsProblem::Refused(refusal) => refusal.fmt(f),
        }
    }
}

/// The text in Words mode's fields, and its case and number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordValues {
    pub count: String,
    pub separator: String,
    pub case: Case,
    pub number: bool,
}

impl WordValues {
    /// What the fields show for `policy`.
    pub fn from_policy(policy: &PassphrasePolicy) -> WordValues {
        WordValues {
            count: CharFilter::Digits.fit(&policy.words.to_string(), COUNT_DIGITS),
            separator: CharFilter::Printable.fit(&policy.separator, SEPARATOR_LIMIT),
            case: policy.case,
            number: policy.number,
        }
    }

    /// The options as a policy; the count must at least be there.
    pub fn policy(&self) -> Result<PassphrasePolicy, WordsProblem> {
        let words = self.count.parse().map_err(|_| WordsProblem::NoCount)?;
        Ok(PassphrasePolicy {
            words,
            separator: self.separator.clone(),
            case: self.case,
            number: self.number,
        })
    }
}
