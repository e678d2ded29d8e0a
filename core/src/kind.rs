//! The two kinds of secret a generator makes: a password of characters, or a passphrase of
//! words. Settings files and the command line name them `characters` and `words`.

/// A password of characters, or a passphrase of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Kind {
    /// Characters drawn from a set under a policy.
    #[default]
    Password,
    /// Words drawn from a word list.
    Passphrase,
}

impl Kind {
    /// Both kinds, in the order a selector shows them.
    pub const ALL: [Kind; 2] = [Kind::Password, Kind::Passphrase];

    /// The word a user sees: `Characters` or `Words`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Password => "Characters",
            Kind::Passphrase => "Words",
        }
    }
}

impl crate::Named for Kind {
    const VARIANTS: &'static [Kind] = &Kind::ALL;

    fn spelling(self) -> &'static str {
        match self {
            Kind::Password => "characters",
            Kind::Passphrase => "words",
        }
    }
}
