//! Refusals, boundaries, and the entropy of the EFF list under each option.

use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;

use super::{Case, LeftOut, PassphraseError, PassphraseGenerator, PassphrasePolicy, generate};
use crate::wordlist::WordList;

pub(super) fn policy(words: usize, separator: &str, case: Case, number: bool) -> PassphrasePolicy {
    PassphrasePolicy {
        words,
        separator: separator.to_string(),
        case,
        number,
    }
}

fn eff_bits(p: &PassphrasePolicy) -> Result<f64, PassphraseError> {
    PassphraseGenerator::new(p, &WordList::eff_long()).map(|g| g.entropy_bits())
}

#[test]
fn the_word_count_runs_from_3_to_40() {
    let with = |words| policy(words, " ", Case::Lower, false).validate();
    assert_eq!(with(2), Err(PassphraseError::TooFewWords));
    assert_eq!(with(3), Ok(()));
    assert_eq!(with(40), Ok(()));
    assert_eq!(with(41), Err(PassphraseError::TooManyWords));
    assert_eq!(with(0), Err(PassphraseError::TooFewWords));
}

#[test]
fn the_separator_has_at_most_5_characters() {
    let with = |separator| policy(7, separator, Case::Lower, false).validate();
    assert_eq!(
        with(""),
        Err(PassphraseError::EmptySeparator { case: Case::Lower })
    );
    assert_eq!(with("-----"), Ok(()));
    assert_eq!(with("éèêëē"), Ok(()), "five characters, ten bytes");
    assert_eq!(
        with("------"),
        Err(PassphraseError::SeparatorTooLong { chars: 6 })
    );
}

#[test]
fn a_separator_with_a_control_or_invisible_character_is_refused() {
    for (separator, code) in [
        ("\t", 9),
        ("a\nb", 10),
        ("\u{1B}", 0x1B),
        ("\u{200B}", 0x200B),
    ] {
        assert_eq!(
            policy(7, separator, Case::Lower, false).validate(),
            Err(PassphraseError::SeparatorUnprintable { code }),
            "{separator:?}"
        );
    }
}

#[test]
fn an_empty_separator_needs_title_case() {
    for case in [Case::Lower, Case::Upper, Case::Mixed] {
        assert_eq!(
            policy(7, "", case, false).validate(),
            Err(PassphraseError::EmptySeparator { case })
        );
    }
    assert_eq!(policy(7, "", Case::Title, true).validate(), Ok(()));
    // Every EFF word starts with a small letter and has no capital: all are kept.
    assert_eq!(
        eff_bits(&policy(7, "", Case::Title, false)),
        eff_bits(&PassphrasePolicy::default())
    );
}

#[test]
fn a_digit_in_the_separator_is_refused_only_with_the_number() {
    assert_eq!(
        policy(7, "-4-", Case::Lower, true).validate(),
        Err(PassphraseError::DigitInSeparator)
    );
    assert_eq!(policy(7, "-4-", Case::Lower, false).validate(), Ok(()));
}

#[test]
fn the_entropy_figures_of_the_specification() {
    let two_decimals = |p: &PassphrasePolicy| format!("{:.2}", eff_bits(p).expect("valid"));
    assert_eq!(two_decimals(&PassphrasePolicy::default()), "90.47");
    assert_eq!(two_decimals(&policy(7, " ", Case::Mixed, false)), "97.47");
    assert_eq!(two_decimals(&policy(6, " ", Case::Lower, true)), "83.46");
}

#[test]
fn the_eff_hyphenated_words_are_left_out_with_a_hyphen_separator() {
    let list = WordList::eff_long();
    for case in Case::ALL {
        let generator =
            PassphraseGenerator::new(&policy(7, "-", case, false), &list).expect("valid policy");
        assert_eq!(generator.left_out().contains_separator, 4, "{case:?}");
        assert_eq!(generator.left_out().total(), 4, "{case:?}");
        let per_word = if case == Case::Mixed { 2.0 } else { 1.0 };
        let expected = 7.0 * (per_word * 7772.0f64).log2();
        assert!(
            (generator.entropy_bits() - expected).abs() < 1e-9,
            "{case:?}"
        );
    }
    let spaced = PassphraseGenerator::new(&PassphrasePolicy::default(), &list).expect("valid");
    assert_eq!(spaced.left_out(), LeftOut::default());
}

