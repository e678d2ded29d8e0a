//! The alphabets, messages and times keysmith promises (the README's, and the tutorial's
//! rules it follows), and the checks made with them.
//!
//! They are spelled out here by hand rather than taken from the crate, so that the tests check
//! keysmith against what it promises, not against itself.

use std::time::Duration;

pub const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
pub const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub const DIGITS: &str = "0123456789";
/// Python's `string.punctuation`.
pub const SYMBOLS: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/// The groups a reader confuses: l I 1 |, O 0, B 8, G 6 and the two ticks.
pub const LOOK_ALIKES: &str = "lI1|O0B8G6`'";
/// The symbols of an alnum6 code: `0-9A-Z` without `0 O 1 I`.
pub const OTP_ALNUM: &str = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
pub const WEAK_LENGTH: &str = "Weak password: the length must be more than 8";

/// How long after a send another send is refused.
pub const COOLDOWN: Duration = Duration::from_secs(30);
/// How long a code lives unless the settings say otherwise.
pub const DEFAULT_TTL: Duration = Duration::from_secs(300);

/// The classes of character set `set` (1 to 4): each set adds one to the one before.
pub fn set_classes(set: u8) -> Vec<&'static str> {
    [LOWER, UPPER, DIGITS, SYMBOLS][..usize::from(set)].to_vec()
}

pub fn assert_only_from(password: &str, alphabet: &str, what: &str) {
    for c in password.chars() {
        assert!(
            alphabet.contains(c),
            "{what}: {c:?} in {password:?} is not in {alphabet:?}"
        );
    }
}

pub fn has_any(password: &str, class: &str) -> bool {
    password.chars().any(|c| class.contains(c))
}

/// The longest run of one character repeated in `text`: what a max-consecutive rule limits.
pub fn longest_run(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunk_by(|a, b| a == b)
        .map(<[char]>::len)
        .max()
        .unwrap_or(0)
}
