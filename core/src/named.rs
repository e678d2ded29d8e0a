//! Enums that scripts and settings files spell by name (`--set all`, `set = "all"`), so the
//! command line and the settings file take the same words without the core knowing either.

/// A choice among a few values, each with a name a user types.
///
/// ```
/// use keysmith_core::{CharSet, Delivery, Named, OtpFormat};
///
/// assert_eq!(CharSet::from_spelling("ALNUM"), Some(CharSet::Alnum));
/// assert_eq!(CharSet::from_spelling("3"), Some(CharSet::Alnum));
/// assert_eq!(Delivery::from_spelling("totp"), Some(Delivery::Authenticator));
/// assert_eq!(OtpFormat::spellings(), "digits6, digits8, digits4, alnum6");
/// ```
pub trait Named: Sized + Copy + 'static {
    /// Every value, in the order help lists them.
    const VARIANTS: &'static [Self];

    /// The name a script or a settings file uses.
    fn spelling(self) -> &'static str;

    /// Other names it is known by (a character set's menu number).
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }

    /// The value a name or alias means, in any case.
    fn from_spelling(text: &str) -> Option<Self> {
        Self::VARIANTS.iter().copied().find(|value| {
            value.spelling().eq_ignore_ascii_case(text)
                || value
                    .aliases()
                    .iter()
                    .any(|alias| alias.eq_ignore_ascii_case(text))
        })
    }

    /// Every name, aliases after a bar: `lower|1, letters|2`.
    fn spellings() -> String {
        Self::VARIANTS
            .iter()
            .map(|value| {
                std::iter::once(value.spelling())
                    .chain(value.aliases().iter().copied())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::Named;
    use crate::CharSet;

    #[test]
    fn names_and_numbers_parse_in_any_case() {
        assert_eq!(CharSet::from_spelling("ALNUM"), Some(CharSet::Alnum));
        assert_eq!(CharSet::from_spelling("2"), Some(CharSet::Letters));
        assert_eq!(CharSet::from_spelling("5"), None);
        assert_eq!(CharSet::spellings(), "lower|1, letters|2, alnum|3, all|4");
    }
}
