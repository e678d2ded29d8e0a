//! The compiled policy: what every option and rule became, its exact count, and how it is
//! sampled.

use std::ops::RangeInclusive;

use super::byteset::ByteSet;
use super::options::Class;
use super::plan::{Method, Plan};
use super::rules::SiteRules;
use super::shape::Shape;

/// A policy that at least one password meets, with everything decided.
#[derive(Debug, Clone)]
pub struct Policy {
    pub(super) shape: Shape,
    pub(super) lengths: RangeInclusive<usize>,
    pub(super) requirements: Vec<Requirement>,
    pub(super) max_consecutive: Option<usize>,
    pub(super) rules: Option<SiteRules>,
    pub(super) overridden: Vec<Overridden>,
    pub(super) log2_count: f64,
    pub(super) plan: Plan,
    pub(super) method: Method,
}

/// At least `min` characters from `chars`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// The characters that count.
    pub chars: ByteSet,
    /// How many of them at least.
    pub min: usize,
    /// The class, or the rules' classes, e.g. `digit`, `lower or digit`, `[-!#]`.
    pub name: String,
}

/// Options that site rules replace, for the TUI to say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overridden {
    /// The rules' `allowed` and `required` classes make the alphabet instead of the menu.
    Set,
    /// The rules' `required:` lines are the requirements instead of each class.
    EachClass,
}

impl Policy {
    /// The length of every password this policy makes.
    pub fn length(&self) -> usize {
        self.shape.length
    }

    /// Whether its passwords are [`WEAK_LENGTH`](super::WEAK_LENGTH) characters or fewer,
    /// which only [`ShortSites::Allow`](super::ShortSites::Allow) lets through: to be
    /// labelled weak wherever they are shown.
    pub fn is_weak(&self) -> bool {
        self.shape.length <= super::WEAK_LENGTH
    }

    /// The lengths these options and rules accept (the tutorial's 9..=1024 within the rules'
    /// `minlength..=maxlength`).
    pub fn lengths(&self) -> RangeInclusive<usize> {
        self.lengths.clone()
    }

    /// Every character a password may use, in ascending order.
    pub fn alphabet(&self) -> Vec<u8> {
        self.shape.alphabet.to_vec()
    }

    /// Every character a password may use, as a set.
    pub fn alphabet_set(&self) -> ByteSet {
        self.shape.alphabet
    }

    /// What every password contains, after merging (each class and `--min-digits 3` give
    /// one `digit` requirement of 3) and dropping what another requirement implies.
    pub fn requirements(&self) -> &[Requirement] {
        &self.requirements
    }

    /// Whether no character may appear twice.
    pub fn no_repeats(&self) -> bool {
        self.shape.no_repeats
    }

    /// The tighter of the option and the rules' `max-consecutive`, as asked (it may be as long
    /// as the password, and so never bind).
    pub fn max_consecutive(&self) -> Option<usize> {
        self.max_consecutive
    }

    /// The site rules the policy was compiled with, if any.
    pub fn rules(&self) -> Option<&SiteRules> {
        self.rules.as_ref()
    }

    /// The options that the site rules replaced, so a user interface can say so.
    pub fn overridden(&self) -> &[Overridden] {
        &self.overridden
    }

    /// log2 of the exact number of passwords this policy admits, to far better than 0.01 bit.
    pub fn entropy_bits(&self) -> f64 {
        self.log2_count
    }

    /// How passwords are drawn, and what share of draws pass.
    pub fn method(&self) -> Method {
        self.method
    }

    /// Whether `password` meets this policy: the reference check for tests and callers.
    pub fn admits(&self, password: &[u8]) -> bool {
        let shape = &self.shape;
        let mut seen = ByteSet::EMPTY;
        let distinct = password.iter().all(|&b| {
            let fresh = !seen.contains(b);
            seen = seen.with(b);
            fresh
        });
        password.len() == shape.length
            && password.iter().all(|&b| shape.alphabet.contains(b))
            && (!shape.no_repeats || distinct)
            && self
                .requirements
                .iter()
                .all(|r| password.iter().filter(|&&b| r.chars.contains(b)).count() >= r.min)
            && self
                .max_consecutive
                .is_none_or(|k| super::generator::longest_run(password) <= k)
    }
}

/// The requirements of a shape, named.
pub(super) fn requirements(
    shape: &Shape,
    hit_names: &[(super::byteset::ByteSet, String)],
) -> Vec<Requirement> {
    let classes = Class::ALL
        .iter()
        .filter(|c| shape.mins[c.index()] > 0)
        .map(|&c| Requirement {
            chars: shape.class_chars(c),
            min: shape.mins[c.index()],
            name: c.name().to_string(),
        });
    let hits = shape.hits.iter().map(|&h| Requirement {
        chars: h,
        min: 1,
        name: hit_names
            .iter()
            .find(|(set, _)| *set == h)
            .map_or_else(|| format!("{h:?}"), |(_, name)| name.clone()),
    });
    classes.chain(hits).collect()
}
