//! The four character menus of the tutorial, and the alphabet a policy draws from.

/// The 26 small letters.
pub const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
/// The 26 capital letters.
pub const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// The 10 digits.
pub const DIGITS: &[u8] = b"0123456789";
/// Python's `string.punctuation`: the 32 printable ASCII symbols.
pub const SYMBOLS: &[u8] = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/// Characters that are easy to misread for one another.
pub const LOOK_ALIKES: &[u8] = b"lI1O0|`";

/// One of the four menu options, numbered as the menu shows them. On the command line, by
/// name or by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CharSet {
    /// 1: small letters only, `a-z` (26).
    Lower,
    /// 2: capital and small letters, `a-zA-Z` (52).
    Letters,
    /// 3: letters and digits, `a-zA-Z0-9` (62).
    Alnum,
    #[default]
    /// 4: letters, digits and the 32 ASCII symbols (94); the default.
    All,
}

impl crate::Named for CharSet {
    const VARIANTS: &'static [CharSet] = &CharSet::ALL;

    fn spelling(self) -> &'static str {
        self.name()
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            CharSet::Lower => &["1"],
            CharSet::Letters => &["2"],
            CharSet::Alnum => &["3"],
            CharSet::All => &["4"],
        }
    }
}

impl CharSet {
    /// The four sets, in menu order.
    pub const ALL: [CharSet; 4] = [
        CharSet::Lower,
        CharSet::Letters,
        CharSet::Alnum,
        CharSet::All,
    ];

    /// The menu number, 1 to 4.
    pub fn number(self) -> u8 {
        match self {
            CharSet::Lower => 1,
            CharSet::Letters => 2,
            CharSet::Alnum => 3,
            CharSet::All => 4,
        }
    }

    /// The set with menu number `n` (1 to 4).
    pub fn from_number(n: u8) -> Option<CharSet> {
        CharSet::ALL.into_iter().find(|set| set.number() == n)
    }

    /// The name scripts and settings files use: `lower`, `letters`, `alnum`, `all`.
    pub fn name(self) -> &'static str {
        match self {
            CharSet::Lower => "lower",
            CharSet::Letters => "letters",
            CharSet::Alnum => "alnum",
            CharSet::All => "all",
        }
    }

    /// The menu's wording.
    pub fn description(self) -> &'static str {
        match self {
            CharSet::Lower => "Only letters a–z",
            CharSet::Letters => "Capital and small letters",
            CharSet::Alnum => "Capital and small letters and numbers",
            CharSet::All => "Capital and small letters, numbers and symbols",
        }
    }

    /// The character classes this set is made of, before look-alikes are dropped.
    pub fn classes(self) -> &'static [&'static [u8]] {
        match self {
            CharSet::Lower => &[LOWER],
            CharSet::Letters => &[LOWER, UPPER],
            CharSet::Alnum => &[LOWER, UPPER, DIGITS],
            CharSet::All => &[LOWER, UPPER, DIGITS, SYMBOLS],
        }
    }
}

/// The characters a password may use, grouped by class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alphabet {
    classes: Vec<Vec<u8>>,
}

impl Alphabet {
    /// The characters of `set`, less the [`LOOK_ALIKES`] if `no_look_alikes`.
    pub fn new(set: CharSet, no_look_alikes: bool) -> Alphabet {
        let classes = set
            .classes()
            .iter()
            .map(|class| {
                class
                    .iter()
                    .copied()
                    .filter(|c| !(no_look_alikes && LOOK_ALIKES.contains(c)))
                    .collect()
            })
            .collect();
        Alphabet { classes }
    }

    /// The characters of each class, in the order of [`CharSet::classes`].
    pub fn classes(&self) -> &[Vec<u8>] {
        &self.classes
    }

    /// How many characters each class has.
    pub fn class_sizes(&self) -> Vec<usize> {
        self.classes.iter().map(Vec::len).collect()
    }

    /// How many characters there are in all.
    pub fn len(&self) -> usize {
        self.classes.iter().map(Vec::len).sum()
    }

    /// Whether no character is left.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every character, class after class.
    pub fn chars(&self) -> Vec<u8> {
        self.classes.concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_have_the_tutorial_sizes() {
        let sizes: Vec<usize> = CharSet::ALL
            .iter()
            .map(|&set| Alphabet::new(set, false).len())
            .collect();
        assert_eq!(sizes, [26, 52, 62, 94]);
    }

    #[test]
    fn symbols_are_the_32_ascii_punctuation_characters() {
        let expected: Vec<u8> = (0x21..0x7f).filter(u8::is_ascii_punctuation).collect();
        let mut symbols = SYMBOLS.to_vec();
        symbols.sort_unstable();
        assert_eq!(symbols, expected);
        assert_eq!(SYMBOLS.len(), 32);
    }

    #[test]
    fn no_look_alikes_drops_exactly_those() {
        let alphabet = Alphabet::new(CharSet::All, true);
        assert_eq!(alphabet.len(), 94 - LOOK_ALIKES.len());
        assert!(alphabet.chars().iter().all(|c| !LOOK_ALIKES.contains(c)));
        assert_eq!(alphabet.class_sizes(), [25, 24, 8, 30]);
    }

    #[test]
    fn parses_numbers_and_names() {
        let parse = <CharSet as crate::Named>::from_spelling;
        assert_eq!(parse("1"), Some(CharSet::Lower));
        assert_eq!(parse("letters"), Some(CharSet::Letters));
        assert_eq!(parse("ALNUM"), Some(CharSet::Alnum));
        assert_eq!(parse("4"), Some(CharSet::All));
        assert!(parse("5").is_none());
        assert!(parse("").is_none());
        assert_eq!(CharSet::from_number(0), None);
    }

    #[test]
    fn names_are_the_command_line_names() {
        use crate::Named;
        for set in CharSet::ALL {
            assert_eq!(set.spelling(), set.name());
            assert_eq!(CharSet::from_spelling(&set.number().to_string()), Some(set));
        }
    }
}
