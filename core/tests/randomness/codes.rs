//! One-time codes: digits uniform at every position, every digits4 code reachable, alnum6
//! codes uniform over their 32 symbols, and the checks failing on the tutorial's digits.

use super::sources::*;
use super::*;

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
