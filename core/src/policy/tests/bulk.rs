//! Bulk output (`Generator::fill_lines`): where candidates are cut from one stream of
//! characters and kept or dropped without a branch, every line is still a valid password,
//! every valid password is equally likely, and consecutive lines are independent.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::stats::{chi_square_uniform, critical_999};
use super::uniform::{shape, valid_passwords};
use crate::policy::grid::Precision;
use crate::policy::options::Class;
use crate::policy::plan::Plan;
use crate::policy::{Generator, Minimums, Policy, PolicyOptions};

/// `total` passwords by `fill_lines`, in batches of 1, 2, 3, … so that streams start and end
/// everywhere; each line checked to end in a newline.
fn lines(generator: &mut Generator, rng: &mut StdRng, total: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::with_capacity(total);
    let mut buffer = Vec::new();
    let mut batch = 1;
    while out.len() < total {
        let now = batch.min(total - out.len());
        buffer.clear();
        generator.fill_lines(rng, now, &mut buffer);
        let before = out.len();
        out.extend(
            buffer
                .split_inclusive(|&b| b == b'\n')
                .map(|line| line.strip_suffix(b"\n").expect("a newline").to_vec()),
        );
        assert_eq!(out.len() - before, now, "{now} asked");
        batch = batch % 50 + 1;
    }
    out
}

#[test]
fn every_line_is_valid_on_every_plan() {
    let cases = [
        PolicyOptions::default(),
        PolicyOptions {
            rules: Some(
                "minlength: 12; maxlength: 20; required: lower; required: upper; \
                 required: digit; required: [-!#$%&*_.]; max-consecutive: 2;"
                    .into(),
            ),
            ..PolicyOptions::default()
        },
        PolicyOptions {
            length: Some(9),
            minimums: Minimums {
                lower: 2,
                upper: 2,
                digits: 2,
                symbols: 2,
            },
            ..PolicyOptions::default()
        },
        PolicyOptions {
            length: Some(1024),
            max_consecutive: Some(1),
            ..PolicyOptions::default()
        },
    ];
    for (seed, options) in cases.into_iter().enumerate() {
        let policy = Policy::compile(&options).expect("valid");
        let mut generator = Generator::new(&policy);
        let mut rng = StdRng::seed_from_u64(300 + seed as u64);
        for line in lines(&mut generator, &mut rng, 400) {
            assert!(
                policy.admits(&line),
                "{options:?}: {:?}",
                String::from_utf8_lossy(&line)
            );
        }
    }
}

/// Every valid password of a tiny rejection policy equally often, drawn in bulk.
#[test]
fn every_valid_password_equally_likely() {
    // 5 characters, length 4: a lowercase letter twice, an uppercase one, one of {b, 0}.
    let policy =
        Policy::from_shape(shape(b"abAB0", 4, [2, 1, 0, 0], &[b"b0"]), &[]).expect("possible");
    let valid = valid_passwords(&policy);
    let mut generator = Generator::with_plan(&policy.shape, Plan::Reject, Precision::EXACT_ENOUGH);
    let mut rng = StdRng::seed_from_u64(310);
    let mut counts = vec![0u64; valid.len()];
    for line in lines(&mut generator, &mut rng, 60 * valid.len()) {
        counts[valid.binary_search(&line).expect("valid")] += 1;
    }
    let (chi, critical) = (chi_square_uniform(&counts), critical_999(valid.len() - 1));
    assert!(chi < critical, "χ² {chi:.1} ≥ {critical:.1}");
}

/// Pairs of consecutive lines uniform over valid × valid: no character of one candidate
/// leaks into the next, and a rejection does not bias what follows.
#[test]
fn consecutive_lines_are_independent() {
    // "abA0", length 3, a lower, an upper and a digit: 12 valid of 64 candidates.
    let policy = Policy::from_shape(shape(b"abA0", 3, [1, 1, 1, 0], &[]), &[]).expect("possible");
    let valid = valid_passwords(&policy);
    assert_eq!(valid.len(), 12);
    let mut generator = Generator::with_plan(&policy.shape, Plan::Reject, Precision::EXACT_ENOUGH);
    let mut rng = StdRng::seed_from_u64(311);
    let cells = valid.len() * valid.len();
    let drawn = lines(&mut generator, &mut rng, 2 * 60 * cells);
    let mut counts = vec![0u64; cells];
    for pair in drawn.chunks_exact(2) {
        let index = |p: &Vec<u8>| valid.binary_search(p).expect("valid");
        counts[index(&pair[0]) * valid.len() + index(&pair[1])] += 1;
    }
    let (chi, critical) = (chi_square_uniform(&counts), critical_999(cells - 1));
    assert!(chi < critical, "χ² {chi:.1} ≥ {critical:.1}");
}

/// On the default policy, every position's character is uniform within its class (swapping
/// two characters of a class maps valid passwords to valid ones), for the first and the last
/// position of a line, where a stream's slices meet.
#[test]
fn characters_uniform_within_their_class_at_both_ends() {
    let policy = Policy::compile(&PolicyOptions::default()).expect("valid");
    let mut generator = Generator::new(&policy);
    let mut rng = StdRng::seed_from_u64(312);
    let drawn = lines(&mut generator, &mut rng, 40_000);
    let alphabet = policy.alphabet();
    for position in [0, policy.length() - 1] {
        for class in Class::ALL {
            let members: Vec<u8> = alphabet
                .iter()
                .copied()
                .filter(|&b| Class::of(b) == class)
                .collect();
            let mut counts = vec![0u64; members.len()];
            for line in &drawn {
                if let Some(i) = members.iter().position(|&m| m == line[position]) {
                    counts[i] += 1;
                }
            }
            let (chi, critical) = (chi_square_uniform(&counts), critical_999(members.len() - 1));
            assert!(
                chi < critical,
                "position {position}, {class}: χ² {chi:.1} ≥ {critical:.1}"
            );
        }
    }
}
