//! `keysmith passphrase`, run as a real process: shapes, each flag, the entropy figures the
//! README gives, refusals and exit codes, and closed pipes.
//!
//! The words are checked against the EFF list as the `diceware_wordlists` crate ships it, not
//! through keysmith's own loader.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use crate::support::cli;

#[test]
fn the_shipped_eff_list_is_the_published_one_in_its_order() {
    let eff = keysmith_core::wordlist::WordList::eff_long();
    let shipped: Vec<&str> = eff.words().collect();
    let published: Vec<&str> = diceware_wordlists::Wordlist::EffLong.get_list().to_vec();
    assert_eq!(shipped.len(), 7776);
    assert_eq!(shipped, published);
}

fn eff() -> HashSet<&'static str> {
    diceware_wordlists::Wordlist::EffLong
        .get_list()
        .iter()
        .copied()
        .collect()
}

/// `keysmith passphrase args`, with `/dev/null` on stdin.
fn run(args: &[&str]) -> Output {
    let args: Vec<&str> = ["passphrase"].iter().chain(args).copied().collect();
    cli::run(&args).null_stdin().output()
}

/// Exit 0, nothing on stderr: the lines of stdout.
fn lines(args: &[&str]) -> Vec<String> {
    let output = run(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?} wrote to stderr: {stderr}");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(stdout.ends_with('\n'), "{args:?}: {stdout:?}");
    stdout.lines().map(str::to_owned).collect()
}

/// Exit `code`, nothing on stdout: the stderr text.
fn failure(code: i32, args: &[&str]) -> String {
    let output = run(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?} printed something");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// A word list file in Cargo's scratch folder for integration tests.
fn list_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).expect("write the list");
    path
}

#[test]
fn the_default_is_one_line_of_seven_small_eff_words() {
    let words = eff();
    let output = lines(&[]);
    assert_eq!(output.len(), 1);
    let parts: Vec<&str> = output[0].split(' ').collect();
    assert_eq!(parts.len(), 7, "{output:?}");
    assert!(parts.iter().all(|w| words.contains(w)), "{output:?}");
}

#[test]
fn count_and_word_count_set_the_shape() {
    let words = eff();
    for (w, n) in [("3", "50"), ("40", "5")] {
        let output = lines(&["--words", w, "-n", n]);
        assert_eq!(output.len().to_string(), n);
        for line in &output {
            let parts: Vec<&str> = line.split(' ').collect();
            assert_eq!(parts.len().to_string(), w, "{line}");
            assert!(parts.iter().all(|p| words.contains(p)), "{line}");
        }
    }
    let distinct: HashSet<String> = lines(&["-w", "3", "-n", "200"]).into_iter().collect();
    assert!(
        distinct.len() > 190,
        "repeats among 200: {}",
        200 - distinct.len()
    );
}

#[test]
fn a_hyphen_separator_leaves_out_the_hyphenated_eff_words() {
    // With "drop-down" or "t-shirt" in a phrase, splitting at "-" would find too many words.
    let words = eff();
    for line in lines(&["-w", "5", "-n", "3000", "--separator", "-"]) {
        let parts: Vec<&str> = line.split('-').collect();
        assert_eq!(parts.len(), 5, "{line}");
        assert!(parts.iter().all(|p| words.contains(p)), "{line}");
    }
}

#[test]
fn each_case_spells_the_words_so() {
    let words = eff();
    let title = |w: &str| w[..1].to_uppercase() + &w[1..];
    for case in ["lower", "title", "upper", "mixed"] {
        let mut seen_title = false;
        let mut seen_lower = false;
        for line in lines(&["--case", case, "-n", "40", "--separator", "_"]) {
            for part in line.split('_') {
                let lower = part.to_lowercase();
                assert!(words.contains(lower.as_str()), "{part}");
                let ok = match case {
                    "lower" => part == lower,
                    "title" => part == title(&lower),
                    "upper" => part == lower.to_uppercase(),
                    _ => part == lower || part == title(&lower),
                };
                assert!(ok, "{case}: {part}");
                seen_title |= part != lower;
                seen_lower |= part == lower;
            }
        }
        if case == "mixed" {
            assert!(seen_title && seen_lower, "mixed gave one case only");
        }
    }
}

#[test]
fn an_empty_separator_runs_title_words_together() {
    let words = eff();
    for line in lines(&["--separator", "", "--case", "title", "-n", "50"]) {
        // Each capital starts a word.
        let starts: Vec<usize> = line
            .match_indices(char::is_uppercase)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(starts.len(), 7, "{line}");
        let ends = starts.iter().skip(1).copied().chain([line.len()]);
        for (start, end) in starts.iter().zip(ends) {
            assert!(
                words.contains(line[*start..end].to_lowercase().as_str()),
                "{line}"
            );
        }
    }
    let stderr = failure(1, &["--separator", ""]);
    assert!(stderr.contains("With no separator"), "{stderr}");
}

