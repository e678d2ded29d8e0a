//! Uniform passphrases and their exact entropy.

use rand::CryptoRng;
use rand::distr::{Distribution, Uniform};
use secrecy::SecretString;
use zeroize::Zeroizing;

use super::tokens::{LeftOut, Tokens};
use super::{PassphraseError, PassphrasePolicy};
use crate::secret::wordlist::WordList;

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
}

impl PassphraseGenerator {
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
        words: impl Iterator<Item = &'w str>,
    ) -> Result<PassphraseGenerator, PassphraseError> {
        policy.check_spelling()?;
        let tokens = Tokens::new(words, policy);
        let no_words_left = || PassphraseError::NoWordsLeft {
            left_out: tokens.left_out(),
        };
        let pick_token = Uniform::new(0, tokens.len()).map_err(|_| no_words_left())?;
        let pick_number =
            Uniform::new(0, policy.words.max(1) * DIGITS).map_err(|_| no_words_left())?;
        Ok(PassphraseGenerator {
            policy: policy.clone(),
            tokens,
            pick_token,
            pick_number,
        })
    }

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
        let words = self.policy.words;
        words * self.tokens.longest()
            + words.saturating_sub(1) * self.policy.separator.len()
            + usize::from(self.policy.number)
    }

    /// Replaces `out` with a fresh passphrase. Space for the longest is reserved first, so a
    /// buffer wrapped in `Zeroizing` never moves a passphrase and leaves a copy behind.
    pub fn fill<R: CryptoRng + ?Sized>(&self, rng: &mut R, out: &mut String) {
        out.clear();
        out.reserve(self.max_len());
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
        out: &mut String,
        number: Option<(usize, usize)>,
        mut next_token: impl FnMut() -> usize,
    ) {
        for place in 0..self.policy.words {
            if place > 0 {
                out.push_str(&self.policy.separator);
            }
            out.push_str(self.tokens.get(next_token()));
            if let Some((at, digit)) = number
                && at == place
            {
                out.push(char::from(b'0' + digit as u8));
            }
        }
    }

    /// How many tokens a word place can take.
    #[cfg(test)]
    pub(super) fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// One passphrase, as a secret.
    pub fn generate<R: CryptoRng + ?Sized>(&self, rng: &mut R) -> SecretString {
        let mut buffer = Zeroizing::new(String::new());
        self.fill(rng, &mut buffer);
        // Exact capacity, so turning it into the secret's box does not leave a copy behind.
        let mut text = String::with_capacity(buffer.len());
        text.push_str(&buffer);
        SecretString::from(text)
    }
}

/// One passphrase for `policy` over `list`, drawn from `rng`.
pub fn generate<R: CryptoRng + ?Sized>(
    policy: &PassphrasePolicy,
    list: &WordList,
    rng: &mut R,
) -> Result<SecretString, PassphraseError> {
    Ok(PassphraseGenerator::new(policy, list)?.generate(rng))
}
