//! The spellings a run can put in a passphrase, and why counting them is exact.
//!
//! A passphrase is `t1 s t2 s … s tk`: `s` the separator, each `ti` a *token*, the
//! spelling of one word in one case choice (one spelling a word, or two for Mixed: lower,
//! title), plus with the number option one digit `0-9` after exactly one of them. The
//! generator draws the k tokens uniformly and independently from the kept spellings `T`
//! and, with the number, the position and the digit uniformly. So the number of distinct
//! passphrases is `|T|^k` (times `10 k` with the number) exactly when the map from draws to
//! text is one-to-one; then every passphrase is also equally likely. The rules below, each
//! checked on the spellings themselves (so Unicode case mapping surprises are covered),
//! make it one-to-one:
//!
//! 1. *The tokens can be found.* With a separator, a word is left out if a spelling holds
//!    any character of the separator, and the separator holds no digit when the number is on
//!    (refused up front: the number would run into it). Then the separator's characters
//!    occur only in the separators; tokens are non-empty (words are), so the tokens are
//!    exactly the maximal runs of other characters. With no separator, only title case is
//!    accepted, and a word is left out unless its spelling starts with an uppercase
//!    character and has no other. The digit is not uppercase, so the uppercase characters
//!    are exactly the starts of the tokens.
//! 2. *The number can be found.* With the number, a word is left out if a spelling ends in
//!    an ASCII digit. Then exactly one token ends in a digit, the one carrying the number;
//!    the digit and its position are read off, and what is left is a spelling.
//! 3. *The spelling gives the choice.* A word is left out if its two Mixed spellings are the
//!    same (a word starting with a digit, or with a letter that has no case), or if any
//!    spelling equals one of a word kept before it ("Apple" after "apple"). So all kept
//!    spellings differ, and a spelling names its word and case choice.
//!
//! The words left out are only fewer choices: the count is of what the run can produce, and
//! never more than that. Rules that leave a word out are stricter than needed in some cases
//! (a separator "ab" leaves out every word with an `a`), never looser.

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use super::PassphrasePolicy;
use super::spelling::{spell_into, spellings};

/// How many words of the list a run leaves out, and why (see the module's rules).
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
    pub fn total(&self) -> usize {
        self.contains_separator
            + self.no_leading_capital
            + self.ends_in_digit
            + self.same_in_both_cases
            + self.spelled_like_another
    }

    fn count(&mut self, reason: Reason) {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    ContainsSeparator,
    NoLeadingCapital,
    EndsInDigit,
    SameInBothCases,
    SpelledLikeAnother,
}

/// Bytes that `Tokens::bytes` has to spare past the end of every token, so that tokens can
/// be copied in whole blocks of this size.
pub(super) const PAD: usize = 16;

/// The kept spellings, one after another in one byte string, then `PAD` zero bytes.
pub(super) struct Tokens {
    text: Vec<u8>,
    /// Token `i` is `text[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    longest: usize,
    left_out: LeftOut,
}

impl Tokens {
    /// The spellings of `words` that `policy` can use. The caller has checked the policy's
    /// list-independent refusals (`check_spelling`), which rule 1 relies on.
    pub(super) fn new<'w>(
        words: impl Iterator<Item = &'w str>,
        policy: &PassphrasePolicy,
    ) -> Tokens {
        let per_word = spellings(policy.case);
        // First every spelling, in word order; then the rules, which only read them.
        let mut all = String::new();
        let mut spans = Vec::new();
        // A list's words are never empty; the filter keeps rule 1 true for any input.
        for word in words.filter(|word| !word.is_empty()) {
            for &spelling in per_word {
                let start = all.len();
                spell_into(&mut all, word, spelling);
                spans.push((start, all.len()));
            }
        }
        let mut seen = Seen::with_capacity_and_hasher(spans.len(), Default::default());
        let mut tokens = Tokens {
            text: Vec::with_capacity(all.len() + PAD),
            starts: Vec::with_capacity(spans.len() + 1),
            longest: 0,
            left_out: LeftOut::default(),
        };
        tokens.starts.push(0);
        for word_spans in spans.chunks_exact(per_word.len()) {
            let mut spelled = [""; 2];
            for (slot, &(start, end)) in spelled.iter_mut().zip(word_spans) {
                *slot = &all[start..end];
            }
            let spelled = &spelled[..word_spans.len()];
            match rejection(spelled, policy, &seen) {
                Some(reason) => tokens.left_out.count(reason),
                None => {
                    seen.extend(spelled.iter().copied());
                    spelled.iter().for_each(|spelling| tokens.push(spelling));
                }
            }
        }
        tokens.text.extend_from_slice(&[0; PAD]);
        tokens
    }

    fn push(&mut self, spelling: &str) {
        self.text.extend_from_slice(spelling.as_bytes());
        self.starts.push(self.text.len());
        self.longest = self.longest.max(spelling.len());
    }

    /// How many spellings a word position can take.
    pub(super) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Token `index` (below `len()`) as its length and its UTF-8 bytes, followed by at least
    /// `PAD` more bytes to read.
    pub(super) fn bytes(&self, index: usize) -> (usize, &[u8]) {
        let start = self.starts[index];
        (self.starts[index + 1] - start, &self.text[start..])
    }

    /// The longest token, in bytes.
    pub(super) fn longest(&self) -> usize {
        self.longest
    }

    pub(super) fn left_out(&self) -> LeftOut {
        self.left_out
    }
}

/// The spellings of the words kept so far.
type Seen<'s> = HashSet<&'s str, BuildHasherDefault<Fnv>>;

/// FNV-1a, several times faster than SipHash on short words; SipHash's resistance to chosen
/// collisions buys nothing against a list the user chose.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Why a word with these spellings must be left out, if it must (the module's rules, in order).
fn rejection(spelled: &[&str], policy: &PassphrasePolicy, seen: &Seen) -> Option<Reason> {
    let separator = &policy.separator;
    if spelled
        .iter()
        .any(|s| s.contains(|c| separator.contains(c)))
    {
        Some(Reason::ContainsSeparator)
    } else if separator.is_empty() && !spelled.iter().all(|s| starts_with_only_capital(s)) {
        Some(Reason::NoLeadingCapital)
    } else if policy.number
        && spelled
            .iter()
            .any(|s| s.ends_with(|c: char| c.is_ascii_digit()))
    {
        Some(Reason::EndsInDigit)
    } else if spelled.len() == 2 && spelled[0] == spelled[1] {
        Some(Reason::SameInBothCases)
    } else if spelled.iter().any(|s| seen.contains(*s)) {
        Some(Reason::SpelledLikeAnother)
    } else {
        None
    }
}

fn starts_with_only_capital(spelling: &str) -> bool {
    let mut chars = spelling.chars();
    chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase)
}
