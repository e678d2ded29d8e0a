//! `keysmith password` and `keysmith otp` for scripts, run as a real process: lengths, sets and
//! their classes, codes of each format, refusals and usage errors, `--help`, and closed pipes
//! and unwritable output.
//!
//! The alphabets and messages come from `support::spec`, spelled out by hand rather than taken
//! from the crate, so these tests check the binary against the documented behaviour, not
//! against itself.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command as StdCommand, Output, Stdio};

use crate::support::cli;
use crate::support::spec::{
    DIGITS, LOOK_ALIKES, OTP_ALNUM, WEAK_LENGTH, assert_only_from, has_any, set_classes,
};

fn stdout_of(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exit 0, nothing on stderr, and the stdout lines.
fn success_lines(args: &[&str]) -> Vec<String> {
    let output = cli::output(args);
    let stderr = stderr_of(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "keysmith {args:?} failed; stderr: {stderr}"
    );
    assert!(
        stderr.is_empty(),
        "keysmith {args:?} wrote to stderr: {stderr}"
    );
    let stdout = stdout_of(&output);
    assert!(
        stdout.ends_with('\n'),
        "keysmith {args:?}: output does not end with a newline: {stdout:?}"
    );
    stdout.lines().map(str::to_owned).collect()
}

/// Exit 1, nothing on stdout, and the stderr text.
fn refusal(args: &[&str]) -> String {
    let output = cli::output(args);
    let stderr = stderr_of(&output);
    assert_eq!(
        output.status.code(),
        Some(1),
        "keysmith {args:?} should be refused; stderr: {stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "keysmith {args:?} printed {:?}",
        stdout_of(&output)
    );
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    stderr
}

/// Exit 2 with a short clap message naming `culprit`.
fn assert_usage_error(args: &[&str], culprit: &str) {
    let output = cli::output(args);
    let stderr = stderr_of(&output);
    assert_eq!(
        output.status.code(),
        Some(2),
        "keysmith {args:?} should be a usage error; stderr: {stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "keysmith {args:?} printed {:?}",
        stdout_of(&output)
    );
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    let first = stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error:"),
        "keysmith {args:?}: the message should start with `error:`: {stderr:?}"
    );
    assert!(
        first.contains(&format!("'{culprit}'")),
        "keysmith {args:?}: the message should name '{culprit}': {stderr:?}"
    );
    assert!(
        stderr.lines().count() <= 6,
        "keysmith {args:?}: the message is too long: {stderr:?}"
    );
}

#[test]
fn password_lines_have_the_length_the_set_and_every_class() {
    let lines = success_lines(&["password", "-l", "16", "-s", "4", "-n", "5"]);
    assert_eq!(lines.len(), 5, "{lines:?}");
    let all: String = set_classes(4).concat();
    assert_eq!(all.len(), 94);
    for line in &lines {
        assert_eq!(line.chars().count(), 16, "{line:?}");
        assert_only_from(line, &all, "set 4");
        for class in set_classes(4) {
            assert!(has_any(line, class), "{line:?} has nothing from {class:?}");
        }
    }
}

#[test]
fn password_defaults_to_one_line_of_16_from_all_94() {
    let lines = success_lines(&["password"]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0].chars().count(), 16, "{lines:?}");
    assert_only_from(&lines[0], &set_classes(4).concat(), "default set");
}

