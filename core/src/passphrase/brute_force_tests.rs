//! The count of distinct passphrases, proved by listing every one on tiny lists.
//!
//! For every list, phrase length, case, number and separator: every sequence of choices the
//! generator can draw is spelled (through the generator's own `spell`), and the distinct
//! strings are counted. The entropy must be exactly log2 of that count, which holds only if
//! no two choices spell the same text. A naive count over the whole list is made beside it,
//! to show that these lists do collide when nothing is left out.

use std::collections::HashSet;

use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;

use super::generator::PassphraseGenerator;
use super::policy_tests::policy;
use super::{Case, LeftOut, PassphrasePolicy};

/// Tiny lists, each with words that collide under some option.
const LISTS: [&[&str]; 4] = [
    // Concatenations ("a" + "bc" = "abc"); hyphens, so that "a-" "a" and "a" "-a" meet
    // with a separator "-" or "--"; no capital for a first character (title = lower).
    &["a", "bc", "abc", "a-", "-a", "1x"],
    // The same word in three cases; "ß" and "ss" share the upper spelling "SS".
    &["Apple", "apple", "APPLE", "ß", "ss"],
    // With the number, "a" + "1" is "a1"; "b" and "b1" likewise; a word that is a digit.
    &["a1", "a", "b", "1", "b1"],
    // A capital inside ("McDonald" → "Mcdonald"), "aB" and "Ab" share "Ab", a caseless word.
    &["McDonald", "aB", "Ab", "日本", "x"],
];

const SEPARATORS: [&str; 7] = ["", " ", "-", "--", "b", "-b", "1"];

/// Every passphrase the generator can draw, as a set: each sequence of token indices, with
/// each (place, digit) of the number when it is on.
fn every_passphrase(generator: &PassphraseGenerator) -> (HashSet<String>, u64) {
    let words = generator.policy().words;
    let tokens = generator.token_count();
    let numbers: Vec<Option<(usize, usize)>> = if generator.policy().number {
        (0..words)
            .flat_map(|at| (0..10).map(move |d| Some((at, d))))
            .collect()
    } else {
        vec![None]
    };
    let mut seen = HashSet::new();
    let mut draws = 0u64;
    for sequence in 0..tokens.pow(words as u32) {
        for &number in &numbers {
            let mut digits = (0..words).map(|place| sequence / tokens.pow(place as u32) % tokens);
            let mut bytes = Vec::new();
            generator.spell(&mut bytes, number, || digits.next().expect("one a place"));
            seen.insert(String::from_utf8(bytes).expect("UTF-8"));
            draws += 1;
        }
    }
    (seen, draws)
}

/// Distinct passphrases with every word of the list kept: what a count that ignores
/// collisions would claim `draws` of.
fn naive_distinct(list: &[&str], p: &PassphrasePolicy) -> (usize, usize) {
    let spell = |w: &str, title: bool| -> String {
        if title {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |f| {
                f.to_uppercase()
                    .chain(chars.as_str().to_lowercase().chars())
                    .collect()
            })
        } else {
            w.to_lowercase()
        }
    };
    let tokens: Vec<String> = list
        .iter()
        .flat_map(|&w| match p.case {
            Case::Lower => vec![spell(w, false)],
            Case::Title => vec![spell(w, true)],
            Case::Upper => vec![w.to_uppercase()],
            Case::Mixed => vec![spell(w, false), spell(w, true)],
        })
        .collect();
    let mut phrases: Vec<String> = vec![String::new()];
    for place in 0..p.words {
        phrases = phrases
            .iter()
            .flat_map(|phrase| {
                tokens.iter().map(move |t| {
                    let separator = if place > 0 { p.separator.as_str() } else { "" };
                    format!("{phrase}{separator}{t}")
                })
            })
            .collect();
    }
    let draws = phrases.len();
    (phrases.into_iter().collect::<HashSet<_>>().len(), draws)
}

