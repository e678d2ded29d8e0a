//! Uniformity, by chi-square at p = 0.001 with seeded RNGs: on tiny policies every valid
//! password is drawn equally often, by every sampler (rejection and each exact chain, at
//! the production precision and at absurdly coarse ones, where almost every number is
//! rounded); on larger policies every character of a class is drawn equally often.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::stats::{chi_square_uniform, critical_999};
use crate::policy::byteset::ByteSet;
use crate::policy::chains::Tracked;
use crate::policy::grid::Precision;
use crate::policy::plan::Plan;
use crate::policy::shape::Shape;
use crate::policy::{Generator, Policy};

/// Everything rounds: 2-bit windows, 2-bit values, and every weight of 2 or more "large",
/// with bounds up to twice too large.
const COARSE: Precision = Precision {
    window: 2,
    bits: 2,
    small_weights: 2,
    large_slack: 0,
};

pub(super) fn shape(chars: &[u8], length: usize, mins: [usize; 4], hits: &[&[u8]]) -> Shape {
    Shape {
        length,
        alphabet: ByteSet::of(chars),
        mins,
        hits: hits.iter().map(|h| ByteSet::of(h)).collect(),
        no_repeats: false,
        max_run: None,
    }
}

/// Every valid password of a tiny policy, by enumeration.
pub(super) fn valid_passwords(policy: &Policy) -> Vec<Vec<u8>> {
    let chars = policy.alphabet();
    let length = policy.length();
    let mut out = Vec::new();
    for index in 0..chars.len().pow(length as u32) {
        let password: Vec<u8> = (0..length)
            .map(|i| chars[index / chars.len().pow(i as u32) % chars.len()])
            .collect();
        if policy.admits(&password) {
            out.push(password);
        }
    }
    out.sort_unstable();
    out
}

fn assert_uniform(shape: Shape, plans: &[(Plan, Precision)]) {
    let policy = Policy::from_shape(shape, &[]).expect("possible");
    let valid = valid_passwords(&policy);
    assert!(valid.len() > 20, "{} valid", valid.len());
    let draws = 60 * valid.len();
    for (seed, &(plan, precision)) in plans.iter().enumerate() {
        let mut generator = Generator::with_plan(&policy.shape, plan, precision);
        let mut rng = StdRng::seed_from_u64(100 + seed as u64);
        let mut counts = vec![0u64; valid.len()];
        let mut out = Vec::new();
        for _ in 0..draws {
            generator.fill(&mut rng, &mut out);
            let i = valid.binary_search(&out).unwrap_or_else(|_| {
                panic!(
                    "{plan:?} drew an invalid {:?}",
                    String::from_utf8_lossy(&out)
                )
            });
            counts[i] += 1;
        }
        let chi = chi_square_uniform(&counts);
        let critical = critical_999(valid.len() - 1);
        assert!(
            chi < critical,
            "{plan:?} {precision:?}: χ² {chi:.1} ≥ {critical:.1}"
        );
    }
}

#[test]
fn repeats_without_a_run_limit() {
    // 5 characters, length 4: a lowercase letter twice, an uppercase one, one of {b, 0}.
    let s = shape(b"abAB0", 4, [2, 1, 0, 0], &[b"b0"]);
    let all = Tracked::all(&s);
    let partial = Tracked { hits: 0, ..all };
    let exact = Precision::EXACT_ENOUGH;
    assert_uniform(
        s,
        &[
            (Plan::Reject, exact),
            (Plan::Positional(all), exact),
            (Plan::Positional(all), COARSE),
            (Plan::Positional(partial), exact),
            (Plan::Spread, exact),
            (Plan::Spread, COARSE),
        ],
    );
}

#[test]
fn repeats_with_a_run_limit() {
    let mut s = shape(b"aAB01", 5, [1, 1, 2, 0], &[]);
    s.max_run = Some(1);
    let all = Tracked::all(&s);
    let exact = Precision::EXACT_ENOUGH;
    assert_uniform(
        s,
        &[
            (Plan::Reject, exact),
            (Plan::Positional(all), exact),
            (Plan::Positional(all), COARSE),
            (Plan::Positional(Tracked::none()), exact),
        ],
    );
}

#[test]
fn no_repeats() {
    let mut s = shape(b"abcAB01!", 4, [2, 0, 1, 0], &[b"c!"]);
    s.no_repeats = true;
    let exact = Precision::EXACT_ENOUGH;
    assert_uniform(
        s,
        &[
            (Plan::RejectDistinct, exact),
            (Plan::Composition, exact),
            (Plan::Composition, COARSE),
        ],
    );
}
