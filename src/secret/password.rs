//! Password policy and its refusals.

use super::charset::{Alphabet, CharSet};
use super::entropy::count_log2;
pub use super::toggles::{Toggle, Toggles};

/// Lengths of this or less are refused, as the tutorial did.
pub const WEAK_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 1024;

/// Every refusal a password request can meet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("Weak password: the length must be more than {WEAK_LENGTH}")]
    TooShort,
    #[error("Too long: the length must be at most {MAX_LENGTH}")]
    TooLong,
    #[error(
        "No repeats: this character set has only {available} characters, \
         so the length can be at most {available}"
    )]
    RepeatsExceedSet { available: usize },
    #[error("The character set is empty")]
    EmptySet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordPolicy {
    pub length: usize,
    pub set: CharSet,
    pub toggles: Toggles,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            length: 16,
            set: CharSet::All,
            toggles: Toggles::default(),
        }
    }
}

impl PasswordPolicy {
    /// The default options at this length and set.
    pub fn new(length: usize, set: CharSet) -> PasswordPolicy {
        PasswordPolicy {
            length,
            set,
            ..PasswordPolicy::default()
        }
    }

    #[must_use]
    pub fn with(self, toggle: Toggle, on: bool) -> PasswordPolicy {
        PasswordPolicy {
            toggles: self.toggles.with(toggle, on),
            ..self
        }
    }

    pub fn alphabet(&self) -> Alphabet {
        Alphabet::new(self.set, self.has(Toggle::NoLookAlikes))
    }

    pub fn has(&self, toggle: Toggle) -> bool {
        self.toggles.contains(toggle)
    }

    pub fn validate(&self) -> Result<(), PolicyError> {
        check_length(self.length)?;
        let available = self.alphabet().len();
        if available == 0 {
            return Err(PolicyError::EmptySet);
        }
        if self.has(Toggle::NoRepeats) && self.length > available {
            return Err(PolicyError::RepeatsExceedSet { available });
        }
        Ok(())
    }

    /// log2 of the exact number of passwords this policy can produce.
    pub fn entropy_bits(&self) -> Result<f64, PolicyError> {
        self.validate()?;
        let sizes = self.alphabet().class_sizes();
        // A valid policy always admits a password: every class is non-empty and length ≥ 9.
        let each_class = self.has(Toggle::EachClass);
        let no_repeats = self.has(Toggle::NoRepeats);
        Ok(count_log2(&sizes, self.length, each_class, no_repeats).unwrap_or(0.0))
    }
}

/// The length rule alone, which holds whatever the set and options.
pub fn check_length(length: usize) -> Result<(), PolicyError> {
    if length <= WEAK_LENGTH {
        Err(PolicyError::TooShort)
    } else if length > MAX_LENGTH {
        Err(PolicyError::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_boundaries() {
        assert_eq!(
            PasswordPolicy::new(0, CharSet::All).validate(),
            Err(PolicyError::TooShort)
        );
        assert_eq!(
            PasswordPolicy::new(8, CharSet::All).validate(),
            Err(PolicyError::TooShort)
        );
        assert_eq!(PasswordPolicy::new(9, CharSet::All).validate(), Ok(()));
        assert_eq!(PasswordPolicy::new(1024, CharSet::All).validate(), Ok(()));
        assert_eq!(
            PasswordPolicy::new(1025, CharSet::All).validate(),
            Err(PolicyError::TooLong)
        );
        assert_eq!(
            PolicyError::TooShort.to_string(),
            "Weak password: the length must be more than 8"
        );
    }

    #[test]
    fn no_repeats_stops_at_the_size_of_the_set() {
        for (set, size) in [(CharSet::Lower, 26), (CharSet::All, 94)] {
            let at_size = PasswordPolicy::new(size, set).with(Toggle::NoRepeats, true);
            assert_eq!(at_size.validate(), Ok(()));
            let past = PasswordPolicy {
                length: size + 1,
                ..at_size
            };
            assert_eq!(
                past.validate(),
                Err(PolicyError::RepeatsExceedSet { available: size })
            );
        }
        let no_look_alikes = PasswordPolicy::new(88, CharSet::All)
            .with(Toggle::NoRepeats, true)
            .with(Toggle::NoLookAlikes, true);
        assert_eq!(
            no_look_alikes.validate(),
            Err(PolicyError::RepeatsExceedSet { available: 87 })
        );
    }

    #[test]
    fn entropy_of_the_default_is_a_little_under_16_log2_94() {
        let bits = PasswordPolicy::default().entropy_bits().expect("valid");
        let plain = 16.0 * 94f64.log2();
        assert!(bits < plain && bits > plain - 1.0, "{bits}");
        let no_each = PasswordPolicy::default().with(Toggle::EachClass, false);
        assert_eq!(no_each.entropy_bits(), Ok(plain));
    }
}
