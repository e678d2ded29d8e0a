//! Exact counts against brute-force enumeration on tiny alphabets: every combination of
//! each class, minimums 0–3, no repeats, max consecutive 1–3, a required union set and an
//! exclusion, at lengths 1 to 6. The counting engines and the sampler's grids must agree
//! with the enumeration exactly.

use std::collections::HashMap;

use crate::policy::byteset::ByteSet;
use crate::policy::chains::{Composition, Positional, Spread, Tracked};
use crate::policy::count;
use crate::policy::error::PolicyError;
use crate::policy::grid::{Grid, Precision};
use crate::policy::options::Class;
use crate::policy::shape::Shape;

/// Class sizes (lower, upper, digit, symbol) of the tiny alphabets.
const ALPHABETS: [[usize; 4]; 7] = [
    [2, 1, 0, 0],
    [1, 2, 1, 0],
    [3, 0, 2, 0],
    [1, 1, 1, 1],
    [2, 1, 1, 2],
    [3, 2, 0, 1],
    [3, 3, 2, 1],
];
const POOLS: [&[u8]; 4] = [b"abc", b"ABC", b"012", b"!#%"];

/// What decides whether a string is valid, for every policy tested at once.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Features {
    counts: [u8; 4],
    longest_run: u8,
    distinct: bool,
    has_union: bool,
    has_excluded: bool,
}

struct Case {
    each_class: bool,
    mins: [usize; 4],
    no_repeats: bool,
    run: Option<usize>,
    union: bool,
    exclude: bool,
}

impl Case {
    fn admits(&self, f: &Features, present: &[usize; 4]) -> bool {
        (0..4).all(|c| {
            let need = self.mins[c].max(usize::from(self.each_class && present[c] > 0));
            usize::from(f.counts[c]) >= need
        }) && (!self.no_repeats || f.distinct)
            && self.run.is_none_or(|k| usize::from(f.longest_run) <= k)
            && (!self.union || f.has_union)
            && (!self.exclude || !f.has_excluded)
    }
}

fn histogram(chars: &[u8], union: ByteSet, excluded: u8, length: usize) -> HashMap<Features, u64> {
    let n = chars.len();
    let mut out = HashMap::new();
    let mut digits = vec![0usize; length];
    loop {
        let s: Vec<u8> = digits.iter().map(|&d| chars[d]).collect();
        let mut counts = [0u8; 4];
        for &b in &s {
            counts[Class::of(b).index()] += 1;
        }
        let mut sorted = s.clone();
        sorted.sort_unstable();
        sorted.dedup();
        let f = Features {
            counts,
            longest_run: crate::policy::generator::longest_run(&s) as u8,
            distinct: sorted.len() == s.len(),
            has_union: s.iter().any(|&b| union.contains(b)),
            has_excluded: s.contains(&excluded),
        };
        *out.entry(f).or_insert(0) += 1;
        let Some(i) = digits.iter().position(|&d| d + 1 < n) else {
            return out;
        };
        digits[i] += 1;
        digits[..i].fill(0);
    }
}

/// What each of the sampler's chains that applies to `shape` counts.
fn grid_counts(shape: &Shape) -> Vec<f64> {
    let exact = Precision::EXACT_ENOUGH;
    let as_f64 = |v: crate::policy::grid::Value| v.mantissa as f64 * f64::from(v.exponent).exp2();
    if shape.no_repeats {
        let chain = Composition::new(shape);
        let orders: f64 = (1..=shape.length).map(|i| i as f64).product();
        return vec![as_f64(Grid::build(&chain, exact).top(&chain)) * orders];
    }
    let positional = Positional::new(shape, Tracked::all(shape));
    let mut out = vec![as_f64(Grid::build(&positional, exact).top(&positional))];
    if shape.max_run.is_none() {
        let spread = Spread::new(shape);
        out.push(as_f64(Grid::build(&spread, exact).top(&spread)));
    }
    out
}

