//! How the words of a passphrase are capitalised: the option, and the names settings use.

/// How the words of a passphrase are capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Case {
    #[default]
    /// All small letters; the default.
    Lower,
    /// The first letter capital, the rest small.
    Title,
    /// All capitals.
    Upper,
    /// Each word lower or title, at random.
    Mixed,
}

impl Case {
    /// The four cases, in the order a selector shows them.
    pub const ALL: [Case; 4] = [Case::Lower, Case::Title, Case::Upper, Case::Mixed];

    /// The name scripts and settings files use: `lower`, `title`, `upper`, `mixed`.
    pub fn name(self) -> &'static str {
        match self {
            Case::Lower => "lower",
            Case::Title => "title",
            Case::Upper => "upper",
            Case::Mixed => "mixed",
        }
    }
}

impl crate::Named for Case {
    const VARIANTS: &'static [Case] = &Case::ALL;

    fn spelling(self) -> &'static str {
        self.name()
    }
}
