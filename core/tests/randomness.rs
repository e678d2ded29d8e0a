//! Statistical tests of the generators: every pick is uniform with no modulo bias,
//! digits codes cover 0..10^n, and each-class rejection sampling is uniform over the valid
//! passwords.
//!
//! Method: Pearson's chi-square goodness-of-fit test, each check at significance p = 0.001, with
//! the critical value from the Wilson–Hilferty approximation (checked against exact values
//! below). Seeds are fixed and were picked before the first run, never tuned, so every run draws
//! the same samples. For a fresh seed, a correct generator would fail at least one of the 61
//! checks here with probability at most 6.1% (union bound); a failure means "investigate", not
//! "change the seed".
//!
//! The set, digit-position, whole-code and class-mix checks are also run, through the same
//! helpers and sample sizes, on deliberately wrong generators and must fail there: that shows
//! they have power, so their passing on the real generators means something.

use keysmith_core::charset::DIGITS;
use keysmith_core::otp::ALNUM_ALPHABET;
use keysmith_core::policy::{Generator, Policy, PolicyOptions};
use keysmith_core::{Alphabet, CharSet, OtpFormat, Toggle, Toggles, generate_code};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};
use secrecy::ExposeSecret;

// ---------------------------------------------------------------------------------------------
// Chi-square machinery
// ---------------------------------------------------------------------------------------------

/// z with P(Z > z) = 0.001 for a standard normal Z.
const Z_UPPER_0_001: f64 = 3.090232;

/// Upper 0.001 quantile of the chi-square distribution with `df` degrees of freedom, by
/// Wilson–Hilferty: (X/df)^(1/3) is nearly normal, mean 1 − 2/(9 df), variance 2/(9 df).
fn critical_value(df: usize) -> f64 {
    let k = df as f64;
    let variance = 2.0 / (9.0 * k);
    k * (1.0 - variance + Z_UPPER_0_001 * variance.sqrt()).powi(3)
}

/// Pearson's statistic of observed counts against expected probabilities.
struct ChiSquare {
    statistic: f64,
    df: usize,
}

impl ChiSquare {
    fn against(counts: &[u64], probabilities: &[f64]) -> ChiSquare {
        assert_eq!(counts.len(), probabilities.len());
        let total = counts.iter().sum::<u64>() as f64;
        let statistic = counts
            .iter()
            .zip(probabilities)
            .map(|(&observed, &p)| {
                let expected = total * p;
                // The chi-square approximation needs about 5 expected per cell.
                assert!(expected >= 5.0, "too few samples: {expected:.1} expected");
                (observed as f64 - expected).powi(2) / expected
            })
            .sum();
        ChiSquare {
            statistic,
            df: counts.len() - 1,
        }
    }

    fn uniform(counts: &[u64]) -> ChiSquare {
        let p = 1.0 / counts.len() as f64;
        ChiSquare::against(counts, &vec![p; counts.len()])
    }

    fn rejects(&self) -> bool {
        self.statistic > critical_value(self.df)
    }

    fn describe(&self) -> String {
        format!(
            "chi-square {:.1}, critical {:.1} (df {}, p 0.001)",
            self.statistic,
            critical_value(self.df),
            self.df
        )
    }
}

fn assert_fits(what: &str, tests: &[ChiSquare]) {
    for (i, test) in tests.iter().enumerate() {
        assert!(
            !test.rejects(),
            "{what} [{i}] is not uniform: {}",
            test.describe()
        );
    }
}

fn assert_all_reject(what: &str, tests: &[ChiSquare]) {
    for (i, test) in tests.iter().enumerate() {
        assert!(
            test.rejects(),
            "{what} [{i}] was not caught: {}",
            test.describe()
        );
    }
}

/// Counts of each symbol of an alphabet; a byte outside the alphabet fails the test.
#[derive(Clone)]
struct Histogram {
    slot: [Option<usize>; 256],
    counts: Vec<u64>,
}

impl Histogram {
    fn over(alphabet: &[u8]) -> Histogram {
        let mut slot = [None; 256];
        for (i, &c) in alphabet.iter().enumerate() {
            assert!(slot[usize::from(c)].is_none(), "alphabet repeats {c}");
            slot[usize::from(c)] = Some(i);
        }
        Histogram {
            slot,
            counts: vec![0; alphabet.len()],
        }
    }

    fn add(&mut self, byte: u8) {
        let i = self.slot[usize::from(byte)]
            .unwrap_or_else(|| panic!("{:?} is outside the alphabet", char::from(byte)));
        self.counts[i] += 1;
    }
}

/// A source of secrets: each call replaces the buffer with a fresh one.
trait Source: FnMut(&mut Vec<u8>) {}
impl<F: FnMut(&mut Vec<u8>)> Source for F {}

