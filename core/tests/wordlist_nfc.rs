//! Words that look the same are one word: a list read from a file is normalised to NFC
//! before it is deduplicated and counted, so `é` written as one character or as `e` and a
//! combining accent, or the Kelvin sign and `K`, count once, and the entropy is that of the
//! words a reader can tell apart.

use keysmith_core::passphrase::{Case, PassphraseGenerator, PassphrasePolicy};
use keysmith_core::wordlist::WordList;

/// `count` distinct words, each ending in `é` as `accent` writes it.
fn words(count: usize, accent: &str) -> Vec<String> {
    (0..count)
        .map(|n| {
            let (a, b, c) = (n % 26, n / 26 % 26, n / 676);
            let letter = |i: usize| char::from(b'a' + u8::try_from(i).expect("a letter"));
            format!("{}{}{}{accent}", letter(c), letter(b), letter(a))
        })
        .collect()
}

fn list(lines: &[String]) -> WordList {
    WordList::from_bytes(lines.join("\n").as_bytes()).expect("a list")
}

fn bits(list: &WordList, case: Case) -> f64 {
    let policy = PassphrasePolicy {
        case,
        ..PassphrasePolicy::default()
    };
    PassphraseGenerator::new(&policy, list)
        .expect("a generator")
        .entropy_bits()
}

#[test]
fn composed_and_decomposed_spellings_are_one_word() {
    let composed = words(1000, "\u{e9}");
    let decomposed = words(1000, "e\u{301}");
    let both = list(&[composed.clone(), decomposed].concat());
    assert_eq!(both.len(), 1000);
    assert!(both.words().all(|w| w.ends_with('\u{e9}')));
    let alone = list(&composed);
    assert!((bits(&both, Case::Lower) - bits(&alone, Case::Lower)).abs() < 1e-9);
}

#[test]
fn the_kelvin_sign_is_the_letter_k() {
    let mut lines = words(1000, "");
    lines.push("kelvin".into());
    let with_k = list(&lines);
    lines.push("\u{212a}elvin".into());
    let with_both = list(&lines);
    for case in [Case::Title, Case::Upper, Case::Lower] {
        assert!(
            (bits(&with_both, case) - bits(&with_k, case)).abs() < 1e-9,
            "{case:?}"
        );
    }
}