#[test]
fn each_set_by_number_and_name_uses_only_its_alphabet_and_every_class() {
    let names = ["lower", "letters", "alnum", "all"];
    for set in 1..=4u8 {
        let classes = set_classes(set);
        let alphabet = classes.concat();
        let number = set.to_string();
        for chosen in [number.as_str(), names[usize::from(set - 1)]] {
            let lines = success_lines(&["password", "-s", chosen, "-l", "40", "-n", "20"]);
            assert_eq!(lines.len(), 20, "-s {chosen}: {lines:?}");
            for line in &lines {
                assert_eq!(line.chars().count(), 40, "-s {chosen}: {line:?}");
                assert_only_from(line, &alphabet, &format!("-s {chosen}"));
                for class in &classes {
                    assert!(
                        has_any(line, class),
                        "-s {chosen}: {line:?} has nothing from {class:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn long_flags_work_like_short_ones() {
    let lines = success_lines(&[
        "password", "--length", "12", "--set", "alnum", "--count", "3",
    ]);
    assert_eq!(lines.len(), 3, "{lines:?}");
    for line in &lines {
        assert_eq!(line.chars().count(), 12, "{line:?}");
        assert_only_from(line, &set_classes(3).concat(), "--set alnum");
    }
}

#[test]
fn each_class_holds_even_at_the_shortest_length() {
    // At length 9, about a third of unconstrained draws miss the digits: rejection sampling
    // must redraw every one of them.
    let lines = success_lines(&["password", "-l", "9", "-n", "200"]);
    assert_eq!(lines.len(), 200);
    for line in &lines {
        assert_eq!(line.chars().count(), 9, "{line:?}");
        for class in set_classes(4) {
            assert!(has_any(line, class), "{line:?} has nothing from {class:?}");
        }
    }
}

#[test]
fn no_each_class_is_accepted_and_lets_a_class_go_missing() {
    let lines = success_lines(&["password", "-l", "9", "-n", "200", "--no-each-class"]);
    assert_eq!(lines.len(), 200);
    let all = set_classes(4).concat();
    for line in &lines {
        assert_eq!(line.chars().count(), 9, "{line:?}");
        assert_only_from(line, &all, "--no-each-class");
    }
    // Each line lacks a digit with probability (84/94)^9 ≈ 0.36, so among 200 lines one
    // missing a class is a certainty unless the flag is ignored.
    let missing_a_class = lines
        .iter()
        .filter(|line| set_classes(4).iter().any(|class| !has_any(line, class)))
        .count();
    assert!(
        missing_a_class > 0,
        "--no-each-class made no difference: every line has every class"
    );
}

#[test]
fn no_look_alikes_leaves_them_out() {
    // 200 × 64 characters: without the flag, each character is a look-alike 12 times in 94.
    let lines = success_lines(&["password", "-l", "64", "-n", "200", "--no-look-alikes"]);
    assert_eq!(lines.len(), 200);
    let all = set_classes(4).concat();
    let mut seen = HashSet::new();
    for line in &lines {
        assert_eq!(line.chars().count(), 64, "{line:?}");
        assert_only_from(line, &all, "--no-look-alikes");
        for c in line.chars() {
            assert!(!LOOK_ALIKES.contains(c), "look-alike {c:?} in {line:?}");
            seen.insert(c);
        }
        for class in set_classes(4) {
            assert!(has_any(line, class), "{line:?} has nothing from {class:?}");
        }
    }
    assert_eq!(
        seen.len(),
        94 - LOOK_ALIKES.len(),
        "every other character should turn up in 12800 draws"
    );
}

#[test]
fn no_repeats_uses_each_character_at_most_once() {
    for (set, length) in [
        ("4", "94"),
        ("4", "30"),
        ("3", "62"),
        ("1", "26"),
        ("2", "20"),
    ] {
        let lines = success_lines(&[
            "password",
            "-s",
            set,
            "-l",
            length,
            "-n",
            "10",
            "--no-repeats",
        ]);
        assert_eq!(lines.len(), 10, "-s {set} -l {length}");
        let alphabet = set_classes(set.parse().unwrap()).concat();
        for line in &lines {
            let chars: Vec<char> = line.chars().collect();
            assert_eq!(chars.len().to_string(), length, "{line:?}");
            assert_only_from(line, &alphabet, "--no-repeats");
            let distinct: HashSet<char> = chars.iter().copied().collect();
            assert_eq!(distinct.len(), chars.len(), "a repeat in {line:?}");
        }
    }
}

#[test]
fn lengths_9_and_1024_are_the_bounds_that_pass() {
    for length in ["9", "1024"] {
        let lines = success_lines(&["password", "-l", length]);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].chars().count().to_string(), length);
    }
}

#[test]
fn otp_default_is_one_code_of_six_digits() {
    let lines = success_lines(&["otp"]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0].len(), 6, "{lines:?}");
    assert_only_from(&lines[0], DIGITS, "otp");
}

#[test]
fn otp_digits4_gives_count_codes_of_four_digits() {
    let lines = success_lines(&["otp", "-f", "digits4", "-n", "5"]);
    assert_eq!(lines.len(), 5, "{lines:?}");
    for line in &lines {
        assert_eq!(line.len(), 4, "{line:?}");
        assert_only_from(line, DIGITS, "digits4");
    }
}

#[test]
fn otp_digits8_gives_eight_digits_and_zero_occurs() {
    let lines = success_lines(&["otp", "--format", "digits8", "--count", "100"]);
    assert_eq!(lines.len(), 100);
    for line in &lines {
        assert_eq!(line.len(), 8, "{line:?}");
        assert_only_from(line, DIGITS, "digits8");
    }
    // The tutorial's randint(1, 9) never produced a 0; 800 uniform digits always do.
    assert!(
        lines.iter().any(|line| line.contains('0')),
        "no 0 in 800 digits"
    );
}

#[test]
fn otp_alnum6_uses_only_the_unambiguous_32() {
    let lines = success_lines(&["otp", "-f", "alnum6", "-n", "50"]);
    assert_eq!(lines.len(), 50);
    for line in &lines {
        assert_eq!(line.len(), 6, "{line:?}");
        assert_only_from(line, OTP_ALNUM, "alnum6");
    }
}

#[test]
fn length_8_or_less_is_refused_as_weak() {
    for length in ["8", "0", "1"] {
        let stderr = refusal(&["password", "-l", length]);
        assert_eq!(stderr, format!("{WEAK_LENGTH}\n"), "-l {length}");
    }
}

#[test]
fn length_over_1024_is_refused() {
    let stderr = refusal(&["password", "-l", "1025"]);
    assert!(stderr.contains("1024"), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
}

#[test]
fn no_repeats_longer_than_the_set_is_refused() {
    let stderr = refusal(&["password", "-l", "95", "--no-repeats"]);
    assert!(stderr.contains("94"), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");

    let stderr = refusal(&["password", "-s", "lower", "-l", "27", "--no-repeats"]);
    assert!(stderr.contains("26"), "{stderr:?}");

    // 94 less the 12 look-alikes.
    let stderr = refusal(&["password", "-l", "83", "--no-repeats", "--no-look-alikes"]);
    assert!(stderr.contains("82"), "{stderr:?}");
}

#[test]
fn count_zero_is_a_usage_error() {
    assert_usage_error(&["password", "-n", "0"], "0");
    assert_usage_error(&["otp", "-n", "0"], "0");
}

#[test]
fn negative_length_is_a_usage_error() {
    assert_usage_error(&["password", "-l", "-3"], "-3");
}

#[test]
fn overflowing_length_is_a_usage_error() {
    assert_usage_error(
        &["password", "-l", "99999999999999999999999"],
        "99999999999999999999999",
    );
}

#[test]
fn empty_length_is_a_usage_error() {
    assert_usage_error(&["password", "-l", ""], "");
}

#[test]
fn non_number_length_is_a_usage_error() {
    assert_usage_error(&["password", "-l", "twelve"], "twelve");
}

#[test]
fn unknown_set_is_a_usage_error() {
    assert_usage_error(&["password", "-s", "7"], "7");
    assert_usage_error(&["password", "-s", "0"], "0");
    assert_usage_error(&["password", "-s", "bogus"], "bogus");
}

#[test]
fn unknown_otp_format_is_a_usage_error() {
    assert_usage_error(&["otp", "-f", "x"], "x");
    assert_usage_error(&["otp", "-f", "digits5"], "digits5");
}

#[test]
fn unknown_flag_is_a_usage_error() {
    assert_usage_error(&["password", "--bogus"], "--bogus");
    assert_usage_error(&["otp", "--length", "9"], "--length");
}

#[test]
fn help_lists_both_commands() {
    let lines = success_lines(&["--help"]);
    let text = lines.join("\n");
    assert!(text.contains("password"), "{text}");
    assert!(text.contains("otp"), "{text}");
}

#[test]
fn closed_pipe_ends_quietly_with_success() {
    let mut child = cli::command(&["password", "-n", "1000000"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("keysmith starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut reader = BufReader::new(stdout);
    let mut first = String::new();
    reader.read_line(&mut first).expect("read the first line");
    // Close the read end while the program still has about 17 MB to write.
    drop(reader);
    let output = child.wait_with_output().expect("keysmith ends");
    let stderr = stderr_of(&output);

    let first = first.trim_end_matches('\n');
    assert_eq!(first.chars().count(), 16, "{first:?}");
    assert_only_from(first, &set_classes(4).concat(), "first line");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        !stderr.to_ascii_lowercase().contains("broken pipe"),
        "{stderr}"
    );
    assert!(stderr.is_empty(), "stderr: {stderr}");
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
}

#[test]
fn piped_into_head_ends_quietly_with_success() {
    // The shell reports keysmith's own exit status on stderr, since `head` hides it.
    let output = StdCommand::new("sh")
        .args([
            "-c",
            r#"{ "$0" password -n 100000; echo "keysmith-exit=$?" >&2; } | head -n 1"#,
            env!("CARGO_BIN_EXE_keysmith"),
        ])
        .stdin(Stdio::null())
        .output()
        .expect("sh runs");
    let stdout = stdout_of(&output);
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stdout.lines().count(), 1, "{stdout:?}");
    assert_eq!(stdout.trim_end().chars().count(), 16, "{stdout:?}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        !stderr.to_ascii_lowercase().contains("broken pipe"),
        "{stderr}"
    );
    assert_eq!(stderr, "keysmith-exit=0\n");
}

#[test]
fn a_count_that_is_not_a_number_says_what_a_count_is() {
    let output = cli::output(&["password", "-n", "abc"]);
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("use a whole number of at least 1"),
        "{stderr}"
    );
    assert!(!stderr.contains("18446744073709551615"), "{stderr}");
}

#[test]
fn help_states_every_range_and_default() {
    let text = success_lines(&["--help"]).join("\n");
    for wanted in [
        "1 to 600",
        "[default: 300]",
        "up to 3600",
        "0 means never",
        "[default: 10]",
    ] {
        assert!(text.contains(wanted), "--help lacks {wanted:?}:\n{text}");
    }
}
