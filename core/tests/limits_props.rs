//! No panic on any number: lengths, class minimums, run limits, the rules' lengths and word
//! counts drawn from the whole `u64` range (small values, values near each limit, values near
//! the top where sums wrap, and anything) give a password or passphrase, or a refusal.
//! `PROPTEST_CASES=n` sets the number of cases (256 by default).

use keysmith_core::CharSet;
use keysmith_core::passphrase::{Case, PassphraseGenerator, PassphrasePolicy};
use keysmith_core::policy::{Generator, Minimums, Policy, PolicyOptions, Toggle, Toggles};
use keysmith_core::wordlist::WordList;
use proptest::prelude::*;
use proptest::sample::select;
use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;

/// Any count: mostly where things happen (small, near 1024, near the top of `usize`).
fn number() -> impl Strategy<Value = usize> {
    prop_oneof![
        4 => 0usize..20,
        2 => 1000usize..1050,
        2 => (0usize..8).prop_map(|below| usize::MAX - below),
        1 => (0usize..8).prop_map(|below| usize::MAX / 2 - below),
        2 => any::<usize>(),
    ]
}

fn minimum() -> impl Strategy<Value = usize> {
    prop_oneof![3 => Just(0usize), 2 => number()]
}

/// A rules text whose numbers reach past what the parser takes.
fn rules() -> impl Strategy<Value = Option<String>> {
    let bound = prop_oneof![
        0u64..40,
        1000u64..1100,
        Just(u64::from(u32::MAX)),
        Just(u64::MAX),
        any::<u64>(),
    ];
    let text = (bound.clone(), bound.clone(), bound, any::<u8>()).prop_map(|(a, b, c, pick)| {
        let mut parts = vec!["required: lower".to_owned()];
        if pick & 1 == 1 {
            parts.push(format!("minlength: {a}"));
        }
        if pick & 2 == 2 {
            parts.push(format!("maxlength: {b}"));
        }
        if pick & 4 == 4 {
            parts.push(format!("max-consecutive: {c}"));
        }
        parts.join("; ")
    });
    prop::option::weighted(0.3, text)
}

fn options() -> impl Strategy<Value = PolicyOptions> {
    let toggles = (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(each, look, rep)| {
        Toggles::of(&[])
            .with(Toggle::EachClass, each)
            .with(Toggle::NoLookAlikes, look)
            .with(Toggle::NoRepeats, rep)
    });
    let minimums = (minimum(), minimum(), minimum(), minimum()).prop_map(|(l, u, d, s)| Minimums {
        lower: l,
        upper: u,
        digits: d,
        symbols: s,
    });
    (
        prop::option::weighted(0.8, number()),
        select(CharSet::ALL.to_vec()),
        toggles,
        minimums,
        prop::option::weighted(0.5, number()),
        rules(),
    )
        .prop_map(
            |(length, set, toggles, minimums, max_consecutive, rules)| PolicyOptions {
                length,
                set,
                toggles,
                minimums,
                max_consecutive,
                rules,
                ..PolicyOptions::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_numbers_give_a_password_or_a_refusal(options in options(), seed in any::<u64>()) {
        if let Ok(policy) = Policy::compile(&options) {
            let mut rng = StdRng::seed_from_u64(seed);
            let password = Generator::new(&policy).generate(&mut rng);
            prop_assert_eq!(password.expose_secret().len(), policy.length());
        }
    }

    #[test]
    fn any_word_count_gives_a_passphrase_or_a_refusal(words in number(), seed in any::<u64>()) {
        let policy = PassphrasePolicy {
            words,
            separator: " ".into(),
            case: Case::Lower,
            number: false,
        };
        if let Ok(generator) = PassphraseGenerator::new(&policy, &WordList::eff_long()) {
            let mut rng = StdRng::seed_from_u64(seed);
            let passphrase = generator.generate(&mut rng);
            prop_assert_eq!(passphrase.expose_secret().split(' ').count(), words);
        }
    }
}

#[test]
fn a_minimum_past_the_length_is_refused_by_its_value() {
    for max_consecutive in [None, Some(5)] {
        let options = PolicyOptions {
            minimums: Minimums {
                digits: usize::MAX,
                ..Minimums::default()
            },
            max_consecutive,
            ..PolicyOptions::default()
        };
        let refusal = Policy::compile(&options).expect_err("no password has that many digits");
        assert_eq!(
            refusal.to_string(),
            format!(
                "At least {} digits are required, more than the length of 16",
                usize::MAX
            )
        );
    }
}