#[test]
fn the_entropy_is_log2_of_the_distinct_passphrases() {
    let mut rng = StdRng::seed_from_u64(21);
    let mut checked = 0;
    let mut naive_collisions = 0;
    for list in LISTS {
        for words in [2, 3] {
            for case in Case::ALL {
                for number in [false, true] {
                    for separator in SEPARATORS {
                        let p = policy(words, separator, case, number);
                        let case_name = format!("{list:?} {p:?}");
                        let generator = match PassphraseGenerator::build(&p, list.iter().copied()) {
                            Ok(generator) => generator,
                            Err(refusal) => {
                                assert_eq!(p.check_spelling(), Err(refusal), "{case_name}");
                                continue;
                            }
                        };
                        let (distinct, draws) = every_passphrase(&generator);
                        assert_eq!(distinct.len() as u64, draws, "{case_name}: collisions");
                        let bits = generator.entropy_bits();
                        let want = (distinct.len() as f64).log2();
                        assert!((bits - want).abs() < 1e-9, "{case_name}: {bits} vs {want}");
                        for _ in 0..20 {
                            let drawn = generator.generate(&mut rng);
                            assert!(distinct.contains(drawn.expose_secret()), "{case_name}");
                        }
                        if !number {
                            let (naive, naive_draws) = naive_distinct(list, &p);
                            if naive < naive_draws {
                                naive_collisions += 1;
                                assert!(generator.left_out().total() > 0, "{case_name}");
                            }
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    // 4 lists × 2 lengths × 4 cases × 2 × 7 separators = 448, less the refusals: an empty
    // separator without title case (4 × 2 × 3 × 2 = 48) and "1" with the number (4 × 2 × 4).
    assert_eq!(checked, 448 - 48 - 32);
    assert!(
        naive_collisions >= 100,
        "only {naive_collisions} naive counts collide"
    );
}

#[test]
fn the_words_left_out_and_why() {
    let left_out = |list: &[&str], separator: &str, case: Case, number: bool| {
        let p = policy(3, separator, case, number);
        PassphraseGenerator::build(&p, list.iter().copied())
            .expect("accepted")
            .left_out()
    };
    let [tricky, apples, digits, capitals] = LISTS;
    let none = LeftOut::default();
    assert_eq!(left_out(tricky, " ", Case::Lower, false), none);
    let hyphen = left_out(tricky, "-", Case::Lower, false);
    assert_eq!(
        hyphen,
        LeftOut {
            contains_separator: 2,
            ..none
        },
        "a-, -a"
    );
    assert_eq!(hyphen, left_out(tricky, "--", Case::Lower, false));
    let b = left_out(tricky, "-b", Case::Lower, false);
    assert_eq!(
        b,
        LeftOut {
            contains_separator: 4,
            ..none
        },
        "bc, abc, a-, -a"
    );
    let mixed = left_out(tricky, " ", Case::Mixed, false);
    assert_eq!(
        mixed,
        LeftOut {
            same_in_both_cases: 2,
            ..none
        },
        "-a, 1x"
    );
    let joined = left_out(tricky, "", Case::Title, false);
    assert_eq!(
        joined,
        LeftOut {
            no_leading_capital: 2,
            ..none
        },
        "-a, 1x"
    );

    let lower = left_out(apples, " ", Case::Lower, false);
    assert_eq!(
        lower,
        LeftOut {
            spelled_like_another: 2,
            ..none
        },
        "Apple, APPLE"
    );
    let upper = left_out(apples, " ", Case::Upper, false);
    assert_eq!(
        upper,
        LeftOut {
            spelled_like_another: 3,
            ..none
        },
        "and ss after ß"
    );
    let joined = left_out(apples, "", Case::Title, false);
    // "ß" titles to "SS": two capitals.
    assert_eq!(
        joined,
        LeftOut {
            no_leading_capital: 1,
            spelled_like_another: 2,
            ..none
        }
    );

    let number = left_out(digits, " ", Case::Lower, true);
    assert_eq!(
        number,
        LeftOut {
            ends_in_digit: 3,
            ..none
        },
        "a1, 1, b1"
    );
    assert_eq!(number.to_string(), "3 words left out: 3 end in a digit");
    let one = left_out(digits, "1", Case::Lower, false);
    assert_eq!(
        one.to_string(),
        "3 words left out: 3 contain a character of the separator"
    );
    assert_eq!(left_out(digits, " ", Case::Lower, false), none);

    let mixed = left_out(capitals, " ", Case::Mixed, false);
    assert_eq!(
        mixed,
        LeftOut {
            same_in_both_cases: 1,
            spelled_like_another: 1,
            ..none
        },
        "日本 has no case; Ab after aB"
    );
    assert_eq!(
        mixed.to_string(),
        "2 words left out: 1 looks the same in lower and title case, \
         1 is spelled like an earlier word"
    );
}
