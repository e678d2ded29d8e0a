//! A passphrase's options beside the word list: their limits, how they are checked, and the
//! refusals a request can meet before any word is looked at.

use super::case::Case;
use super::left_out::LeftOut;
use crate::wordlist::is_printable;

/// The fewest words a passphrase may have.
pub const MIN_WORDS: usize = 3;
/// The most words a passphrase may have.
pub const MAX_WORDS: usize = 40;
/// The default: 7 words of the EFF list are about 90.5 bits.
pub const DEFAULT_WORDS: usize = 7;
/// The longest separator, in characters.
pub const MAX_SEPARATOR_CHARS: usize = 5;

/// Every refusal a passphrase request can meet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    #[error("Too few words: a passphrase needs at least {MIN_WORDS}")]
    /// Fewer than [`MIN_WORDS`] words.
    TooFewWords,
    #[error("Too many words: a passphrase has at most {MAX_WORDS}")]
    /// More than [`MAX_WORDS`] words.
    TooManyWords,
    #[error("The separator can have at most {MAX_SEPARATOR_CHARS} characters (it has {chars})")]
    /// The separator is longer than [`MAX_SEPARATOR_CHARS`].
    SeparatorTooLong {
        /// Its length in characters.
        chars: usize,
    },
    #[error("The separator contains a control or invisible character (U+{code:04X})")]
    /// The separator holds a character that does not show.
    SeparatorUnprintable {
        /// The character's code point.
        code: u32,
    },
    #[error(
        "With no separator, {} words run together ambiguously (\"ab\" + \"c\" = \"a\" + \"bc\"): \
         use title case, whose capitals mark where each word starts, or a separator",
        case.name()
    )]
    /// No separator with a case whose words could run together ambiguously.
    EmptySeparator {
        /// The case asked for.
        case: Case,
    },
    #[error("With a number, the separator cannot contain a digit: the number would run into it")]
    /// A digit in the separator with the number option.
    DigitInSeparator,
    #[error("No word of the list can be used with these options ({left_out})")]
    /// Every word of the list was left out under these options.
    NoWordsLeft {
        /// How many words were left out, and why.
        left_out: LeftOut,
    },
}

/// The options of a passphrase (the word list is given beside it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassphrasePolicy {
    /// How many words, [`MIN_WORDS`] to [`MAX_WORDS`].
    pub words: usize,
    /// Put between words: 0 to [`MAX_SEPARATOR_CHARS`] printable characters.
    pub separator: String,
    /// How the words are capitalised.
    pub case: Case,
    /// One random digit appended to one random word.
    pub number: bool,
}

impl Default for PassphrasePolicy {
    fn default() -> Self {
        PassphrasePolicy {
            words: DEFAULT_WORDS,
            separator: " ".to_string(),
            case: Case::Lower,
            number: false,
        }
    }
}

impl PassphrasePolicy {
    /// Every refusal that does not depend on the word list.
    pub fn validate(&self) -> Result<(), PassphraseError> {
        if self.words < MIN_WORDS {
            return Err(PassphraseError::TooFewWords);
        }
        if self.words > MAX_WORDS {
            return Err(PassphraseError::TooManyWords);
        }
        let chars = self.separator.chars().count();
        if chars > MAX_SEPARATOR_CHARS {
            return Err(PassphraseError::SeparatorTooLong { chars });
        }
        if let Some(c) = self.separator.chars().find(|&c| !is_printable(c)) {
            return Err(PassphraseError::SeparatorUnprintable { code: u32::from(c) });
        }
        self.check_spelling()
    }

    /// The combinations refused because their passphrases could not be told apart whatever
    /// the list (see `tokens` for the argument).
    pub(super) fn check_spelling(&self) -> Result<(), PassphraseError> {
        if self.separator.is_empty() {
            match self.case {
                Case::Title => {}
                case @ (Case::Lower | Case::Upper | Case::Mixed) => {
                    return Err(PassphraseError::EmptySeparator { case });
                }
            }
        }
        if self.number && self.separator.chars().any(|c| c.is_ascii_digit()) {
            return Err(PassphraseError::DigitInSeparator);
        }
        Ok(())
    }
}
