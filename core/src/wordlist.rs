//! The words a passphrase is made of: the EFF long list, or a user's file.
//!
//! A user's file is UTF-8, one word a line; words are trimmed, normalised to NFC and
//! deduplicated (the first occurrence keeps its place), blank lines and `#` lines are
//! skipped. Anything else that is not a plain word is refused with the line at fault, so what
//! the user sees in the file is what can appear in a passphrase.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{self, Read};

use unicode_normalization::UnicodeNormalization;

/// EFF's long list as EFF publishes it: a word a line, after its five dice and a tab. One
/// string, not a table of 7,776 string references, each of which the loader would have to
/// relocate (and so copy its page of) at every start of every program built on this crate.
const EFF_LONG: &str = include_str!("../data/eff_large_wordlist.txt");

/// Lists with fewer distinct words are refused: 1,000 words give under 10 bits a word.
pub const MIN_DISTINCT_WORDS: usize = 1000;
/// Files over this size are refused before they are read whole (10 MB).
pub const MAX_FILE_BYTES: u64 = 10_000_000;
/// A line longer than this (in characters) is not a word.
pub const MAX_WORD_CHARS: usize = 64;

/// Every reason a word list is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WordListError {
    #[error("the word list is over 10 MB ({MAX_FILE_BYTES} bytes)")]
    /// The input is over [`MAX_FILE_BYTES`].
    TooLarge,
    #[error("line {line} is not UTF-8")]
    /// A line is not UTF-8.
    NotUtf8 {
        /// The line, from 1.
        line: usize,
    },
    #[error("line {line}: a word cannot contain whitespace (one word a line)")]
    /// A line holds more than one word.
    Whitespace {
        /// The line, from 1.
        line: usize,
    },
    #[error("line {line}: the word contains a control or invisible character (U+{code:04X})")]
    /// A word holds a character that does not show.
    Unprintable {
        /// The line, from 1.
        line: usize,
        /// The character's code point.
        code: u32,
    },
    #[error("line {line}: a word can have at most {MAX_WORD_CHARS} characters")]
    /// A word is longer than [`MAX_WORD_CHARS`].
    WordTooLong {
        /// The line, from 1.
        line: usize,
    },
    #[error(
        "the word list has {found} distinct word{}; it needs at least {MIN_DISTINCT_WORDS}",
        if *found == 1 { "" } else { "s" }
    )]
    /// Fewer than [`MIN_DISTINCT_WORDS`] distinct words.
    TooFewWords {
        /// How many distinct words there are.
        found: usize,
    },
    #[error("cannot read the word list: {message}")]
    /// Reading the input failed.
    Read {
        /// What kind of failure.
        kind: io::ErrorKind,
        /// The system's message.
        message: String,
    },
}

impl From<io::Error> for WordListError {
    fn from(error: io::Error) -> Self {
        WordListError::Read {
            kind: error.kind(),
            message: error.to_string(),
        }
    }
}

/// Distinct, printable words without whitespace, at least [`MIN_DISTINCT_WORDS`] of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordList {
    words: Vec<Cow<'static, str>>,
}

impl WordList {
    /// The EFF long list: 7,776 words (© Electronic Frontier Foundation, CC BY 3.0 US).
    pub fn eff_long() -> WordList {
        let words = EFF_LONG
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(_dice, word)| Cow::Borrowed(word))
            .collect();
        WordList { words }
    }

    /// Reads a user's list, at most [`MAX_FILE_BYTES`] of it: a longer input is refused
    /// without reading the rest.
    pub fn from_reader(reader: impl Read) -> Result<WordList, WordListError> {
        let mut bytes = Vec::new();
        reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        WordList::from_bytes(&bytes)
    }

    /// Parses a user's list from its bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<WordList, WordListError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(WordListError::TooLarge);
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut seen = HashSet::new();
        let mut words = Vec::new();
        for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
            let Some(word) = parse_line(index + 1, line)? else {
                continue;
            };
            // One spelling for what looks the same: `é` written as one character or as `e`
            // and an accent, the Kelvin sign and `K`. Else both would count, and a
            // passphrase could not be typed back from a keyboard.
            let word = if word.is_ascii() {
                word.to_owned()
            } else {
                word.nfc().collect()
            };
            if !seen.contains(&word) {
                seen.insert(word.clone());
                words.push(Cow::Owned(word));
            }
        }
        if words.len() < MIN_DISTINCT_WORDS {
            return Err(WordListError::TooFewWords { found: words.len() });
        }
        Ok(WordList { words })
    }

    /// How many distinct words the list has.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Always false: a list has at least [`MIN_DISTINCT_WORDS`] words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words in the file's order (for the EFF list, its dice order).
    pub fn words(&self) -> impl ExactSizeIterator<Item = &str> + Clone {
        self.words.iter().map(|word| word.as_ref())
    }

    /// Whether `word` is one of the list's words, exactly as spelled.
    pub fn contains(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }
}

/// The word on line `line` (1-based), or `None` for a blank or `#` line.
fn parse_line(line: usize, bytes: &[u8]) -> Result<Option<&str>, WordListError> {
    let text = std::str::from_utf8(bytes).map_err(|_| WordListError::NotUtf8 { line })?;
    let word = text.trim();
    if word.is_empty() || word.starts_with('#') {
        return Ok(None);
    }
    if word.chars().any(char::is_whitespace) {
        return Err(WordListError::Whitespace { line });
    }
    if let Some(c) = word.chars().find(|&c| !is_printable(c)) {
        return Err(WordListError::Unprintable {
            line,
            code: u32::from(c),
        });
    }
    if word.chars().count() > MAX_WORD_CHARS {
        return Err(WordListError::WordTooLong { line });
    }
    Ok(Some(word))
}

/// Whether `c` shows as itself on a terminal: not a control character, and not one of the
/// invisible format characters (zero-width, direction overrides, soft hyphen, byte order
/// mark, line and paragraph separators) that would make a passphrase differ from what is
/// seen or break its line.
pub fn is_printable(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
        ))
}

#[cfg(test)]
mod tests;
