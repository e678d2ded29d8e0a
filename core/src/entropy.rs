//! How strong an entropy is, in words: the label shown beside a secret's bits.

use std::fmt;

/// The label shown beside a password's entropy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntropyLabel {
    /// Under 50 bits.
    Weak,
    /// 50 to under 80 bits.
    Fair,
    /// 80 to under 100 bits.
    Strong,
    /// 100 bits or more.
    VeryStrong,
}

impl EntropyLabel {
    /// The label for an entropy of `bits`.
    ///
    /// ```
    /// use keysmith_core::EntropyLabel;
    ///
    /// assert_eq!(EntropyLabel::of(49.9), EntropyLabel::Weak);
    /// assert_eq!(EntropyLabel::of(90.5).to_string(), "strong");
    /// ```
    pub fn of(bits: f64) -> EntropyLabel {
        match bits {
            b if b < 50.0 => EntropyLabel::Weak,
            b if b < 80.0 => EntropyLabel::Fair,
            b if b < 100.0 => EntropyLabel::Strong,
            _ => EntropyLabel::VeryStrong,
        }
    }
}

impl fmt::Display for EntropyLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EntropyLabel::Weak => "weak",
            EntropyLabel::Fair => "fair",
            EntropyLabel::Strong => "strong",
            EntropyLabel::VeryStrong => "very strong",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_thresholds() {
        assert_eq!(EntropyLabel::of(49.9), EntropyLabel::Weak);
        assert_eq!(EntropyLabel::of(50.0), EntropyLabel::Fair);
        assert_eq!(EntropyLabel::of(79.9), EntropyLabel::Fair);
        assert_eq!(EntropyLabel::of(80.0), EntropyLabel::Strong);
        assert_eq!(EntropyLabel::of(99.9), EntropyLabel::Strong);
        assert_eq!(EntropyLabel::of(100.0), EntropyLabel::VeryStrong);
        assert_eq!(EntropyLabel::VeryStrong.to_string(), "very strong");
    }
}
