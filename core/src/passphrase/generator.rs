//! Uniform passphrases and their exact entropy.

use rand::CryptoRng;
use rand::distr::{Distribution, Uniform};
use secrecy::SecretString;
use zeroize::Zeroizing;

use super::left_out::LeftOut;
use super::policy::{PassphraseError, PassphrasePolicy};
use super::tokens::{PAD, Tokens};
use crate::wordlist::WordList;

/// The digits the number option appends.
const DIGITS: usize = 10;

/// A validated policy over a list, ready to draw many passphrases without re-checking.
pub struct PassphraseGenerator {
    policy: PassphrasePolicy,
    tokens: Tokens,
    /// Lemire's method with rejection: exactly uniform, unlike `random_range`, whose
    /// single-shot sampling carries a tiny bias.
    pick_token: Uniform<usize>,
    /// The number's place and digit in one draw: `place * 10 + digit`.
    pick_number: Uniform<usize>,
    /// The separator's bytes, then `PAD` zero bytes (see `put`).
    separator: Vec<u8>,
    max_len: usize,
}

impl PassphraseGenerator {
    /// Checks `policy` and readies it over `list`, or says why it cannot be met.
    pub fn new(
        policy: &PassphrasePolicy,
        list: &WordList,
    ) -> Result<PassphraseGenerator, PassphraseError> {
        policy.validate()?;
        PassphraseGenerator::build(policy, list.words())
    }

    /// As `new` without the word-count and list-size bounds, so tests can count by brute
    /// force on tiny lists and phrases. The spelling refusals still apply.
    pub(super) fn build<'w>(
        policy: &PassphrasePolicy,
        words: impl Iterator<Item = &'w str> + Clone,
    ) -> Result<PassphraseGenerator, PassphraseError> {
        policy.check_spelling()?;
        let tokens = Tokens::new(words, policy);
        let no_words_left = || PassphraseError::NoWordsLeft {
            left_out: tokens.left_out(),
        };
        let pick_token = Uniform::new(0, tokens.len()).map_err(|_| no_words_left())?;
        let pick_number =
            Uniform::new(0, policy.words.max(1) * DIGITS).map_err(|_| no_words_left())?;
        let mut separator = policy.separator.as_bytes().to_vec();
        separator.extend_from_slice(&[0; PAD]);
        let words = policy.words;
        let max_len = words * tokens.longest()
            + words.saturating_sub(1) * policy.separator.len()
            + usize::from(policy.number);
        Ok(PassphraseGenerator {
            policy: policy.clone(),
            tokens,
            pick_token,
            pick_number,
            separator,
            max_len,
        })
    }

    /// The options this generator draws with.
    pub fn policy(&self) -> &PassphrasePolicy {
        &self.policy
    }

    /// The words of the list this run leaves out, so the count stays exact.
    pub fn left_out(&self) -> LeftOut {
        self.tokens.left_out()
    }

    /// log2 of the number of distinct passphrases this run can produce, each equally likely:
    /// `k log2 |T| + log2(10 k)` with the number (the proof is in `tokens`).
    pub fn entropy_bits(&self) -> f64 {
        let words = self.policy.words as f64;
        let per_word = (self.tokens.len() as f64).log2();
        let number = if self.policy.number {
            (words * DIGITS as f64).log2()
        } else {
            0.0
        };
        words * per_word + number
    }

    /// The longest passphrase this run can produce, in bytes.
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// The room `fill` needs in a buffer: give it this capacity, and a buffer wrapped in
    /// `Zeroizing` never reallocates, so no copy of a passphrase is left behind.
    pub fn buffer_len(&self) -> usize {
        self.max_len + PAD
    }

    /// Replaces `out` with a fresh passphrase in UTF-8: the bulk path, with no allocation once
    /// `out` has [`buffer_len`](Self::buffer_len) of capacity.
    pub fn fill<R: CryptoRng + ?Sized>(&self, rng: &mut R, out: &mut Vec<u8>) {
        let number = self.policy.number.then(|| {
            let drawn = self.pick_number.sample(rng);
            (drawn / DIGITS, drawn % DIGITS)
        });
        self.spell(out, number, || self.pick_token.sample(rng));
    }

    /// Writes the passphrase of these choices: tokens from `next_token`, and the number as
    /// (word place, digit). Generation and the brute-force tests both spell through here.
    pub(super) fn spell(
        &self,
        out: &mut Vec<u8>,
        number: Option<(usize, usize)>,
        mut next_token: impl FnMut() -> usize,
    ) {
        out.clear();
        out.resize(self.buffer_len(), 0);
        let separator_len = self.policy.separator.len();
        let mut at = 0;
        for place in 0..self.policy.words {
            if place > 0 {
                at = put(out, at, &self.separator, separator_len);
            }
            let (len, bytes) = self.tokens.bytes(next_token());
            at = put(out, at, bytes, len);
            if let Some((digit_place, digit)) = number
                && digit_place == place
            {
                out[at] = b'0' + digit as u8;
                at += 1;
            }
        }
        out.truncate(at);
    }

    /// How many tokens a word place can take.
    #[cfg(test)]
    pub(super) fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// One passphrase, as a secret.
    pub fn generate<R: CryptoRng + ?Sized>(&self, rng: &mut R) -> SecretString {
        let mut buffer = Zeroizing::new(Vec::with_capacity(self.buffer_len()));
        self.fill(rng, &mut buffer);
        // The tokens and separator are whole UTF-8 strings, so this always borrows. Exact
        // capacity, so turning it into the secret's box does not leave a copy behind.
        let spelled = String::from_utf8_lossy(&buffer);
        let mut text = String::with_capacity(spelled.len());
        text.push_str(&spelled);
        SecretString::from(text)
    }
}

/// Copies `len` bytes of `src` to `out[at..]` in whole blocks of `PAD` bytes, which compile to
/// a wide move or two instead of a call to `memcpy` (a third of the time of a passphrase).
/// `src` has `PAD` bytes to read past `len`, `out` has `PAD` to spare past the longest
/// passphrase, and what a block writes past `len` is overwritten next or cut off at the end.
fn put(out: &mut [u8], at: usize, src: &[u8], len: usize) -> usize {
    let mut done = 0;
    while done < len {
        out[at + done..at + done + PAD].copy_from_slice(&src[done..done + PAD]);
        done += PAD;
    }
    at + len
}

/// One passphrase for `policy` over `list`, drawn from `rng`.
pub fn generate<R: CryptoRng + ?Sized>(
    policy: &PassphrasePolicy,
    list: &WordList,
    rng: &mut R,
) -> Result<SecretString, PassphraseError> {
    Ok(PassphraseGenerator::new(policy, list)?.generate(rng))
}
