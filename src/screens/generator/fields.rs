//! The generator's fields, and what it says about the length and the entropy.

use crate::app::FocusKind;
use crate::secret::password::{MAX_LENGTH, WEAK_LENGTH};
use crate::secret::{EntropyLabel, PolicyError, Toggle};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Length,
    Menu,
    Toggle(Toggle),
    Output,
}

impl Field {
    pub fn kind(self) -> FocusKind {
        match self {
            Field::Length => FocusKind::Text,
            Field::Menu => FocusKind::Menu,
            Field::Toggle(_) => FocusKind::Toggle,
            Field::Output => FocusKind::Output,
        }
    }
}

/// Why the length field does not yet give a usable length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LengthProblem {
    Empty,
    Refused(PolicyError),
}

impl std::fmt::Display for LengthProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LengthProblem::Empty => write!(
                f,
                "Type a length of more than {WEAK_LENGTH} (up to {MAX_LENGTH}) and press Enter"
            ),
            LengthProblem::Refused(refusal) => refusal.fmt(f),
        }
    }
}

/// A line of guidance: neutral, or a refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    Hint(String),
    Problem(String),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entropy {
    pub bits: f64,
    pub label: EntropyLabel,
    /// What no-repeats costs, if it is on.
    pub no_repeats_cost: Option<f64>,
}
