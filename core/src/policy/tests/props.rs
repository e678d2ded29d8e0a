//! Property tests: any rules text, symbols, exclusions, minimums and options give passwords
//! that meet every clause, checked from the options themselves, or a refusal with a
//! message; never a panic, never a hang.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::charset::{CharSet, LOOK_ALIKES};
use crate::policy::options::Class;
use crate::policy::{Generator, Minimums, Policy, PolicyOptions, Toggle, Toggles, parse_rules};

/// A hang guard for one case in an unoptimised build, not a speed figure.
const PATIENCE: Duration = Duration::from_secs(30);

fn custom_class() -> impl Strategy<Value = String> {
    (any::<bool>(), "[a-c0-2!#%*. é\\[]{0,4}", any::<bool>()).prop_map(|(dash, body, bracket)| {
        let body: String = body.chars().filter(|&c| c != '-' && c != ']').collect();
        format!(
            "[{}{}{}]",
            if dash { "-" } else { "" },
            body,
            if bracket { "]" } else { "" }
        )
    })
}

fn class() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "upper",
            "lower",
            "digit",
            "special",
            "ascii-printable",
            "unicode",
            "UPPER"
        ])
        .prop_map(String::from),
        custom_class(),
    ]
}

fn rule() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..20).prop_map(|n| format!("minlength: {n}")),
        (6u32..64).prop_map(|n| format!("maxlength: {n}")),
        prop_oneof![4 => 1u32..5, 1 => Just(0)].prop_map(|n| format!("max-consecutive: {n}")),
        (
            prop::sample::select(vec!["required", "allowed"]),
            prop::collection::vec(class(), 1..3)
        )
            .prop_map(|(name, classes)| format!("{name}: {}", classes.join(", "))),
    ]
}

fn rules_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        4 => Just(None),
        6 => prop::collection::vec(rule(), 1..5).prop_map(|r| Some(r.join("; "))),
        1 => prop::collection::vec(
            prop::sample::select(vec![
                "required", "allowed", "minlength", ":", ";", ",", " ", "upper", "[", "]", "-",
                "[ab]", "12", "é", "\n", "max-consecutive",
            ]),
            0..8,
        )
        .prop_map(|t| Some(t.concat())),
        1 => ".{0,30}".prop_map(Some),
    ]
}

fn small() -> impl Strategy<Value = usize> {
    prop_oneof![4 => Just(0usize), 2 => 0usize..=4, 1 => 0usize..=12]
}

fn options() -> impl Strategy<Value = PolicyOptions> {
    (
        prop_oneof![
            4 => Just(None),
            6 => (9usize..=40).prop_map(Some),
            1 => (0usize..=200).prop_map(Some),
            1 => (1000usize..=1100).prop_map(Some),
        ],
        prop_oneof![3 => Just(4u8), 1 => 1u8..=4],
        0u8..8,
        prop_oneof![
            4 => Just(None),
            2 => "[-_!@#$%.]{1,5}".prop_map(Some),
            1 => "[-_!@#$%a1 é\t]{0,4}".prop_map(Some),
        ],
        "[a-z0-9!-/ é]{0,8}",
        (small(), small(), small(), small()),
        prop_oneof![6 => Just(None), 4 => (1usize..=4).prop_map(Some), 1 => Just(Some(0))],
        rules_text(),
    )
        .prop_map(
            |(length, set, bits, symbols, exclude, (l, u, d, s), max_consecutive, rules)| {
                let toggles = Toggle::ALL
                    .iter()
                    .enumerate()
                    .fold(Toggles::NONE, |t, (i, &toggle)| {
                        t.with(toggle, bits >> i & 1 == 1)
                    });
                PolicyOptions {
                    length,
                    set: CharSet::from_number(set).unwrap_or_default(),
                    toggles,
                    symbols,
                    exclude,
                    minimums: Minimums {
                        lower: l,
                        upper: u,
                        digits: d,
                        symbols: s,
                    },
                    max_consecutive,
                    rules,
                }
            },
        )
}

