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
use std::hash::{BuildHasherDefault, Hasher};

use super::left_out::{LeftOut, Reason};
use super::policy::PassphrasePolicy;
use super::spelling::{spell_into, spellings};

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
    /// The spellings of `words` (distinct, as a list's are) that `policy` can use. The caller
    /// has checked the policy's list-independent refusals (`check_spelling`), which rule 1
    /// relies on.
    pub(super) fn new<'w>(
        words: impl Iterator<Item = &'w str> + Clone,
        policy: &PassphrasePolicy,
    ) -> Tokens {
        Tokens::build(words, policy, LookUp::IfNeeded)
    }

    fn build<'w>(
        words: impl Iterator<Item = &'w str> + Clone,
        policy: &PassphrasePolicy,
        look_up: LookUp,
    ) -> Tokens {
        let per_word = spellings(policy.case);
        let needed = match look_up {
            LookUp::IfNeeded => !words.clone().all(is_plain),
            #[cfg(test)]
            LookUp::Always => true,
        };
        let mut seen = needed.then(Seen::default);
        let mut text = String::new();
        let mut starts = vec![0];
        let mut left_out = LeftOut::default();
        // A list's words are never empty; the filter keeps rule 1 true for any input.
        for word in words.filter(|word| !word.is_empty()) {
            // Each spelling is written where it will stay, and taken back if the word is out.
            let before = text.len();
            let mut ends = [before; 2];
            for (end, &spelling) in ends.iter_mut().zip(per_word) {
                spell_into(&mut text, word, spelling);
                *end = text.len();
            }
            let ends = &ends[..per_word.len()];
            let mut spelled = [""; 2];
            let mut start = before;
            for (slot, &end) in spelled.iter_mut().zip(ends) {
                *slot = &text[start..end];
                start = end;
            }
            let spelled = &spelled[..per_word.len()];
            match rejection(spelled, policy, seen.as_ref()) {
                Some(reason) => {
                    left_out.count(reason);
                    text.truncate(before);
                }
                None => {
                    if let Some(seen) = seen.as_mut() {
                        seen.extend(spelled.iter().map(|&s| Box::from(s)));
                    }
                    starts.extend_from_slice(ends);
                }
            }
        }
        let longest = starts.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
        let mut text = text.into_bytes();
        text.extend_from_slice(&[0; PAD]);
        Tokens {
            text,
            starts,
            longest,
            left_out,
        }
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

/// Whether rule 3 looks for each spelling among the earlier words'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LookUp {
    /// Only where two distinct words could be spelled alike: not when every word is plain
    /// (`is_plain`). Then a lower spelling is the word itself; upper and title spellings are
    /// undone by lowercasing (all of it, or its first byte), so distinct words keep distinct
    /// spellings in each case; and in Mixed a lower spelling, which has no capital, can equal
    /// a title spelling only if that has none either: its word starts with a non-letter, so
    /// its two spellings are the same and rule 3 leaves it out before any look-up.
    IfNeeded,
    /// For the test that the shortcut changes nothing.
    #[cfg(test)]
    Always,
}

/// ASCII without capitals, as every EFF word is.
fn is_plain(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// The spellings of the words kept so far.
type Seen = HashSet<Box<str>, BuildHasherDefault<Fnv>>;

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
fn rejection(spelled: &[&str], policy: &PassphrasePolicy, seen: Option<&Seen>) -> Option<Reason> {
    let separator = &policy.separator;
    if spelled.iter().any(|s| holds_any_of(s, separator)) {
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
    } else if seen.is_some_and(|seen| spelled.iter().any(|&s| seen.contains(s))) {
        Some(Reason::SpelledLikeAnother)
    } else {
        None
    }
}

/// Whether `spelling` holds any character of `separator`. An ASCII separator's bytes occur
/// in UTF-8 only as those characters, so bytes are compared, without decoding.
fn holds_any_of(spelling: &str, separator: &str) -> bool {
    if separator.is_ascii() {
        let wanted = separator.as_bytes();
        spelling.bytes().any(|b| wanted.contains(&b))
    } else {
        spelling.contains(|c| separator.contains(c))
    }
}

fn starts_with_only_capital(spelling: &str) -> bool {
    let mut chars = spelling.chars();
    chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passphrase::Case;
    use crate::wordlist::WordList;

    #[test]
    fn skipping_the_look_up_for_plain_lists_changes_nothing() {
        let eff = WordList::eff_long();
        // Plain words that start or end with a digit or a hyphen.
        let digits: Vec<String> = (0..300)
            .map(|i| format!("{}{i}", ["a", "-", "7"][i % 3]))
            .collect();
        let lists: [Vec<&str>; 4] = [
            eff.words().collect(),
            digits.iter().map(String::as_str).collect(),
            vec!["a", "b", "-a", "1", "a1", "zz", "z-z"],
            // Not plain: the look-up is needed, and would be missed if `is_plain` were wrong.
            vec!["Apple", "apple", "APPLE", "b", "c"],
        ];
        for list in &lists {
            for case in Case::ALL {
                for number in [false, true] {
                    for separator in ["", " ", "-"] {
                        let policy = PassphrasePolicy {
                            words: 3,
                            separator: separator.to_string(),
                            case,
                            number,
                        };
                        let fast = Tokens::new(list.iter().copied(), &policy);
                        let full = Tokens::build(list.iter().copied(), &policy, LookUp::Always);
                        assert_eq!(fast.left_out, full.left_out, "{policy:?}");
                        assert_eq!(
                            (fast.text, fast.starts),
                            (full.text, full.starts),
                            "{policy:?}"
                        );
                    }
                }
            }
        }
    }
}
