//! `keysmith password` with site rules and their options: every password meets
//! every clause, every impossible request is refused with its cause, and --entropy is exact.

use crate::support::cli;
use crate::support::spec::{DIGITS, LOWER, SYMBOLS, UPPER, WEAK_LENGTH, longest_run};

fn lines(args: &[&str]) -> Vec<String> {
    let output = cli::output(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_string)
        .collect()
}

fn refusal(args: &[&str]) -> String {
    let output = cli::output(args);
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{args:?} should be refused: {stderr}"
    );
    assert!(output.stdout.is_empty(), "{args:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    stderr
}

#[test]
fn twenty_thousand_passwords_meet_every_clause_of_a_sites_rules() {
    let rules = "minlength: 12; maxlength: 20; required: lower; required: upper; \
                 required: digit; required: [-!#$%&*_.]; max-consecutive: 2;";
    let allowed_symbols = "-!#$%&*_.";
    let passwords = lines(&["password", "--rules", rules, "-n", "20000"]);
    assert_eq!(passwords.len(), 20_000);
    for password in &passwords {
        let length = password.chars().count();
        assert!((12..=20).contains(&length), "{password:?}");
        assert_eq!(length, 16, "16 is inside the rules' bounds: {password:?}");
        for class in [LOWER, UPPER, DIGITS, allowed_symbols] {
            assert!(
                password.chars().any(|c| class.contains(c)),
                "{password:?} lacks {class}"
            );
        }
        assert!(
            password
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || allowed_symbols.contains(c)),
            "{password:?} has a symbol the rules do not allow"
        );
        assert!(longest_run(password) <= 2, "{password:?}");
    }
}

#[test]
fn symbols_exclude_and_minimums_are_obeyed() {
    let args = [
        "password",
        "-l",
        "12",
        "--symbols",
        "-_.",
        "--exclude",
        "aeiou",
        "--min-digits",
        "3",
        "--min-symbols",
        "2",
        "--max-consecutive",
        "1",
        "-n",
        "2000",
    ];
    for password in lines(&args) {
        assert_eq!(password.len(), 12);
        assert!(
            password.chars().filter(char::is_ascii_digit).count() >= 3,
            "{password}"
        );
        assert!(
            password.chars().filter(|c| "-_.".contains(*c)).count() >= 2,
            "{password}"
        );
        assert!(
            password.chars().all(|c| !"aeiou".contains(c)),
            "{password} has an excluded vowel"
        );
        assert!(
            password
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
            "{password}"
        );
        assert_eq!(longest_run(&password), 1, "{password}");
    }
}

#[test]
fn entropy_is_printed_alone_with_two_decimals_and_matches_the_counts() {
    // 94^16 with nothing required.
    let plain = 16.0 * 94f64.log2();
    assert_eq!(
        lines(&["password", "--no-each-class", "--entropy"]),
        [format!("{plain:.2}")]
    );
    // Each class, by inclusion-exclusion over the four classes (26, 26, 10, 32).
    let sizes = [26.0f64, 26.0, 10.0, 32.0];
    let mut count = 0.0f64;
    for mask in 0u32..16 {
        let left: f64 = (0..4)
            .filter(|i| mask & (1 << i) == 0)
            .map(|i| sizes[i])
            .sum();
        let sign = if mask.count_ones() % 2 == 0 {
            1.0
        } else {
            -1.0
        };
        count += sign * left.powi(16);
    }
    assert_eq!(
        lines(&["password", "--entropy"]),
        [format!("{:.2}", count.log2())]
    );
    assert_eq!(lines(&["password", "--entropy"]), ["104.59"]);
    // One set, no repeats: 26 · 25 · … · 17.
    let falling: f64 = (17..=26).map(|n| f64::from(n).log2()).sum();
    assert_eq!(
        lines(&[
            "password",
            "-s",
            "1",
            "-l",
            "10",
            "--no-repeats",
            "--entropy"
        ]),
        [format!("{falling:.2}")]
    );
}

#[test]
fn impossible_requests_are_refused_with_their_cause() {
    assert_eq!(
        refusal(&["password", "--rules", "maxlength: 8;"]).trim_end(),
        format!(
            "{WEAK_LENGTH} (the rules' maxlength is 8); --allow-short makes one anyway, \
             labelled weak"
        )
    );
    let cases: [(&[&str], &str); 8] = [
        (
            &[
                "password",
                "-l",
                "10",
                "--min-digits",
                "6",
                "--min-symbols",
                "5",
            ],
            "more than the length",
        ),
        (&["password", "-s", "3", "--symbols", "-_"], "has none"),
        (&["password", "--symbols", "a"], "it is a letter"),
        (&["password", "--symbols", "7"], "it is a digit"),
        (
            &["password", "-s", "3", "--exclude", DIGITS],
            "removes every one",
        ),
        (
            &[
                "password",
                "-l",
                "30",
                "--rules",
                "minlength: 12; maxlength: 20;",
            ],
            "from 12 to 20",
        ),
        (
            &["password", "--rules", "required: lower; nonsense: x;"],
            "column",
        ),
        (&["password", "--max-consecutive", "0"], "at least 1"),
    ];
    for (args, cause) in cases {
        let stderr = refusal(args);
        assert!(
            stderr.contains(cause),
            "{args:?}: {stderr:?} does not say {cause:?}"
        );
    }
    assert!(SYMBOLS.contains('-'));
}

#[test]
fn without_a_length_the_rules_bounds_clamp_sixteen() {
    let long = lines(&["password", "--rules", "minlength: 20;"]);
    assert_eq!(long[0].len(), 20);
    let short = lines(&["password", "--rules", "minlength: 9; maxlength: 12;"]);
    assert_eq!(short[0].len(), 12);
}

#[test]
fn a_minimum_too_large_for_any_length_is_refused_by_its_value() {
    let huge = u64::MAX.to_string();
    for extra in [&[][..], &["--max-consecutive", "5"][..]] {
        let mut args = vec!["password", "--min-digits", &huge];
        args.extend_from_slice(extra);
        assert_eq!(
            refusal(&args).trim_end(),
            format!("At least {huge} digits are required, more than the length of 16"),
            "{args:?}"
        );
    }
}

#[test]
fn a_rules_class_of_characters_keysmith_cannot_make_is_refused_by_name() {
    assert_eq!(
        refusal(&[
            "password",
            "--rules",
            "minlength: 12; required: [é]; allowed: [é]"
        ])
        .trim_end(),
        "Rules: keysmith makes passwords of printable ASCII, and cannot make 'é'"
    );
    // A class with some characters keysmith makes is used, and the others are named.
    let mixed = cli::output(&["password", "--rules", "allowed: lower, [-ab\u{3b1}]"]);
    assert_eq!(mixed.status.code(), Some(0));
    let warning = String::from_utf8_lossy(&mixed.stderr);
    assert!(
        warning.contains("'α'") && warning.contains("never draws"),
        "{warning}"
    );
}

#[test]
fn minimums_past_the_length_name_the_ones_each_class_adds() {
    assert_eq!(
        refusal(&["password", "--min-digits", "15"]).trim_end(),
        "The required characters add up to 18 (1 lower, 1 upper, 15 digits, 1 symbol), more than \
         the length of 16"
    );
}
