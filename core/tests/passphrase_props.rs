//! No panic on any word list or options: any file content and any options give a
//! passphrase or a refusal that says why, through the core directly.
//!
//! Most lists are a thousand-odd lines of words with the characters that trouble the rules
//! (capitals, digits, hyphens, `ß`, `İ`, caseless scripts), blanks and comments, sometimes
//! with one line of raw bytes put in; the rest are raw bytes. `PROPTEST_CASES=n` sets the
//! number of cases (512 by default). Failures are not persisted; keep one as a plain test.

use keysmith_core::passphrase::{Case, PassphraseGenerator, PassphrasePolicy};
use keysmith_core::wordlist::{WordList, WordListError};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "[a-z]{1,8}",
        3 => "[a-zA-Z0-9-]{1,6}",
        1 => "[ßİıǅΣς日本éE\u{301}0-9#-]{1,4}",
    ]
}

/// A line of a list that is plain text: a word, maybe padded, a comment, or a blank.
fn text_line() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => word(),
        2 => ("[ \t]{1,2}", word(), "[ \t\r]{1,2}").prop_map(|(a, w, b)| format!("{a}{w}{b}")),
        1 => "#[^\n]{0,10}",
        1 => Just(String::new()),
    ]
}

fn list_bytes() -> impl Strategy<Value = Vec<u8>> {
    let lines = vec(text_line(), 1100..1400);
    let raw_line = prop::option::weighted(0.1, (any::<Index>(), vec(any::<u8>(), 0..8)));
    prop_oneof![
        8 => (lines, raw_line).prop_map(|(lines, raw)| {
            let mut lines: Vec<Vec<u8>> = lines.into_iter().map(String::into_bytes).collect();
            if let Some((at, bytes)) = raw {
                let at = at.index(lines.len());
                lines.insert(at, bytes);
            }
            lines.join(&b'\n')
        }),
        1 => vec(any::<u8>(), 0..3000),
    ]
}

fn policy() -> impl Strategy<Value = PassphrasePolicy> {
    let separator = prop_oneof![
        Just(" ".to_string()),
        Just(String::new()),
        Just("-".to_string()),
        "[-_.a-z0-9 ]{0,3}",
        vec(any::<char>(), 0..7).prop_map(|chars| chars.into_iter().collect()),
    ];
    (
        0usize..45,
        separator,
        select(Case::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(|(words, separator, case, number)| PassphrasePolicy {
            words,
            separator,
            case,
            number,
        })
}

/// The line a refusal names, if it names one.
fn line_named(error: &WordListError) -> Option<usize> {
    match error {
        WordListError::NotUtf8 { line }
        | WordListError::Whitespace { line }
        | WordListError::Unprintable { line, .. }
        | WordListError::WordTooLong { line } => Some(*line),
        WordListError::TooLarge
        | WordListError::TooFewWords { .. }
        | WordListError::Read { .. } => None,
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(512)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_list_and_options_give_a_passphrase_or_a_reason(
        bytes in list_bytes(),
        policy in policy(),
        seed in any::<u64>(),
    ) {
        let loaded = WordList::from_bytes(&bytes);
        prop_assert_eq!(&WordList::from_reader(bytes.as_slice()), &loaded);
        let list = match loaded {
            Ok(list) => list,
            Err(refusal) => {
                prop_assert!(!refusal.to_string().is_empty());
                if let Some(line) = line_named(&refusal) {
                    let lines = bytes.split(|&b| b == b'\n').count();
                    prop_assert!((1..=lines).contains(&line), "line {} of {}", line, lines);
                }
                return Ok(());
            }
        };
        prop_assert!(list.len() >= 1000);
        let generator = match PassphraseGenerator::new(&policy, &list) {
            Ok(generator) => generator,
            Err(refusal) => {
                prop_assert!(!refusal.to_string().is_empty());
                return Ok(());
            }
        };
        let bits = generator.entropy_bits();
        prop_assert!(bits.is_finite() && bits >= 0.0, "{}", bits);
        let kept = list.len() - generator.left_out().total();
        prop_assert!(kept >= 1, "{:?}", generator.left_out());

        let phrase = generator.generate(&mut StdRng::seed_from_u64(seed));
        let text = phrase.expose_secret();
        prop_assert!(!text.is_empty() && text.len() <= generator.max_len());
        if !policy.separator.is_empty() {
            // The separator occurs only between words (rule 1 of the count).
            let parts: Vec<&str> = text.split(policy.separator.as_str()).collect();
            prop_assert_eq!(parts.len(), policy.words, "{:?}", text);
            if policy.number {
                // With the number, no word ends in a digit but the one carrying it (rule 2).
                let with_digit = parts.iter().filter(|p| p.ends_with(|c: char| c.is_ascii_digit()));
                prop_assert_eq!(with_digit.count(), 1, "{:?}", text);
            }
        }
    }
}
