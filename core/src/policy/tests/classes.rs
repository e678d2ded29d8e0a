//! On policies too large to enumerate, every character of a class is drawn equally often,
//! by each sampler. Swapping two characters of a class maps valid passwords to valid ones,
//! so under the uniform distribution the first character of each class in a password is
//! uniform over the class; one per password keeps the draws independent for chi-square.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::stats::{chi_square_uniform, critical_999};
use crate::policy::chains::Tracked;
use crate::policy::grid::Precision;
use crate::policy::options::Class;
use crate::policy::plan::Plan;
use crate::policy::{Generator, Minimums, Policy, PolicyOptions, Toggle, Toggles};

fn check(options: PolicyOptions, plans: &[Plan]) {
    let policy = Policy::compile(&options).expect("valid");
    let alphabet = policy.alphabet();
    for (seed, &plan) in plans.iter().enumerate() {
        let mut generator = Generator::with_plan(&policy.shape, plan, Precision::EXACT_ENOUGH);
        let mut rng = StdRng::seed_from_u64(200 + seed as u64);
        let mut first: [Vec<u64>; 4] = Default::default();
        let members: Vec<Vec<u8>> = Class::ALL
            .iter()
            .map(|&c| {
                alphabet
                    .iter()
                    .copied()
                    .filter(|&b| Class::of(b) == c)
                    .collect()
            })
            .collect();
        for (i, m) in members.iter().enumerate() {
            first[i] = vec![0; m.len()];
        }
        let mut out = Vec::new();
        for _ in 0..6000 {
            generator.fill(&mut rng, &mut out);
            assert!(
                policy.admits(&out),
                "{plan:?}: {:?}",
                String::from_utf8_lossy(&out)
            );
            for (i, m) in members.iter().enumerate() {
                if let Some(&b) = out.iter().find(|&&b| Class::of(b).index() == i) {
                    first[i][m.iter().position(|&x| x == b).expect("in class")] += 1;
                }
            }
        }
        for (i, counts) in first.iter().enumerate() {
            if counts.len() < 2 || counts.iter().sum::<u64>() < 1000 {
                continue;
            }
            let chi = chi_square_uniform(counts);
            let critical = critical_999(counts.len() - 1);
            assert!(
                chi < critical,
                "{plan:?} class {i}: χ² {chi:.1} ≥ {critical:.1}"
            );
        }
    }
}

fn mins(lower: usize, upper: usize, digits: usize, symbols: usize) -> Minimums {
    Minimums {
        lower,
        upper,
        digits,
        symbols,
    }
}

#[test]
fn rejection_on_the_default_and_on_rules() {
    check(PolicyOptions::default(), &[Plan::Reject]);
    let rules = PolicyOptions {
        rules: Some(
            "minlength: 12; maxlength: 20; required: lower; required: upper; required: digit; \
             required: [-!#$%&*_.]; max-consecutive: 2;"
                .into(),
        ),
        ..PolicyOptions::default()
    };
    check(rules, &[Plan::Reject]);
}

#[test]
fn positional_with_minimums_and_a_run_limit() {
    let options = PolicyOptions {
        length: Some(12),
        minimums: mins(3, 3, 2, 2),
        max_consecutive: Some(1),
        ..PolicyOptions::default()
    };
    let shape = &Policy::compile(&options).expect("valid").shape;
    let mut upper_only = Tracked::none();
    upper_only.mins[Class::Upper.index()] = true;
    check(
        options.clone(),
        &[
            Plan::Positional(Tracked::all(shape)),
            Plan::Positional(upper_only),
        ],
    );
}

#[test]
fn spread_with_large_minimums() {
    let options = PolicyOptions {
        length: Some(64),
        minimums: mins(0, 10, 40, 0),
        ..PolicyOptions::default()
    };
    check(options, &[Plan::Spread]);
}

#[test]
fn composition_without_repeats() {
    let options = PolicyOptions {
        length: Some(40),
        toggles: Toggles::of(&[Toggle::EachClass, Toggle::NoRepeats]),
        minimums: mins(20, 0, 8, 0),
        ..PolicyOptions::default()
    };
    check(options, &[Plan::Composition]);
}
