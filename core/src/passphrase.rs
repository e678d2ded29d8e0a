//! Passphrases: words from a [`WordList`](super::wordlist::WordList), their options, and the
//! refusals that keep the entropy shown exact.
//!
//! - `policy`: the options, their limits and the refusals checked before the list is read;
//! - `case`: how the words are capitalised;
//! - `spelling`: a word in each case;
//! - `tokens`: which words a run can use, and why the count of distinct passphrases is exact;
//! - `left_out`: the words a run leaves out, and why;
//! - `generator`: uniform generation and the entropy.
//!
//! This file only declares the parts and re-exports what callers name, so that the parts
//! depend on one another and never on this parent.

mod case;
mod generator;
mod left_out;
mod policy;
mod spelling;
mod tokens;

pub use case::Case;
pub use generator::{PassphraseGenerator, generate};
pub use left_out::LeftOut;
pub use policy::{
    DEFAULT_WORDS, MAX_SEPARATOR_CHARS, MAX_WORDS, MIN_WORDS, PassphraseError, PassphrasePolicy,
};

#[cfg(test)]
mod policy_tests;

#[cfg(test)]
mod brute_force_tests;

#[cfg(test)]
mod uniformity_tests;