#[test]
fn the_number_is_one_digit_after_one_word() {
    let words = eff();
    for line in lines(&["--number", "-n", "100", "-w", "4"]) {
        let parts: Vec<&str> = line.split(' ').collect();
        assert_eq!(parts.len(), 4);
        assert_eq!(
            line.chars().filter(char::is_ascii_digit).count(),
            1,
            "{line}"
        );
        for part in parts {
            let word = part.trim_end_matches(|c: char| c.is_ascii_digit());
            assert!(words.contains(word), "{line}");
        }
    }
}

#[test]
fn entropy_prints_the_exact_bits_and_no_passphrase() {
    assert_eq!(lines(&["--entropy"]), ["90.47"]);
    assert_eq!(lines(&["--entropy", "--case", "mixed"]), ["97.47"]);
    assert_eq!(lines(&["--entropy", "-w", "6", "--number"]), ["83.46"]);
    // -n does not change the one figure, and is said to be unused.
    let both = cli::output(&["passphrase", "--entropy", "-n", "5"]);
    assert_eq!(both.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&both.stdout), "90.47\n");
    let note = String::from_utf8_lossy(&both.stderr);
    assert!(
        note.contains("-n is not used"),
        "said, not ignored: {note:?}"
    );
    let alone = cli::output(&["passphrase", "--entropy"]);
    assert!(alone.stderr.is_empty(), "no note without -n");
    // Without the four hyphenated words: 40 log2(7772) = 516.96, not 40 log2(7776) = 516.99.
    assert_eq!(
        lines(&["--entropy", "-w", "40", "--separator", "-"]),
        ["516.96"]
    );
    assert_eq!(lines(&["--entropy", "-w", "40"]), ["516.99"]);
}

#[test]
fn a_user_list_is_used_and_its_faults_named() {
    let words: Vec<String> = (0..1000).map(|i| format!("zq{i}")).collect();
    let path = list_file("thousand.txt", (words.join("\n") + "\n").as_bytes());
    let path = path.to_str().expect("UTF-8 path");
    let known: HashSet<&str> = words.iter().map(String::as_str).collect();
    for line in lines(&["--wordlist", path, "-n", "20", "--separator", "."]) {
        assert!(line.split('.').all(|w| known.contains(w)), "{line}");
    }
    // log2(1000) × 7.
    assert_eq!(lines(&["--wordlist", path, "--entropy"]), ["69.76"]);

    let short = list_file("short.txt", words[..999].join("\n").as_bytes());
    let stderr = failure(1, &["--wordlist", short.to_str().expect("UTF-8")]);
    assert!(
        stderr.contains("short.txt") && stderr.contains("999 distinct words"),
        "{stderr}"
    );

    let bad = list_file("bad.txt", b"one\ntwo\nth\xFFree\n");
    let stderr = failure(1, &["--wordlist", bad.to_str().expect("UTF-8")]);
    assert!(stderr.contains("line 3 is not UTF-8"), "{stderr}");

    let stderr = failure(1, &["--wordlist", "/no/such/list.txt"]);
    assert!(
        stderr.starts_with("cannot read the word list /no/such/list.txt"),
        "{stderr}"
    );
}

#[test]
fn rules_refuse_with_exit_1() {
    let cases: [(&[&str], &str); 6] = [
        (&["-w", "2"], "at least 3"),
        (&["-w", "41"], "at most 40"),
        (
            &["--separator", "------"],
            "at most 5 characters (it has 6)",
        ),
        (&["--separator", "\t"], "U+0009"),
        (&["--separator", "1", "--number"], "cannot contain a digit"),
        (&["--separator", "", "--case", "upper"], "use title case"),
    ];
    for (args, wanted) in cases {
        let stderr = failure(1, args);
        assert!(stderr.contains(wanted), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    assert_eq!(lines(&["-w", "3", "--separator", "-----"]).len(), 1);
}

#[test]
fn malformed_flags_are_usage_errors() {
    for args in [
        &["-n", "0"][..],
        &["--case", "camel"],
        &["-w", "x"],
        &["--frobnicate"],
    ] {
        let stderr = failure(2, args);
        assert!(stderr.starts_with("error:"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let mut child = cli::command(&["passphrase", "-n", "1000000"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("keysmith starts");
    let mut reader = BufReader::new(child.stdout.take().expect("piped"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("one line");
    drop(reader);
    let output = child.wait_with_output().expect("keysmith ends");
    assert_eq!(first.trim_end().split(' ').count(), 7, "{first:?}");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn piped_into_head_ends_quietly_with_success() {
    let output = Command::new("sh")
        .args([
            "-c",
            r#"{ "$0" passphrase -n 200000; echo "exit=$?" >&2; } | head -n 2"#,
            env!("CARGO_BIN_EXE_keysmith"),
        ])
        .stdin(Stdio::null())
        .output()
        .expect("sh runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 2);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "exit=0\n");
}
