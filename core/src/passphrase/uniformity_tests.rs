//! Chi-square goodness of fit at p = 0.001 for the EFF generator: word indices, Mixed case,
//! the number's digit and its place. Seeds are fixed (chosen before the first run, never
//! tuned). Ten checks: a correct generator fails one with probability at most 1% for a fresh
//! seed (union bound). The word check is also run on a modulo-biased picker, and must fail
//! there, to show it has the power to see a bias.

use std::collections::HashMap;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use secrecy::ExposeSecret;

use super::{Case, PassphraseGenerator, PassphrasePolicy};
use crate::wordlist::WordList;

const PHRASES: usize = 20_000;

/// Upper 0.001 quantile of chi-square with `df` degrees of freedom. With one degree it is
/// the square of a normal's two-sided 0.001 point, exactly; above, the Wilson–Hilferty
/// approximation (X/df)^(1/3) ~ Normal(1 − 2/(9 df), 2/(9 df)), which lies a little above
/// the tables (df 5: 20.75 against 20.52; df 80: 124.90 against 124.84), so it errs towards
/// passing by well under p = 0.001.
fn critical(df: usize) -> f64 {
    const Z_TWO_SIDED: f64 = 3.290527; // P(|Z| > z) = 0.001
    const Z_ONE_SIDED: f64 = 3.090232; // P(Z > z) = 0.001
    if df == 1 {
        return Z_TWO_SIDED * Z_TWO_SIDED;
    }
    let k = df as f64;
    let v = 2.0 / (9.0 * k);
    k * (1.0 - v + Z_ONE_SIDED * v.sqrt()).powi(3)
}

/// Pearson's statistic against equal cells, and whether it passes at p = 0.001.
fn fits_uniform(counts: &[u64]) -> (bool, String) {
    let total: u64 = counts.iter().sum();
    let expected = total as f64 / counts.len() as f64;
    assert!(expected >= 5.0, "too few samples a cell: {expected}");
    let statistic: f64 = counts
        .iter()
        .map(|&c| (c as f64 - expected).powi(2) / expected)
        .sum();
    let limit = critical(counts.len() - 1);
    (
        statistic <= limit,
        format!("chi-square {statistic:.1}, limit {limit:.1}"),
    )
}

fn generator(p: &PassphrasePolicy) -> PassphraseGenerator {
    PassphraseGenerator::new(p, &WordList::eff_long()).expect("valid policy")
}

/// 81 bins of 96 consecutive indices (81 × 96 = 7776), about 1,700 words a bin.
const BINS: usize = 81;
const BIN_WIDTH: usize = 96;

fn binned(indices: impl Iterator<Item = usize>) -> Vec<u64> {
    let mut bins = vec![0u64; BINS];
    for index in indices {
        bins[index / BIN_WIDTH] += 1;
    }
    bins
}

#[test]
fn word_indices_are_uniform_over_the_list() {
    let list = WordList::eff_long();
    let index: HashMap<&str, usize> = list.words().enumerate().map(|(i, w)| (w, i)).collect();
    let generator = generator(&PassphrasePolicy::default());
    let mut rng = StdRng::seed_from_u64(31);
    let mut picked = Vec::with_capacity(PHRASES * 7);
    for _ in 0..PHRASES {
        let phrase = generator.generate(&mut rng);
        picked.extend(phrase.expose_secret().split(' ').map(|w| index[w]));
    }
    let (fits, how) = fits_uniform(&binned(picked.into_iter()));
    assert!(fits, "word indices: {how}");

    // The same check on `u16 % 7776`, which favours the first 3,328 indices by 9 to 8.
    let mut rng = StdRng::seed_from_u64(32);
    let biased = (0..PHRASES * 7).map(|_| (rng.next_u32() as u16) as usize % 7776);
    let (fits, how) = fits_uniform(&binned(biased));
    assert!(!fits, "the check misses a modulo bias: {how}");
}

#[test]
fn mixed_case_is_even_at_every_place() {
    let p = PassphrasePolicy {
        case: Case::Mixed,
        ..PassphrasePolicy::default()
    };
    let generator = generator(&p);
    let mut rng = StdRng::seed_from_u64(33);
    let mut title_at = [0u64; 7];
    for _ in 0..PHRASES {
        let phrase = generator.generate(&mut rng);
        for (place, word) in phrase.expose_secret().split(' ').enumerate() {
            title_at[place] += u64::from(word.starts_with(|c: char| c.is_ascii_uppercase()));
        }
    }
    for (place, &titles) in title_at.iter().enumerate() {
        let (fits, how) = fits_uniform(&[titles, PHRASES as u64 - titles]);
        assert!(fits, "title case at place {place}: {how}");
    }
}

#[test]
fn the_number_has_a_uniform_digit_at_a_uniform_place() {
    let p = PassphrasePolicy {
        words: 6,
        number: true,
        ..PassphrasePolicy::default()
    };
    let generator = generator(&p);
    let mut rng = StdRng::seed_from_u64(34);
    let mut digits = [0u64; 10];
    let mut places = [0u64; 6];
    for _ in 0..PHRASES {
        let phrase = generator.generate(&mut rng);
        let words: Vec<&str> = phrase.expose_secret().split(' ').collect();
        let carrying: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].ends_with(|c: char| c.is_ascii_digit()))
            .collect();
        assert_eq!(carrying.len(), 1, "one word carries the number");
        let place = carrying[0];
        places[place] += 1;
        let digit = words[place].bytes().last().expect("non-empty") - b'0';
        digits[usize::from(digit)] += 1;
    }
    let (fits, how) = fits_uniform(&digits);
    assert!(fits, "digits: {how}");
    let (fits, how) = fits_uniform(&places);
    assert!(fits, "places: {how}");
}

#[test]
fn the_critical_values_match_the_tables() {
    // Published upper 0.001 points of chi-square.
    for (df, table) in [
        (1, 10.828),
        (5, 20.515),
        (6, 22.458),
        (9, 27.877),
        (80, 124.839),
    ] {
        let above = (critical(df) - table) / table;
        assert!(
            (-0.0001..0.012).contains(&above),
            "df {df}: {} vs {table}",
            critical(df)
        );
    }
}
