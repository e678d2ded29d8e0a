//! Options to policies: what each option becomes, and entropies checked against an
//! independent inclusion–exclusion on the menu sets.

use crate::charset::{CharSet, LOOK_ALIKES, SYMBOLS};
use crate::policy::byteset::ByteSet;
use crate::policy::{Method, Minimums, Overridden, Policy, PolicyOptions, Toggle, Toggles};

fn compile(options: PolicyOptions) -> Policy {
    Policy::compile(&options).unwrap_or_else(|e| panic!("{options:?}: {e}"))
}

/// log2 of the strings of `length` over classes of these sizes with every class present:
/// `Σ_S (−1)^|S| (n − Σ_S)^length`, in f64, fine for these sizes.
fn each_class_bits(sizes: &[usize], length: usize) -> f64 {
    let n: usize = sizes.iter().sum();
    let total: f64 = (0u32..1 << sizes.len())
        .map(|mask| {
            let removed: usize = (0..sizes.len())
                .filter(|i| mask >> i & 1 == 1)
                .map(|i| sizes[i])
                .sum();
            let sign = if mask.count_ones() % 2 == 0 {
                1.0
            } else {
                -1.0
            };
            sign * ((n - removed) as f64 / n as f64).powi(length as i32)
        })
        .sum();
    length as f64 * (n as f64).log2() + total.log2()
}

#[test]
fn the_default_is_sixteen_of_set_four_with_each_class() {
    let policy = compile(PolicyOptions::default());
    assert_eq!(policy.length(), 16);
    assert_eq!(policy.alphabet().len(), 94);
    let names: Vec<&str> = policy
        .requirements()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, ["lower", "upper", "digit", "symbol"]);
    assert!(matches!(policy.method(), Method::Rejection { acceptance } if acceptance > 0.8));
    let want = each_class_bits(&[26, 26, 10, 32], 16);
    assert!(
        (policy.entropy_bits() - want).abs() < 1e-9,
        "{}",
        policy.entropy_bits()
    );
}

#[test]
fn menu_sets_match_inclusion_exclusion() {
    for set in CharSet::ALL {
        for no_look_alikes in [false, true] {
            for length in [9, 16, 40, 200] {
                let toggles =
                    Toggles::of(&[Toggle::EachClass]).with(Toggle::NoLookAlikes, no_look_alikes);
                let policy = compile(PolicyOptions {
                    length: Some(length),
                    set,
                    toggles,
                    ..PolicyOptions::default()
                });
                let sizes: Vec<usize> = set
                    .classes()
                    .iter()
                    .map(|c| {
                        c.iter()
                            .filter(|b| !(no_look_alikes && LOOK_ALIKES.contains(b)))
                            .count()
                    })
                    .collect();
                let want = each_class_bits(&sizes, length);
                let got = policy.entropy_bits();
                assert!(
                    (got - want).abs() < 1e-6,
                    "{set:?} {no_look_alikes} {length}: {got} vs {want}"
                );
            }
        }
    }
}

#[test]
fn no_repeats_is_a_falling_factorial() {
    let policy = compile(PolicyOptions {
        length: Some(26),
        set: CharSet::Lower,
        toggles: Toggles::of(&[Toggle::NoRepeats]),
        ..PolicyOptions::default()
    });
    let want: f64 = (1..=26).map(|i| f64::from(i).log2()).sum();
    assert!((policy.entropy_bits() - want).abs() < 1e-9);
}

#[test]
fn symbols_replace_set_fours_symbols() {
    let policy = compile(PolicyOptions {
        symbols: Some("-_-".into()),
        ..PolicyOptions::default()
    });
    let symbols: Vec<u8> = policy
        .alphabet()
        .into_iter()
        .filter(|b| SYMBOLS.contains(b))
        .collect();
    assert_eq!(symbols, b"-_");
    let want = each_class_bits(&[26, 26, 10, 2], 16);
    assert!((policy.entropy_bits() - want).abs() < 1e-9);
}

#[test]
fn exclude_and_minimums() {
    let policy = compile(PolicyOptions {
        exclude: "abc€ ".into(),
        minimums: Minimums {
            lower: 3,
            digits: 2,
            ..Minimums::default()
        },
        ..PolicyOptions::default()
    });
    assert!(!policy.alphabet().iter().any(|b| b"abc".contains(b)));
    assert_eq!(policy.alphabet().len(), 91);
    let mins: Vec<(String, usize)> = policy
        .requirements()
        .iter()
        .map(|r| (r.name.clone(), r.min))
        .collect();
    assert_eq!(
        mins,
        [
            ("lower".into(), 3),
            ("upper".into(), 1),
            ("digit".into(), 2),
            ("symbol".into(), 1)
        ]
    );
}