/// All characters of `samples` draws in one test. Valid only when the characters of a draw are
/// independent (each-class off, no-repeats off).
fn pooled_test(alphabet: &[u8], samples: usize, mut draw: impl Source) -> ChiSquare {
    let mut histogram = Histogram::over(alphabet);
    let mut buf = Vec::new();
    for _ in 0..samples {
        draw(&mut buf);
        buf.iter().for_each(|&c| histogram.add(c));
    }
    ChiSquare::uniform(&histogram.counts)
}

/// One test per position, each over `samples` independent draws of `length` characters.
fn per_position_tests(
    alphabet: &[u8],
    length: usize,
    samples: usize,
    mut draw: impl Source,
) -> Vec<ChiSquare> {
    let mut histograms = vec![Histogram::over(alphabet); length];
    let mut buf = Vec::new();
    for _ in 0..samples {
        draw(&mut buf);
        assert_eq!(buf.len(), length);
        for (histogram, &c) in histograms.iter_mut().zip(&buf) {
            histogram.add(c);
        }
    }
    histograms
        .iter()
        .map(|h| ChiSquare::uniform(&h.counts))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Sources: the real generators and deliberately wrong ones
// ---------------------------------------------------------------------------------------------

fn passwords(policy: &PolicyOptions, seed: u64) -> impl Source {
    let policy = Policy::compile(policy).expect("valid policy");
    let mut generator = Generator::new(&policy);
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| generator.fill(&mut rng, out)
}

fn codes(format: OtpFormat, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| {
        out.clear();
        out.extend_from_slice(generate_code(format, &mut rng).expose_secret().as_bytes());
    }
}

/// The tutorial's bug: each digit from `random_range(1..=9)`, so 0 never appears.
fn digits_one_to_nine(length: usize, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| {
        out.clear();
        out.extend((0..length).map(|_| b'0' + rng.random_range(1..=9u8)));
    }
}

/// `byte % n` picking: with n = 94, 256 = 2·94 + 68, so the first 68 characters come up with
/// probability 3/256 and the other 26 with 2/256, against 1/94 ≈ 2.72/256 for each.
fn modulo_biased(alphabet: Vec<u8>, length: usize, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    move |out| {
        out.clear();
        out.extend((0..length).map(|_| alphabet[usize::from(rng.random::<u8>()) % alphabet.len()]));
    }
}

/// "One of each class, then shuffle": always valid, yet not uniform over valid passwords.
fn one_of_each_then_shuffle(alphabet: Alphabet, length: usize, seed: u64) -> impl Source {
    let mut rng = StdRng::seed_from_u64(seed);
    let chars = alphabet.chars();
    move |out| {
        out.clear();
        for class in alphabet.classes() {
            out.extend(class.choose(&mut rng));
        }
        while out.len() < length {
            out.extend(chars.choose(&mut rng));
        }
        out.shuffle(&mut rng);
    }
}

fn policy(set: CharSet, length: usize, each_class: bool) -> PolicyOptions {
    PolicyOptions {
        length: Some(length),
        set,
        toggles: Toggles::default().with(Toggle::EachClass, each_class),
        ..PolicyOptions::default()
    }
}

/// `policy` with `toggle` turned on as well.
fn also(toggle: Toggle, policy: PolicyOptions) -> PolicyOptions {
    PolicyOptions {
        toggles: policy.toggles.with(toggle, true),
        ..policy
    }
}

/// The characters `policy` draws from, by class.
fn alphabet(policy: &PolicyOptions) -> Alphabet {
    Alphabet::new(policy.set, policy.toggles.contains(Toggle::NoLookAlikes))
}

fn length(policy: &PolicyOptions) -> usize {
    policy
        .length
        .unwrap_or(keysmith_core::policy::DEFAULT_LENGTH)
}

// ---------------------------------------------------------------------------------------------
// The critical values themselves
// ---------------------------------------------------------------------------------------------

#[test]
fn wilson_hilferty_matches_the_chi_square_table() {
    // (df, exact upper-0.001 quantile, relative tolerance). 9 and 25 are the printed table values;
    // all six agree to the digits shown with the root of Q(df/2, x/2) = 0.001 (regularized upper
    // incomplete gamma, computed with mpmath). The approximation is worst at small df, so the
    // tolerance grows there; df 2 and 3 are the smallest used below.
    let table = [
        (2, 13.816, 0.025),
        (3, 16.266, 0.02),
        (9, 27.877, 0.007),
        (25, 52.620, 0.0025),
        (93, 140.893, 0.0005),
        (9999, 10441.709, 0.00001),
    ];
    for (df, exact, tolerance) in table {
        let approx = critical_value(df);
        let error = (approx - exact) / exact;
        assert!(error.abs() < tolerance, "df {df}: {approx} vs {exact}");
        // At p = 0.001 the approximation lies above the exact value: it errs toward passing.
        assert!(approx >= exact, "df {df}: {approx} below {exact}");
    }
}

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
// 3. Digits codes: every position uniform
// ---------------------------------------------------------------------------------------------

/// 20,000 codes: 2,000 expected per digit and position.
const DIGIT_CODES: usize = 20_000;

fn digit_position_tests(length: usize, draw: impl Source) -> Vec<ChiSquare> {
    per_position_tests(DIGITS, length, DIGIT_CODES, draw)
}

#[test]
fn every_digit_position_is_uniform() {
    let formats = [OtpFormat::Digits4, OtpFormat::Digits6, OtpFormat::Digits8];
    for (seed, format) in (400..).zip(formats) {
        let tests = digit_position_tests(format.code_len(), codes(format, seed));
        assert_fits(format.name(), &tests);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Every digits4 code is reachable, 0000 included
// ---------------------------------------------------------------------------------------------

/// Coupon collector: 10,000 codes need about n·ln n + 0.577·n ≈ 97,876 draws on average. After
/// 300,000 draws, P(some code is missing) ≤ 10,000 · (1 − 1/10,000)^300,000 ≈ 10,000 · e^−30
/// ≈ 9.4e−10.
const DIGITS4_DRAWS: usize = 300_000;

/// How often each of the 10,000 codes came up.
fn digits4_code_counts(mut draw: impl Source) -> Vec<u64> {
    let mut counts = vec![0u64; 10_000];
    let mut buf = Vec::new();
    for _ in 0..DIGITS4_DRAWS {
        draw(&mut buf);
        assert_eq!(buf.len(), 4);
        let code = buf.iter().fold(0, |value, &c| {
            assert!(c.is_ascii_digit(), "{c} is not a digit");
            value * 10 + usize::from(c - b'0')
        });
        counts[code] += 1;
    }
    counts
}

fn unreached(counts: &[u64]) -> Vec<usize> {
    (0..counts.len())
        .filter(|&code| counts[code] == 0)
        .collect()
}

#[test]
fn every_digits4_code_is_reachable() {
    let counts = digits4_code_counts(codes(OtpFormat::Digits4, 500));
    assert_eq!(unreached(&counts), Vec::<usize>::new());
    assert!(counts[0] > 0, "0000 never came up");
    // The whole code is uniform too (30 expected per code), which the per-digit tests alone
    // would not show: it also catches dependence between digits.
    assert_fits("digits4 codes", &[ChiSquare::uniform(&counts)]);
}

// ---------------------------------------------------------------------------------------------
// 5. alnum6 codes: only the 32 symbols, uniform
// ---------------------------------------------------------------------------------------------

/// 20,000 codes: 625 expected per symbol and position.
const ALNUM_CODES: usize = 20_000;

#[test]
fn alnum6_uses_only_its_32_symbols_uniformly() {
    assert_eq!(ALNUM_ALPHABET.len(), 32);
    // Histogram::over refuses repeated symbols and any byte outside them.
    let tests = per_position_tests(
        ALNUM_ALPHABET,
        6,
        ALNUM_CODES,
        codes(OtpFormat::Alnum6, 600),
    );
    assert_fits("alnum6", &tests);
}

// ---------------------------------------------------------------------------------------------
// 6. The same checks catch biased generators
// ---------------------------------------------------------------------------------------------

#[test]
fn digits_from_1_to_9_fail_the_digit_check() {
    for (seed, length) in (700..).zip([4, 6, 8]) {
        let tests = digit_position_tests(length, digits_one_to_nine(length, seed));
        assert_all_reject(&format!("1..=9 digits, length {length}"), &tests);
    }
}

#[test]
fn digits_from_1_to_9_never_reach_0000() {
    let counts = digits4_code_counts(digits_one_to_nine(4, 710));
    let missing = unreached(&counts);
    // Only codes without a 0 can occur: 9^4 of 10^4.
    assert_eq!(missing.len(), 10_000 - 9usize.pow(4));
    assert_eq!(missing[0], 0);
    assert_all_reject("1..=9 digits4 codes", &[ChiSquare::uniform(&counts)]);
}

#[test]
fn modulo_bias_fails_the_set_check() {
    // Expected statistic ≈ 128,000 · Σ (p_i − 1/94)² · 94 ≈ 128,000 · 0.027 ≈ 3,450, against a
    // critical 140.9.
    let all = Alphabet::new(CharSet::All, false).chars();
    let draw = modulo_biased(all.clone(), LONG, 720);
    assert_all_reject("byte % 94", &[set_uniformity_test(&all, draw)]);
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
