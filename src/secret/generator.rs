//! Uniform generation: many passwords for one validated policy, drawn fast.

use rand::CryptoRng;
use rand::seq::SliceRandom;
use secrecy::SecretString;
use zeroize::Zeroizing;

use super::password::{PasswordPolicy, PolicyError, Toggle};

/// The most random bytes one draw takes: enough for a password of 16 (up to about 150)
/// characters from any set in one draw, and the size of the scratch space for longer ones.
const DRAW: usize = 256;

/// A validated policy, ready to draw many passwords without re-checking or re-allocating.
pub struct Generator {
    chars: Vec<u8>,
    /// Character picks by rejection sampling on bytes: a byte `b` below `accept` (the largest
    /// multiple of the alphabet's size that fits in a byte) maps to `chars[b % n]`, every
    /// other byte to 0, which means "reject". Each accepted byte is uniform over
    /// `0..accept`, so each character is drawn with probability exactly `1/n`.
    pick: [u8; 256],
    accept: usize,
    /// For each byte, the bit of its class (0 for bytes outside the alphabet).
    class_bit: [u8; 256],
    all_classes: u8,
    policy: PasswordPolicy,
    pool: Zeroizing<Vec<u8>>,
    /// Bytes to draw for a whole password (see `draw_size`).
    first_draw: usize,
    /// The characters a draw picked: they spell the password, so they are wiped on drop.
    picked: Zeroizing<[u8; DRAW]>,
}

/// Bytes to draw for `missing` characters when a byte is kept with probability
/// `accept / 256`: the mean of that negative binomial plus about two standard deviations, so
/// a second draw is rare (a few passwords in a hundred). Whole 4-byte words, as the RNG hands
/// out no less.
fn draw_size(missing: usize, accept: usize) -> usize {
    let p = accept as f64 / 256.0;
    let m = missing as f64;
    let bytes = (m + 2.0 * (m * (1.0 - p)).sqrt()) / p;
    (bytes.ceil() as usize).next_multiple_of(4).clamp(4, DRAW)
}

impl Generator {
    pub fn new(policy: &PasswordPolicy) -> Result<Generator, PolicyError> {
        policy.validate()?;
        let alphabet = policy.alphabet();
        let mut class_bit = [0u8; 256];
        for (class, chars) in alphabet.classes().iter().enumerate() {
            for &c in chars {
                class_bit[usize::from(c)] = 1 << class;
            }
        }
        let chars = alphabet.chars();
        let n = chars.len();
        if n == 0 {
            return Err(PolicyError::EmptySet);
        }
        // The sets are printable ASCII, 94 characters at most: 0 is free to mean "reject".
        debug_assert!(n <= 128 && !chars.contains(&0));
        let accept = 256 - 256 % n;
        let mut pick = [0u8; 256];
        for (b, slot) in pick.iter_mut().enumerate().take(accept) {
            *slot = chars[b % n];
        }
        Ok(Generator {
            all_classes: (1u8 << alphabet.classes().len()) - 1,
            class_bit,
            pool: Zeroizing::new(Vec::with_capacity(n)),
            chars,
            pick,
            accept,
            first_draw: draw_size(policy.length, accept),
            policy: *policy,
            picked: Zeroizing::new([0u8; DRAW]),
        })
    }

    pub fn policy(&self) -> &PasswordPolicy {
        &self.policy
    }

    /// Replaces `out` with a fresh password. With each-class on, whole passwords are
    /// redrawn until one has every class: that keeps the result uniform over all valid
    /// passwords, which "one of each, then shuffle" does not.
    pub fn fill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, out: &mut Vec<u8>) {
        loop {
            out.clear();
            if self.policy.has(Toggle::NoRepeats) {
                self.pool.clear();
                self.pool.extend_from_slice(&self.chars);
                let (chosen, _) = self.pool.partial_shuffle(rng, self.policy.length);
                out.extend_from_slice(chosen);
            } else {
                self.fill_independent(rng, out);
            }
            // A set of one class has it in every password: no need to look.
            if !self.policy.has(Toggle::EachClass)
                || self.all_classes == 1
                || self.has_every_class(out)
            {
                return;
            }
        }
    }

    /// `length` independent uniform characters: random bytes drawn in bulk (the four bytes of
    /// each `next_u32`), each kept or rejected by the `pick` table. Bytes drawn past the last
    /// character needed are dropped whatever their value, and none is kept for the next call:
    /// every password comes from the RNG it was given.
    fn fill_independent<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, out: &mut Vec<u8>) {
        let length = self.policy.length;
        let mut want = self.first_draw;
        loop {
            // Without branches, which would mispredict on random bytes: every byte writes its
            // pick at `kept`, and only an accepted one (non-zero) moves `kept` on. `kept` stays
            // below `want`, so `% DRAW` only spares a bounds check.
            let picked = &mut *self.picked;
            let mut kept = 0;
            for _ in 0..want / 4 {
                let mut word = rng.next_u32();
                for _ in 0..4 {
                    let c = self.pick[(word & 0xff) as usize];
                    word >>= 8;
                    picked[kept % DRAW] = c;
                    kept += usize::from(c != 0);
                }
            }
            // The first picks, in order; the rest are dropped whatever they are.
            let missing = length - out.len();
            out.extend_from_slice(&picked[..kept.min(missing)]);
            if kept >= missing {
                return;
            }
            want = draw_size(length - out.len(), self.accept);
        }
    }

    fn has_every_class(&self, password: &[u8]) -> bool {
        let seen = password
            .iter()
            .fold(0u8, |seen, &c| seen | self.class_bit[usize::from(c)]);
        seen == self.all_classes
    }
}

