//! Words mode's options as its fields hold them, and what that text means: the one reading
//! of the fields, used by the screen and by the profiles alike.

use keysmith_core::passphrase::{Case, PassphrasePolicy};

use super::{COUNT_DIGITS, SEPARATOR_LIMIT, WordsProblem};
use crate::kit::CharFilter;

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
