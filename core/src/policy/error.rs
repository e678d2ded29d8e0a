//! Every refusal a policy can meet, each naming its cause. Nothing is relaxed silently: what
//! cannot be met exactly is refused.

use std::fmt;

use crate::charset::CharSet;
use crate::policy::{MAX_LENGTH, WEAK_LENGTH};

/// Why a policy was refused. Each message names the option or rule at fault and, where one
/// helps, what to change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// A length of [`WEAK_LENGTH`] or less.
    #[error("Weak password: the length must be more than {WEAK_LENGTH}")]
    TooShort,
    /// A length over [`MAX_LENGTH`].
    #[error("Too long: the length must be at most {MAX_LENGTH}")]
    TooLong,
    /// The rules' `maxlength` allows only weak lengths.
    #[error(
        "Weak password: the length must be more than {WEAK_LENGTH} (the rules' maxlength is {max})"
    )]
    RulesMaxLengthWeak {
        /// The rules' `maxlength`.
        max: usize,
    },
    /// The rules' `minlength` is over [`MAX_LENGTH`].
    #[error("Too long: the rules' minlength is {min}, over the maximum of {MAX_LENGTH}")]
    RulesMinLengthTooLong {
        /// The rules' `minlength`.
        min: usize,
    },
    /// The rules' `minlength` is over their `maxlength`.
    #[error("The rules contradict themselves: minlength {min} is more than maxlength {max}")]
    RulesLengthsContradict {
        /// The rules' `minlength`.
        min: usize,
        /// The rules' `maxlength`.
        max: usize,
    },
    /// The length asked for is outside the rules' bounds.
    #[error("The rules need a length from {min} to {max}, not {length}")]
    LengthOutsideRules {
        /// The length asked for.
        length: usize,
        /// The shortest length allowed.
        min: usize,
        /// The longest length allowed.
        max: usize,
    },
    /// A max consecutive of 0, which no character meets.
    #[error("Max consecutive must be at least 1")]
    MaxConsecutiveZero,
    /// The rules' `max-consecutive: 0`.
    #[error("The rules' max-consecutive: 0 allows no password at all")]
    RulesMaxConsecutiveZero,
    /// Symbols given with a set that has no symbols.
    #[error(
        "Symbols replace the symbols of set 4; set {} ({}) has none",
        set.number(),
        set.description()
    )]
    SymbolsNeedSymbolSet {
        /// The set chosen.
        set: CharSet,
    },
    /// Symbols given as an empty text.
    #[error("Symbols is empty: name at least one symbol, or choose set 3")]
    SymbolsEmpty,
    /// A character given as a symbol that is not one.
    #[error("{ch:?} cannot be a symbol: {fault}")]
    NotASymbol {
        /// The character.
        ch: char,
        /// Why it is not a symbol.
        fault: SymbolFault,
    },
    /// A symbol given that the site rules do not allow.
    #[error("{ch:?} is a symbol the rules do not allow")]
    SymbolNotInRules {
        /// The symbol.
        ch: char,
    },
    /// Exclusions and look-alikes left no character at all.
    #[error("No character is left to make a password from: {cause}")]
    EmptyAlphabet {
        /// What emptied it.
        cause: String,
    },
    /// A required class or rules' `required:` line has no character left.
    #[error("{requirement}, but {cause}")]
    RequiredSetEmpty {
        /// The requirement, in words.
        requirement: String,
        /// What emptied it.
        cause: String,
    },
    /// One class's minimum alone is more than the length.
    #[error(
        "At least {min} {} are required, more than the length of {length}",
        class.plural()
    )]
    MinimumExceedsLength {
        /// The class.
        class: super::Class,
        /// Its minimum.
        min: usize,
        /// The length.
        length: usize,
    },
    /// The minimums add up to more than the length.
    #[error(
        "The required characters add up to {total} ({parts}), more than the length of {length}"
    )]
    MinimumsExceedLength {
        /// The characters the minimums need.
        total: usize,
        /// Each class's share, those the each-class rule adds included: `20 digits, 1 lower`.
        parts: String,
        /// The length.
        length: usize,
    },
    /// No repeats, and a minimum larger than its class.
    #[error(
        "No repeats: at least {min} {} need {min} different ones, and only {available} are left",
        class.plural()
    )]
    MinimumExceedsClass {
        /// The class.
        class: super::Class,
        /// Its minimum.
        min: usize,
        /// How many characters the class has left.
        available: usize,
    },
    /// No repeats, and a length larger than the alphabet.
    #[error(
        "No repeats: only {available} characters are left, so the length can be at most {available}"
    )]
    RepeatsExceedAlphabet {
        /// How many characters the alphabet has.
        available: usize,
    },
    /// Each requirement can be met, but not all together at this length.
    #[error("No password of {length} characters meets all of these requirements together")]
    Unsatisfiable {
        /// The length.
        length: usize,
    },
    /// The rules text does not follow the `passwordrules` syntax.
    #[error("Rules: expected {expected} {}", Position(*line, *column))]
    RulesSyntax {
        /// What the parser expected, in words.
        expected: String,
        /// The line, from 1.
        line: u32,
        /// The column, from 1.
        column: u32,
    },
    /// The rules parser failed in another way.
    #[error("Rules: cannot read them ({reason})")]
    RulesUnreadable {
        /// The parser's reason.
        reason: String,
    },
    /// A custom class names characters keysmith never makes (beyond printable ASCII).
    #[error(
        "Rules: keysmith makes passwords of printable ASCII, and cannot make {}",
        Chars(chars)
    )]
    RulesUnproducible {
        /// The characters, each once, in the order the rules name them.
        chars: Vec<char>,
    },
    /// More `required:` sets than are counted exactly.
    #[error(
        "The rules require {count} different sets of characters; keysmith counts exactly with at most {limit}"
    )]
    TooManyRequiredSets {
        /// How many the rules give.
        count: usize,
        /// The most that are counted.
        limit: usize,
    },
    /// The policy is past the work an exact count and sampler may take.
    #[error("Too complex to count and sample exactly: {detail}")]
    TooComplex {
        /// What made it so, and what to change.
        detail: String,
    },
}

/// Why a character cannot be one of the symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolFault {
    /// A letter.
    Letter,
    /// A digit.
    Digit,
    /// The space, which is never generated as a symbol.
    Space,
    /// Not printable ASCII: a control character or anything beyond ASCII.
    NotPrintableAscii,
}

impl fmt::Display for SymbolFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SymbolFault::Letter => "it is a letter",
            SymbolFault::Digit => "it is a digit",
            SymbolFault::Space => "space is never generated as a symbol",
            SymbolFault::NotPrintableAscii => "symbols must be printable ASCII",
        })
    }
}

/// Characters as Rust writes them (`'é'`, `'\t'`), joined with commas.
struct Chars<'a>(&'a [char]);

impl fmt::Display for Chars<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{c:?}")?;
        }
        Ok(())
    }
}

/// Where a rules error is: the column alone for one line of rules.
struct Position(u32, u32);

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position(1, column) => write!(f, "at column {column}"),
            Position(line, column) => write!(f, "at line {line}, column {column}"),
        }
    }
}
