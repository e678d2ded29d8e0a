//! The four character menus of the tutorial, and the alphabet a policy draws from.

/// The 26 small letters.
pub const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
/// The 26 capital letters.
pub const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// The 10 digits.
pub const DIGITS: &[u8] = b"0123456789";
/// Python's `string.punctuation`: the 32 printable ASCII symbols.
pub const SYMBOLS: &[u8] = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/// Characters a reader confuses, in groups: each group's members look alike in common fonts,
/// so every member goes, not all but one (a reader cannot know which one was kept).
///
/// - `l I 1 |`: a vertical stroke, identical in many sans-serif fonts;
/// - `O 0`: a ring, where the zero has no dot or slash;
/// - `B 8` and `G 6`: a capital and a digit of the same outline, at small sizes and on paper;
/// - `` ` ' ``: a tick, a few pixels apart.
///
/// Lower case `o`, `S 5` and `Z 2` stay: their shapes or heights differ on screen.
pub const LOOK_ALIKE_GROUPS: [&[u8]; 5] = [b"lI1|", b"O0", b"B8", b"G6", b"`'"];
/// Every character of the [`LOOK_ALIKE_GROUPS`], left out by the no look-alikes option.
pub const LOOK_ALIKES: &[u8] = b"lI1|O0B8G6`'";

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
    fn the_look_alikes_are_exactly_their_groups() {
        assert_eq!(LOOK_ALIKE_GROUPS.concat(), LOOK_ALIKES);
        for group in LOOK_ALIKE_GROUPS {
            assert!(group.len() >= 2, "a group of one confuses nobody");
        }
    }

    #[test]
    fn no_look_alikes_leaves_no_character_of_any_group() {
        for set in CharSet::ALL {
            let alphabet = Alphabet::new(set, true);
            for group in LOOK_ALIKE_GROUPS {
                let kept: Vec<u8> = group
                    .iter()
                    .copied()
                    .filter(|c| alphabet.chars().contains(c))
                    .collect();
                assert!(
                    kept.is_empty(),
                    "{set:?} keeps {:?}",
                    String::from_utf8_lossy(&kept)
                );
            }
        }
    }

    #[test]
    fn no_look_alikes_drops_exactly_those() {
        let alphabet = Alphabet::new(CharSet::All, true);
        assert_eq!(alphabet.len(), 94 - LOOK_ALIKES.len());
        assert!(alphabet.chars().iter().all(|c| !LOOK_ALIKES.contains(c)));
        // Counted by hand: small letters less l, capitals less I O B G, digits less 0 1 8 6,
        // symbols less | ` '.
        assert_eq!(alphabet.class_sizes(), [25, 22, 6, 29]);
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