#[test]
fn counts_match_brute_force() {
    let (mut policies, mut strings, mut grids) = (0u64, 0u64, 0u64);
    for sizes in ALPHABETS {
        let chars: Vec<u8> = (0..4).flat_map(|c| POOLS[c][..sizes[c]].to_vec()).collect();
        let present = sizes;
        // The union spans two classes: the first character and the last one.
        let union = ByteSet::of(&[chars[0], chars[chars.len() - 1]]);
        let excluded = chars[1];
        for length in 1..=6 {
            let hist = histogram(&chars, union, excluded, length);
            strings += chars.len().pow(length as u32) as u64;
            for case in cases(&present) {
                policies += 1;
                let expected: u64 = hist
                    .iter()
                    .filter(|(f, _)| case.admits(f, &present))
                    .map(|(_, n)| n)
                    .sum();
                if let Some(shape) = shape_of(&case, &chars, union, excluded, length, expected) {
                    let got = count::count(&shape).expect("tiny shapes are never too complex");
                    let name = format!("{sizes:?} len {length} {shape:?}");
                    match got {
                        None => assert_eq!(expected, 0, "{name}"),
                        Some(n) => {
                            let want = (expected as f64).log2();
                            assert!(
                                (n.log2() - want).abs() < 1e-9,
                                "{name}: {} vs {want}",
                                n.log2()
                            );
                        }
                    }
                    if length <= 3 || policies % 5 == 0 {
                        for counted in grid_counts(&shape) {
                            grids += 1;
                            assert_eq!(counted, expected as f64, "grid {name}");
                        }
                    }
                }
            }
        }
    }
    println!("{policies} policies, {strings} strings enumerated, {grids} grids compared");
    assert!(policies > 100_000);
}

fn cases(present: &[usize; 4]) -> Vec<Case> {
    let mut out = Vec::new();
    let classes: Vec<usize> = (0..4).filter(|&c| present[c] > 0).collect();
    for each_class in [false, true] {
        for mut code in 0..4usize.pow(classes.len() as u32) {
            let mut mins = [0; 4];
            for &c in &classes {
                mins[c] = code % 4;
                code /= 4;
            }
            for no_repeats in [false, true] {
                for run in [None, Some(1), Some(2), Some(3)] {
                    for union in [false, true] {
                        for exclude in [false, true] {
                            out.push(Case {
                                each_class,
                                mins,
                                no_repeats,
                                run,
                                union,
                                exclude,
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

/// The shape a case compiles to, or `None` where compiling refuses it (then the enumeration
/// must find nothing, and the refusal must be one that means "impossible").
fn shape_of(
    case: &Case,
    chars: &[u8],
    union: ByteSet,
    excluded: u8,
    length: usize,
    expected: u64,
) -> Option<Shape> {
    let mut alphabet = ByteSet::of(chars);
    if case.exclude {
        alphabet = alphabet.minus(ByteSet::EMPTY.with(excluded));
    }
    let mut mins = case.mins;
    for class in Class::ALL {
        let present = !class.chars().intersection(ByteSet::of(chars)).is_empty();
        if case.each_class && present {
            mins[class.index()] = mins[class.index()].max(1);
        }
        let left = !class.chars().intersection(alphabet).is_empty();
        if mins[class.index()] > 0 && !left {
            assert_eq!(expected, 0, "a class emptied by the exclusion");
            return None;
        }
    }
    let hit = union.intersection(alphabet);
    if case.union && hit.is_empty() {
        assert_eq!(expected, 0);
        return None;
    }
    let shape = Shape {
        length,
        alphabet,
        mins,
        hits: if case.union { vec![hit] } else { Vec::new() },
        no_repeats: case.no_repeats,
        max_run: case.run,
    };
    match shape.normalized() {
        Ok(shape) => Some(shape),
        Err(
            PolicyError::MinimumsExceedLength { .. }
            | PolicyError::MinimumExceedsLength { .. }
            | PolicyError::RepeatsExceedAlphabet { .. }
            | PolicyError::MinimumExceedsClass { .. },
        ) => {
            assert_eq!(expected, 0, "refused but possible");
            None
        }
        Err(other) => panic!("unexpected refusal {other}"),
    }
}
