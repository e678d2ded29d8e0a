//! The generator's fields and modes, and what it says about the length and the entropy.

use crate::kit::FocusKind;
use keysmith_core::policy::{Class, PolicyError};
use keysmith_core::policy::{MAX_LENGTH, WEAK_LENGTH};
use keysmith_core::{EntropyLabel, Kind, Toggle};

/// Where the focus goes when the screen opens in this kind, so typing a number works.
pub fn first_field(kind: Kind) -> Field {
    match kind {
        Kind::Password => Field::Length,
        Kind::Passphrase => Field::Words,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The Characters | Words selector at the top.
    Mode,
    /// The settings file's profiles, then `custom`.
    Profile,
    // Characters mode.
    Length,
    Menu,
    Toggle(Toggle),
    /// The only symbols set 4 uses (empty: its own).
    Symbols,
    /// Characters never used.
    Exclude,
    /// At least this many of a class.
    Minimum(Class),
    /// No run of more identical characters than this.
    MaxConsecutive,
    /// A domain whose rules fill Rules.
    Site,
    /// A site's `passwordrules`.
    Rules,
    // Words mode.
    /// How many words.
    Words,
    Separator,
    Case,
    Number,
    /// The result of either mode.
    Output,
}

impl Field {
    /// The option fields under the toggles, which fold to one line in a small window.
    pub fn is_option_field(self) -> bool {
        matches!(
            self,
            Field::Symbols
                | Field::Exclude
                | Field::Minimum(_)
                | Field::MaxConsecutive
                | Field::Site
                | Field::Rules
        )
    }

    pub fn kind(self) -> FocusKind {
        match self {
            Field::Length
            | Field::Symbols
            | Field::Exclude
            | Field::Minimum(_)
            | Field::MaxConsecutive
            | Field::Site
            | Field::Rules
            | Field::Words
            | Field::Separator => FocusKind::Text,
            Field::Mode | Field::Profile | Field::Case => FocusKind::Choice,
            Field::Menu => FocusKind::Menu,
            Field::Toggle(_) | Field::Number => FocusKind::Toggle,
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

/// What the length field shows when the options give no length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoLength {
    /// Empty, as the screen first opens: what the file's top says when nobody typed one.
    Empty,
    /// The command line's default, 16 clamped into the rules' bounds: what a profile means.
    Default,
}