/// One password for `policy`, drawn from `rng`.
pub fn generate<R: CryptoRng + ?Sized>(
    policy: &PasswordPolicy,
    rng: &mut R,
) -> Result<SecretString, PolicyError> {
    let mut generator = Generator::new(policy)?;
    let mut bytes = Zeroizing::new(Vec::with_capacity(policy.length));
    generator.fill(rng, &mut bytes);
    // Exact capacity, so turning it into the secret's box does not leave a copy behind.
    let mut text = String::with_capacity(bytes.len());
    text.extend(bytes.iter().map(|&b| char::from(b)));
    Ok(SecretString::from(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::charset::CharSet;
    use crate::secret::password::{MAX_LENGTH, PasswordPolicy, Toggle, Toggles};
    use rand::SeedableRng;
    use rand::rngs::StdRng;
    use secrecy::ExposeSecret;

    #[test]
    fn a_password_at_the_size_of_the_set_uses_every_character_once() {
        let mut rng = StdRng::seed_from_u64(7);
        let full = PasswordPolicy::new(94, CharSet::All).with(Toggle::NoRepeats, true);
        let password = generate(&full, &mut rng).expect("valid policy");
        let mut chars: Vec<u8> = password.expose_secret().bytes().collect();
        chars.sort_unstable();
        let mut expected = full.alphabet().chars();
        expected.sort_unstable();
        assert_eq!(chars, expected);
    }

    #[test]
    fn passwords_obey_every_option() {
        let mut rng = StdRng::seed_from_u64(1);
        for set in CharSet::ALL {
            for no_look_alikes in [false, true] {
                for no_repeats in [false, true] {
                    let p = PasswordPolicy {
                        length: 9,
                        set,
                        toggles: Toggles::default()
                            .with(Toggle::EachClass, true)
                            .with(Toggle::NoLookAlikes, no_look_alikes)
                            .with(Toggle::NoRepeats, no_repeats),
                    };
                    let alphabet = p.alphabet();
                    for _ in 0..200 {
                        let password = generate(&p, &mut rng).expect("valid policy");
                        let bytes = password.expose_secret().as_bytes();
                        assert_eq!(bytes.len(), 9);
                        assert!(bytes.iter().all(|c| alphabet.chars().contains(c)));
                        for class in alphabet.classes() {
                            assert!(bytes.iter().any(|c| class.contains(c)), "{p:?}");
                        }
                        if no_repeats {
                            let mut sorted = bytes.to_vec();
                            sorted.sort_unstable();
                            sorted.dedup();
                            assert_eq!(sorted.len(), 9, "{p:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_character_has_the_same_share_of_the_pick_table() {
        for set in CharSet::ALL {
            for no_look_alikes in [false, true] {
                let p = PasswordPolicy {
                    set,
                    ..PasswordPolicy::default().with(Toggle::NoLookAlikes, no_look_alikes)
                };
                let generator = Generator::new(&p).expect("valid policy");
                let chars = p.alphabet().chars();
                let share = generator.accept / chars.len();
                assert_eq!(share * chars.len(), generator.accept, "{p:?}");
                for c in &chars {
                    let count = generator.pick.iter().filter(|&&b| b == *c).count();
                    assert_eq!(count, share, "{p:?} {}", char::from(*c));
                }
                let rejected = generator.pick.iter().filter(|&&b| b == 0).count();
                assert_eq!(rejected, 256 - generator.accept);
                assert!(rejected < chars.len(), "{p:?}");
            }
        }
    }

    #[test]
    fn the_longest_passwords_take_several_draws() {
        let mut rng = StdRng::seed_from_u64(4);
        for set in CharSet::ALL {
            let p = PasswordPolicy::new(MAX_LENGTH, set);
            let password = generate(&p, &mut rng).expect("valid policy");
            let bytes = password.expose_secret().as_bytes();
            assert_eq!(bytes.len(), MAX_LENGTH);
            assert!(bytes.iter().all(|c| p.alphabet().chars().contains(c)));
        }
    }

    #[test]
    fn generation_refuses_what_validation_refuses() {
        let mut rng = StdRng::seed_from_u64(2);
        assert!(matches!(
            generate(&PasswordPolicy::new(8, CharSet::All), &mut rng),
            Err(PolicyError::TooShort)
        ));
    }

    #[test]
    fn debug_never_shows_the_password() {
        let mut rng = StdRng::seed_from_u64(3);
        let password = generate(&PasswordPolicy::default(), &mut rng).expect("valid");
        let debug = format!("{password:?}");
        assert!(!debug.contains(password.expose_secret()), "{debug}");
        assert!(debug.contains("REDACTED"), "{debug}");
    }
}
