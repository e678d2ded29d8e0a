//! From options to a policy: every option mapped onto one alphabet, class minimums and hit
//! sets, each impossibility refused with its cause, then counted and planned.

mod alphabet;
mod length;

use self::alphabet::Stages;
use super::byteset::ByteSet;
use super::compiled::{Overridden, Policy, requirements};
use super::count;
use super::error::PolicyError;
use super::options::{Class, PolicyOptions, ShortSites, Toggle};
use super::plan;
use super::rules::{SiteRules, parse_rules};
use super::shape::Shape;
use crate::CharSet;

impl Policy {
    /// Checks `options` and decides everything: the alphabet, the requirements, the exact
    /// count and how to sample. Every refusal names its cause. Rules whose `maxlength` is 8
    /// or less are refused (see [`Policy::compile_with`]).
    pub fn compile(options: &PolicyOptions) -> Result<Policy, PolicyError> {
        Policy::compile_with(options, ShortSites::Refuse)
    }

    /// As [`Policy::compile`], with `short` saying whether rules whose `maxlength` is 8 or
    /// less are refused or served (weak: [`Policy::is_weak`]).
    pub fn compile_with(options: &PolicyOptions, short: ShortSites) -> Result<Policy, PolicyError> {
        let rules = rules_of(options)?;
        let (length, lengths) = length::resolve(options.length, rules.as_ref(), short)?;
        if options.max_consecutive == Some(0) {
            return Err(PolicyError::MaxConsecutiveZero);
        }
        let rules_run = rules.as_ref().and_then(|r| r.max_consecutive);
        if rules_run == Some(0) {
            return Err(PolicyError::RulesMaxConsecutiveZero);
        }
        let max_consecutive = match (options.max_consecutive, rules_run) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let stages = Stages::new(options, rules.as_ref())?;
        let (mins, hits) = requirements_of(options, rules.as_ref(), &stages)?;
        let shape = Shape {
            length,
            alphabet: stages.alphabet,
            mins,
            hits: hits.iter().map(|(h, _)| *h).collect(),
            no_repeats: options.toggles.contains(Toggle::NoRepeats),
            max_run: max_consecutive,
        };
        let overridden = if rules.is_some() {
            vec![Overridden::Set, Overridden::EachClass]
        } else {
            Vec::new()
        };
        let mut policy = Policy::from_shape(shape, &hits)?;
        policy.lengths = lengths;
        policy.max_consecutive = max_consecutive;
        policy.rules = rules;
        policy.overridden = overridden;
        Ok(policy)
    }

    /// The length a policy compiled from `options` has, without the work of compiling it:
    /// the length asked for, else the default moved into the rules' bounds. Refused where
    /// [`Policy::compile`] refuses the rules or the length; the other options are not checked.
    pub fn length_for(options: &PolicyOptions) -> Result<usize, PolicyError> {
        let rules = rules_of(options)?;
        length::resolve(options.length, rules.as_ref(), ShortSites::Refuse)
            .map(|(length, _)| length)
    }

    /// Normalises, counts and plans a shape; `hit_names` name its hit sets. Tests build tiny
    /// shapes (any length) through this directly.
    pub(crate) fn from_shape(
        shape: Shape,
        hit_names: &[(ByteSet, String)],
    ) -> Result<Policy, PolicyError> {
        let shape = shape.normalized()?;
        let Some(count) = count::count(&shape)? else {
            return Err(PolicyError::Unsatisfiable {
                length: shape.length,
            });
        };
        // A count that is not zero is a whole number, at least 1: rounding in the counting
        // can leave one password (every character forced) a hair under it, a negative entropy.
        let log2_count = count.log2().max(0.0);
        let (plan, method) = plan::choose(&shape, log2_count)?;
        Ok(Policy {
            lengths: shape.length..=shape.length,
            requirements: requirements(&shape, hit_names),
            max_consecutive: shape.max_run,
            rules: None,
            overridden: Vec::new(),
            log2_count,
            plan,
            method,
            shape,
        })
    }
}

fn rules_of(options: &PolicyOptions) -> Result<Option<SiteRules>, PolicyError> {
    match &options.rules {
        Some(text) => parse_rules(text),
        None => Ok(None),
    }
}

/// Class minimums (by `Class::index`) and hit sets with their names.
type Requirements = ([usize; 4], Vec<(ByteSet, String)>);

fn requirements_of(
    options: &PolicyOptions,
    rules: Option<&SiteRules>,
    stages: &Stages,
) -> Result<Requirements, PolicyError> {
    let alphabet = stages.alphabet;
    let present = |wanted: ByteSet, requirement: String| -> Result<ByteSet, PolicyError> {
        let left = wanted.intersection(alphabet);
        if left.is_empty() {
            return Err(PolicyError::RequiredSetEmpty {
                requirement,
                cause: stages.why_empty(wanted),
            });
        }
        Ok(left)
    };
    let mut mins = [0usize; 4];
    let mut hits = Vec::new();
    match rules {
        None if options.toggles.contains(Toggle::EachClass) => {
            for &class in Class::of_set(options.set) {
                present(
                    class.chars(),
                    format!("Each class needs {}", class.singular()),
                )?;
                mins[class.index()] = 1;
            }
        }
        None => {}
        Some(rules) => {
            for line in &rules.required {
                let left = present(line.chars, format!("The rules require {}", line.label))?;
                hits.push((left, line.label.clone()));
            }
        }
    }
    for class in Class::ALL {
        let min = options.minimums.get(class);
        if min == 0 {
            continue;
        }
        let wanted = class.chars().union(match class {
            Class::Symbol => ByteSet::of(b" "),
            Class::Lower | Class::Upper | Class::Digit => ByteSet::EMPTY,
        });
        let requirement = if min == 1 {
            let one = class.singular();
            format!("{}{} is required", one[..1].to_uppercase(), &one[1..])
        } else {
            format!("At least {min} {} are required", class.plural())
        };
        present(wanted, requirement)?;
        mins[class.index()] = mins[class.index()].max(min);
    }
    Ok((mins, hits))
}

impl PolicyOptions {
    /// How many characters the set, symbols, no look-alikes and exclude leave, rules aside:
    /// what the menu shows beside each set. Symbols count for set 4 alone. `None` where
    /// they leave none or the symbols are not symbols.
    pub fn alphabet_len(&self) -> Option<usize> {
        let options = PolicyOptions {
            rules: None,
            symbols: self.symbols.clone().filter(|_| self.set == CharSet::All),
            ..self.clone()
        };
        Stages::new(&options, None).ok().map(|s| s.alphabet.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_length_without_compiling_is_the_compiled_ones() {
        let rules = |text: &str| PolicyOptions {
            rules: Some(text.into()),
            ..PolicyOptions::default()
        };
        for options in [
            PolicyOptions::default(),
            PolicyOptions {
                length: Some(30),
                ..PolicyOptions::default()
            },
            rules("minlength: 20; required: upper; max-consecutive: 2;"),
            rules("maxlength: 12; required: digit;"),
            rules("minlength: 10; maxlength: 64;"),
        ] {
            let compiled = Policy::compile(&options).map(|policy| policy.length());
            assert_eq!(Policy::length_for(&options), compiled, "{options:?}");
        }
        assert!(Policy::length_for(&rules("maxlength: 6;")).is_err());
    }
}
