//! Password policies: every option (set, toggles, symbols, exclude, minimums, max
//! consecutive, site rules) compiled into one policy, counted exactly and sampled uniformly
//! over exactly the passwords it admits.
//!
//! - `options`: what a user asks for (`PolicyOptions`).
//! - `compile`: options to a `Policy`, or a `PolicyError` naming why not.
//! - `rules`: the `passwordrules` syntax, through the `password-rules-parser` crate.
//! - `shape` and `count`: the normal form and the exact count.
//! - `plan`, `chains`, `grid` and `generator`: uniform sampling, by rejection where most
//!   candidates pass and exactly from counts where few do.

mod byteset;
mod chains;
mod compile;
mod compiled;
mod count;
mod error;
mod generator;
mod grid;
mod magnitude;
mod options;
mod plan;
mod rules;
mod shape;

#[cfg(test)]
mod tests;

pub use byteset::ByteSet;
pub use compiled::{Overridden, Policy, Requirement};
pub use error::{PolicyError, SymbolFault};
pub use generator::{Generator, generate};
pub use options::{
    Class, DEFAULT_LENGTH, MAX_LENGTH, Minimums, PolicyOptions, ShortSites, Toggle, Toggles,
    WEAK_LENGTH,
};
pub use plan::Method;
pub use rules::{RequiredSet, SiteRules, Space, parse_rules};
pub use shape::MAX_HITS;