#[test]
fn without_a_length_rules_clamp_sixteen() {
    let with = |text: &str| {
        compile(PolicyOptions {
            rules: Some(text.into()),
            ..PolicyOptions::default()
        })
    };
    assert_eq!(with("minlength: 20").length(), 20);
    assert_eq!(with("maxlength: 12").length(), 12);
    assert_eq!(with("minlength: 10; maxlength: 30").length(), 16);
    assert_eq!(with("minlength: 4").lengths(), 9..=1024);
    assert_eq!(with("minlength: 10; maxlength: 30").lengths(), 10..=30);
}

#[test]
fn rules_set_the_alphabet_requirements_and_run_limit() {
    let policy = compile(PolicyOptions {
        max_consecutive: Some(3),
        rules: Some(
            "minlength: 12; maxlength: 20; required: lower; required: upper; required: digit; \
             required: [-!#$%&*_.]; max-consecutive: 2;"
                .into(),
        ),
        ..PolicyOptions::default()
    });
    assert_eq!(policy.length(), 16);
    assert_eq!(policy.max_consecutive(), Some(2));
    assert_eq!(
        policy.overridden(),
        [Overridden::Set, Overridden::EachClass]
    );
    assert_eq!(policy.alphabet().len(), 26 + 26 + 10 + 9);
    let names: Vec<&str> = policy
        .requirements()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    // `[-!#$%&*_.]` is every symbol the rules allow, so it is the symbol class.
    assert_eq!(names, ["lower", "upper", "digit", "symbol"]);
    assert_eq!(
        policy.rules().map(ToString::to_string).as_deref(),
        Some(
            "12–20 chars · needs lower, upper, digit, [!#$%&*-._] · symbols !#$%&*-._ · max 2 in a row"
        )
    );
}

#[test]
fn with_rules_symbols_narrow_the_rules_symbols() {
    let policy = compile(PolicyOptions {
        symbols: Some("!".into()),
        rules: Some("allowed: lower, [-!#]".into()),
        ..PolicyOptions::default()
    });
    assert_eq!(policy.alphabet_set(), ByteSet::range(b'a', b'z').with(b'!'));
}

#[test]
fn look_alikes_and_exclude_apply_to_rules_too() {
    let policy = compile(PolicyOptions {
        exclude: "xyz".into(),
        toggles: Toggles::of(&[Toggle::NoLookAlikes]),
        rules: Some("allowed: lower, digit".into()),
        ..PolicyOptions::default()
    });
    // Less x y z, l, and the digits 0 1 6 8.
    assert_eq!(policy.alphabet().len(), 26 + 10 - 3 - 1 - 4);
}

#[test]
fn space_only_where_the_rules_name_it() {
    let named = compile(PolicyOptions {
        length: Some(40),
        rules: Some("allowed: lower, [ ]; required: [ ]".into()),
        ..PolicyOptions::default()
    });
    assert!(named.alphabet().contains(&b' '));
    let unnamed = compile(PolicyOptions {
        rules: Some("allowed: ascii-printable; required: special".into()),
        ..PolicyOptions::default()
    });
    assert!(!unnamed.alphabet().contains(&b' '));
}

#[test]
fn a_generated_password_is_a_redacted_secret() {
    use rand::SeedableRng;
    use secrecy::ExposeSecret;
    let policy = compile(PolicyOptions::default());
    let mut rng = rand::rngs::StdRng::seed_from_u64(5);
    let password = crate::policy::generate(&policy, &mut rng);
    assert!(policy.admits(password.expose_secret().as_bytes()));
    let debug = format!("{password:?}");
    assert!(
        !debug.contains(password.expose_secret()) && debug.contains("REDACTED"),
        "{debug}"
    );
}

#[test]
fn rules_that_force_every_character_have_an_entropy_of_exactly_zero() {
    // Found by the property test: the one password (34 dots) counted a hair under 1, so the
    // entropy came out negative and printed as -0.00.
    for length in [9, 34, 200] {
        let policy = compile(PolicyOptions {
            length: Some(length),
            toggles: Toggles::default().with(Toggle::NoLookAlikes, true),
            symbols: Some(".".into()),
            rules: Some("required: [.]".into()),
            ..PolicyOptions::default()
        });
        assert_eq!(policy.entropy_bits(), 0.0, "length {length}");
        assert!(policy.entropy_bits().is_sign_positive(), "length {length}");
    }
}