/// Every clause of `options`, checked on `password` without the compiled policy.
fn meets(options: &PolicyOptions, policy: &Policy, password: &[u8]) -> Result<(), String> {
    let rules = options
        .rules
        .as_deref()
        .and_then(|t| parse_rules(t).ok())
        .flatten();
    let fail = |what: &str| Err(format!("{what}: {:?}", String::from_utf8_lossy(password)));
    if password.len() != policy.length() || !(9..=1024).contains(&password.len()) {
        return fail("length");
    }
    if options.length.is_some_and(|l| l != password.len()) {
        return fail("asked length");
    }
    if let Some(r) = &rules {
        if r.min_length.is_some_and(|m| password.len() < m)
            || r.max_length.is_some_and(|m| password.len() > m)
        {
            return fail("rules' length");
        }
        if !password.iter().all(|&b| r.allowed.contains(b)) {
            return fail("rules' alphabet");
        }
        if !r
            .required
            .iter()
            .all(|line| password.iter().any(|&b| line.chars.contains(b)))
        {
            return fail("rules' required");
        }
    } else {
        let classes = Class::of_set(options.set);
        if !password
            .iter()
            .all(|&b| classes.contains(&Class::of(b)) && b != b' ')
        {
            return fail("set");
        }
        if options.toggles.contains(Toggle::EachClass)
            && !classes
                .iter()
                .all(|&c| password.iter().any(|&b| Class::of(b) == c))
        {
            return fail("each class");
        }
    }
    if !password.iter().all(|&b| b.is_ascii_graphic() || b == b' ') {
        return fail("printable");
    }
    if password
        .iter()
        .any(|&b| options.exclude.as_bytes().contains(&b))
    {
        return fail("exclude");
    }
    if let Some(symbols) = &options.symbols
        && password
            .iter()
            .any(|&b| !b.is_ascii_alphanumeric() && !symbols.as_bytes().contains(&b))
    {
        return fail("symbols");
    }
    if options.toggles.contains(Toggle::NoLookAlikes)
        && password.iter().any(|b| LOOK_ALIKES.contains(b))
    {
        return fail("look-alikes");
    }
    if options.toggles.contains(Toggle::NoRepeats) {
        let mut sorted = password.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted.len() != password.len() {
            return fail("repeats");
        }
    }
    for class in Class::ALL {
        if password.iter().filter(|&&b| Class::of(b) == class).count() < options.minimums.get(class)
        {
            return fail("minimum");
        }
    }
    let limit = [
        options.max_consecutive,
        rules.as_ref().and_then(|r| r.max_consecutive),
    ]
    .into_iter()
    .flatten()
    .min();
    if let Some(k) = limit
        && password.chunk_by(|a, b| a == b).any(|run| run.len() > k)
    {
        return fail("max consecutive");
    }
    Ok(())
}

proptest! {
    // Failures print their minimal input instead of writing a regressions file here.
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn passwords_meet_the_options_or_are_refused(options in options(), seed in any::<u64>()) {
        let start = Instant::now();
        match Policy::compile(&options) {
            Err(e) => prop_assert!(!e.to_string().is_empty()),
            Ok(policy) => {
                prop_assert!(policy.entropy_bits().is_finite() && policy.entropy_bits() >= 0.0);
                let mut generator = Generator::new(&policy);
                let mut rng = StdRng::seed_from_u64(seed);
                let mut out = Vec::new();
                for _ in 0..3 {
                    generator.fill(&mut rng, &mut out);
                    prop_assert!(policy.admits(&out));
                    if let Err(why) = meets(&options, &policy, &out) {
                        prop_assert!(false, "{why} for {options:?}");
                    }
                }
            }
        }
        prop_assert!(start.elapsed() < PATIENCE, "{options:?} took {:?}", start.elapsed());
    }

    #[test]
    fn any_rules_text_parses_or_is_refused(text in ".{0,60}") {
        match parse_rules(&text) {
            Ok(Some(rules)) => prop_assert!(!rules.to_string().contains('\n')),
            Ok(None) => prop_assert!(text.trim().is_empty()),
            Err(e) => prop_assert!(e.to_string().starts_with("Rules: ")),
        }
    }
}