#[test]
fn a_separator_that_leaves_no_word_is_refused_naming_why() {
    let text: String = (0..1000).map(|i| format!("word{i}\n")).collect();
    let list = WordList::from_bytes(text.as_bytes()).expect("valid list");
    let refusal = PassphraseGenerator::new(&policy(7, "w", Case::Lower, false), &list)
        .err()
        .expect("every word has a w");
    assert_eq!(
        refusal.to_string(),
        "No word of the list can be used with these options \
         (1000 words left out: 1000 contain a character of the separator)"
    );
    // In upper case the spellings have no small w, and every word is kept.
    let upper = PassphraseGenerator::new(&policy(7, "w", Case::Upper, false), &list);
    assert_eq!(upper.map(|g| g.left_out().total()).ok(), Some(0));
}

#[test]
fn passphrases_have_the_words_separator_case_and_number_asked_for() {
    let list = WordList::eff_long();
    let mut rng = StdRng::seed_from_u64(11);
    for case in Case::ALL {
        for number in [false, true] {
            let p = policy(5, "_+", case, number);
            let generator = PassphraseGenerator::new(&p, &list).expect("valid policy");
            for _ in 0..50 {
                let phrase = generator.generate(&mut rng);
                let parts: Vec<&str> = phrase.expose_secret().split("_+").collect();
                assert_eq!(parts.len(), 5);
                let digits = phrase.expose_secret().chars().filter(char::is_ascii_digit);
                assert_eq!(digits.count(), usize::from(number));
                for part in parts {
                    let word = part.trim_end_matches(|c: char| c.is_ascii_digit());
                    assert!(list.contains(&word.to_lowercase()), "{word}");
                    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
                    match case {
                        Case::Lower => assert_eq!(capitals, 0),
                        Case::Upper => assert_eq!(word, word.to_uppercase()),
                        Case::Title => {
                            assert!(capitals == 1 && word.starts_with(char::is_uppercase))
                        }
                        Case::Mixed => assert!(
                            capitals == 0
                                || (capitals == 1 && word.starts_with(char::is_uppercase))
                        ),
                    }
                }
            }
        }
    }
}

#[test]
fn the_bulk_buffer_never_grows_past_its_first_capacity() {
    let p = policy(40, "-----", Case::Upper, true);
    let generator = PassphraseGenerator::new(&p, &WordList::eff_long()).expect("valid");
    let mut rng = StdRng::seed_from_u64(12);
    let mut buffer = Vec::with_capacity(generator.buffer_len());
    let capacity = buffer.capacity();
    for _ in 0..1000 {
        generator.fill(&mut rng, &mut buffer);
        assert!(buffer.len() <= generator.max_len());
        assert_eq!(buffer.capacity(), capacity);
        let text = std::str::from_utf8(&buffer).expect("UTF-8");
        assert_eq!(text.split("-----").count(), 40, "{text}");
    }
}

#[test]
fn long_words_and_separators_are_copied_whole() {
    // Words of 16 to 42 bytes (copied in several blocks), a separator of 20 bytes.
    let text: String = (0..1000)
        .map(|i| format!("{}{i}x\n", "ü".repeat(7 + i % 13)))
        .collect();
    let list = WordList::from_bytes(text.as_bytes()).expect("valid list");
    let p = policy(3, "🙂🙂🙂🙂🙂", Case::Title, true);
    let generator = PassphraseGenerator::new(&p, &list).expect("valid policy");
    let mut rng = StdRng::seed_from_u64(14);
    for _ in 0..200 {
        let phrase = generator.generate(&mut rng);
        let parts: Vec<&str> = phrase.expose_secret().split("🙂🙂🙂🙂🙂").collect();
        assert_eq!(parts.len(), 3);
        for part in parts {
            // The words end in "x": a digit after it is the number.
            let word = part
                .strip_suffix(|c: char| c.is_ascii_digit())
                .unwrap_or(part);
            assert!(list.contains(&word.to_lowercase()), "{part}");
        }
    }
}

#[test]
fn debug_never_shows_the_passphrase() {
    let mut rng = StdRng::seed_from_u64(13);
    let phrase = generate(
        &PassphrasePolicy::default(),
        &WordList::eff_long(),
        &mut rng,
    )
    .expect("valid policy");
    let debug = format!("{phrase:?}");
    assert!(!debug.contains(phrase.expose_secret()), "{debug}");
}

#[test]
fn cases_parse_from_their_names() {
    let parse = <Case as crate::Named>::from_spelling;
    for case in Case::ALL {
        assert_eq!(parse(case.name()), Some(case));
        assert_eq!(parse(&case.name().to_uppercase()), Some(case));
    }
    assert!(parse("camel").is_none());
}
