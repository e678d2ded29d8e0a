//! Passwords: each set uniform over its characters, each class uniform within every class and
//! with the class mix of uniform valid passwords, no repeats uniform at every position, and
//! the checks failing on biased password generators.

use super::sources::*;
use super::*;

// ---------------------------------------------------------------------------------------------
// 1. Each set is uniform over its characters (each-class off)
// ---------------------------------------------------------------------------------------------

/// 2,000 passwords of 64 characters: 128,000 characters, ≥ 1,300 expected per cell.
const PASSWORDS_PER_SET: usize = 2_000;
const LONG: usize = 64;

fn set_uniformity_test(alphabet: &[u8], draw: impl Source) -> ChiSquare {
    pooled_test(alphabet, PASSWORDS_PER_SET, draw)
}

#[test]
fn each_set_is_uniform_over_its_characters() {
    let mut policies: Vec<PolicyOptions> =
        CharSet::ALL.map(|set| policy(set, LONG, false)).to_vec();
    policies.push(also(
        Toggle::NoLookAlikes,
        policy(CharSet::All, LONG, false),
    ));
    for (seed, p) in (100..).zip(policies) {
        let test = set_uniformity_test(&alphabet(&p).chars(), passwords(&p, seed));
        assert_fits(&format!("{p:?}"), &[test]);
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Each-class on: uniform within every class, and the class mix of uniform valid passwords
// ---------------------------------------------------------------------------------------------

/// Length 9, the shortest allowed, where rejection happens most (about half the draws of the
/// full set lack a class).
const EACH_CLASS_LENGTH: usize = 9;
const EACH_CLASS_PASSWORDS: usize = 10_000;

/// One test per class, over every character of every password. Valid pooled: given which
/// class each position holds, validity is fixed, so the characters are independent and
/// uniform within their classes.
fn within_class_tests(
    alphabet: &Alphabet,
    samples: usize,
    mut draw: impl Source,
) -> Vec<ChiSquare> {
    let mut histograms: Vec<Histogram> = alphabet
        .classes()
        .iter()
        .map(|c| Histogram::over(c))
        .collect();
    let mut buf = Vec::new();
    for _ in 0..samples {
        draw(&mut buf);
        for &c in &buf {
            let class = alphabet
                .classes()
                .iter()
                .position(|class| class.contains(&c));
            histograms[class.expect("character in the alphabet")].add(c);
        }
    }
    histograms
        .iter()
        .map(|h| ChiSquare::uniform(&h.counts))
        .collect()
}

#[test]
fn each_class_is_uniform_within_every_class() {
    let mut policies: Vec<PolicyOptions> = [CharSet::Letters, CharSet::Alnum, CharSet::All]
        .map(|set| policy(set, EACH_CLASS_LENGTH, true))
        .to_vec();
    policies.push(also(
        Toggle::NoLookAlikes,
        policy(CharSet::All, EACH_CLASS_LENGTH, true),
    ));
    for (seed, p) in (200..).zip(policies) {
        let tests = within_class_tests(&alphabet(&p), EACH_CLASS_PASSWORDS, passwords(&p, seed));
        assert_fits(&format!("{p:?}"), &tests);
    }
}

/// P(the first character is in class c) for a password drawn uniformly from those of `length`
/// that hold every class: by inclusion–exclusion over the classes that may be missing.
fn first_class_probabilities(class_sizes: &[usize], length: usize) -> Vec<f64> {
    let n = class_sizes.iter().sum::<usize>() as f64;
    let classes = class_sizes.len();
    // Fraction of all strings of `len` that hold every class outside `may_miss` (a bit mask).
    let covering = |may_miss: usize, len: usize| -> f64 {
        (0..1usize << classes)
            .filter(|missing| missing & may_miss == 0)
            .map(|missing| {
                let left: usize = (0..classes)
                    .filter(|i| missing & (1 << i) == 0)
                    .map(|i| class_sizes[i])
                    .sum();
                let sign = if missing.count_ones() % 2 == 0 {
                    1.0
                } else {
                    -1.0
                };
                sign * (left as f64 / n).powi(len as i32)
            })
            .sum()
    };
    let valid = covering(0, length);
    (0..classes)
        .map(|c| class_sizes[c] as f64 / n * covering(1 << c, length - 1) / valid)
        .collect()
}

#[test]
fn class_mix_formula_matches_enumeration() {
    // Classes of sizes 2, 1, 1 and length 4: enumerate all 4^4 strings.
    let sizes = [2, 1, 1];
    let class_of = [0, 0, 1, 2];
    let mut first = [0.0; 3];
    let mut valid = 0.0;
    for code in 0..256usize {
        let chars: Vec<usize> = (0..4).map(|i| (code >> (2 * i)) & 3).collect();
        if (0..3).all(|class| chars.iter().any(|&c| class_of[c] == class)) {
            valid += 1.0;
            first[class_of[chars[0]]] += 1.0;
        }
    }
    let expected = first.map(|count| count / valid);
    for (formula, brute) in first_class_probabilities(&sizes, 4).iter().zip(expected) {
        assert!((formula - brute).abs() < 1e-12, "{formula} vs {brute}");
    }
}

/// 30,000 first characters. Against "one of each, then shuffle" on the alnum set the expected
/// statistic is about 30,000 × 0.00186 + 2 ≈ 58, far above the critical 14.1.
const CLASS_MIX_PASSWORDS: usize = 30_000;

fn class_mix_test(alphabet: &Alphabet, length: usize, mut draw: impl Source) -> ChiSquare {
    let mut counts = vec![0u64; alphabet.classes().len()];
    let mut buf = Vec::new();
    for _ in 0..CLASS_MIX_PASSWORDS {
        draw(&mut buf);
        let class = alphabet
            .classes()
            .iter()
            .position(|class| class.contains(&buf[0]));
        counts[class.expect("character in the alphabet")] += 1;
    }
    ChiSquare::against(
        &counts,
        &first_class_probabilities(&alphabet.class_sizes(), length),
    )
}

#[test]
fn each_class_gives_the_class_mix_of_uniform_valid_passwords() {
    for (seed, set) in (300..).zip([CharSet::Alnum, CharSet::All]) {
        let p = policy(set, EACH_CLASS_LENGTH, true);
        let test = class_mix_test(&alphabet(&p), length(&p), passwords(&p, seed));
        assert_fits(&format!("{p:?}"), &[test]);
    }
}

#[test]
fn one_of_each_then_shuffle_fails_the_class_mix_check() {
    let alphabet = Alphabet::new(CharSet::Alnum, false);
    let draw = one_of_each_then_shuffle(alphabet.clone(), EACH_CLASS_LENGTH, 310);
    let test = class_mix_test(&alphabet, EACH_CLASS_LENGTH, draw);
    assert_all_reject("one of each, then shuffle", &[test]);
}

// ---------------------------------------------------------------------------------------------
// 7. No repeats: distinct characters, every position uniform
// ---------------------------------------------------------------------------------------------

/// 20,000 passwords: about 213 expected per character and position.
const NO_REPEAT_PASSWORDS: usize = 20_000;
const NO_REPEAT_LENGTH: usize = 16;

fn all_distinct(password: &[u8]) -> bool {
    let mut seen = [false; 256];
    password
        .iter()
        .all(|&c| !std::mem::replace(&mut seen[usize::from(c)], true))
}

#[test]
fn no_repeats_passwords_have_distinct_characters_and_uniform_positions() {
    // Each-class off: with it on, a position is uniform only within its class.
    let p = also(
        Toggle::NoRepeats,
        policy(CharSet::All, NO_REPEAT_LENGTH, false),
    );
    let mut source = passwords(&p, 800);
    let checked = |out: &mut Vec<u8>| {
        source(out);
        assert!(all_distinct(out), "a character repeats");
    };
    // Characters of one password are dependent here, so each position is tested on its own.
    let tests = per_position_tests(
        &alphabet(&p).chars(),
        NO_REPEAT_LENGTH,
        NO_REPEAT_PASSWORDS,
        checked,
    );
    assert_fits("no repeats", &tests);
}

#[test]
fn modulo_bias_fails_the_set_check() {
    // Expected statistic ≈ 128,000 · Σ (p_i − 1/94)² · 94 ≈ 128,000 · 0.027 ≈ 3,450, against a
    // critical 140.9.
    let all = Alphabet::new(CharSet::All, false).chars();
    let draw = modulo_biased(all.clone(), LONG, 720);
    assert_all_reject("byte % 94", &[set_uniformity_test(&all, draw)]);
}
