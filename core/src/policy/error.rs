//! Every refusal a policy can meet, each naming its cause. Nothing is relaxed silently: what
//! cannot be met exactly is refused.

use std::fmt;

use crate::charset::CharSet;
use crate::policy::{MAX_LENGTH, WEAK_LENGTH};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("Weak password: the length must be more than {WEAK_LENGTH}")]
    TooShort,
    #[error("Too long: the length must be at most {MAX_LENGTH}")]
    TooLong,
    #[error(
        "Weak password: the length must be more than {WEAK_LENGTH} (the rules' maxlength is {max})"
    )]
    RulesMaxLengthWeak { max: usize },
    #[error("Too long: the rules' minlength is {min}, over the maximum of {MAX_LENGTH}")]
    RulesMinLengthTooLong { min: usize },
    #[error("The rules contradict themselves: minlength {min} is more than maxlength {max}")]
    RulesLengthsContradict { min: usize, max: usize },
    #[error("The rules need a length from {min} to {max}, not {length}")]
    LengthOutsideRules {
        length: usize,
        min: usize,
        max: usize,
    },
    #[error("Max consecutive must be at least 1")]
    MaxConsecutiveZero,
    #[error("The rules' max-consecutive: 0 allows no password at all")]
    RulesMaxConsecutiveZero,
    #[error(
        "Symbols replace the symbols of set 4; set {} ({}) has none",
        set.number(),
        set.description()
    )]
    SymbolsNeedSymbolSet { set: CharSet },
    #[error("Symbols is empty: name at least one symbol, or choose set 3")]
    SymbolsEmpty,
    #[error("{ch:?} cannot be a symbol: {fault}")]
    NotASymbol { ch: char, fault: SymbolFault },
    #[error("{ch:?} is a symbol the rules do not allow")]
    SymbolNotInRules { ch: char },
    #[error("No character is left to make a password from: {cause}")]
    EmptyAlphabet { cause: String },
    #[error("{requirement}, but {cause}")]
    RequiredSetEmpty { requirement: String, cause: String },
    #[error("The required characters add up to {total}, more than the length of {length}")]
    MinimumsExceedLength { total: usize, length: usize },
    #[error(
        "No repeats: at least {min} {} need {min} different ones, and only {available} are left",
        class.plural()
    )]
    MinimumExceedsClass {
        class: super::Class,
        min: usize,
        available: usize,
    },
    #[error(
        "No repeats: only {available} characters are left, so the length can be at most {available}"
    )]
    RepeatsExceedAlphabet { available: usize },
    #[error("No password of {length} characters meets all of these requirements together")]
    Unsatisfiable { length: usize },
    #[error("Rules: expected {expected} {}", Position(*line, *column))]
    RulesSyntax {
        expected: String,
        line: u32,
        column: u32,
    },
    #[error("Rules: cannot read them ({reason})")]
    RulesUnreadable { reason: String },
    #[error(
        "The rules require {count} different sets of characters; keysmith counts exactly with at most {limit}"
    )]
    TooManyRequiredSets { count: usize, limit: usize },
    #[error("Too complex to count and sample exactly: {detail}")]
    TooComplex { detail: String },
}

/// Why a character cannot be one of the symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolFault {
    Letter,
    Digit,
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
