//! `keysmith completions SHELL` and `keysmith man`, run as real processes: each
//! script names every command, bash accepts the bash one, and the man page renders.

use std::io::Write;
use std::process::{Command as StdCommand, Output, Stdio};

use crate::support::cli;

const COMMANDS: [&str; 7] = [
    "password",
    "passphrase",
    "otp",
    "totp",
    "hotp",
    "completions",
    "man",
];
const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "elvish", "powershell"];

fn stdout(args: &[&str]) -> String {
    let output = cli::output(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?}: {stderr}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Whether `program` can be run here.
fn installed(program: &str) -> bool {
    StdCommand::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `program args` with `input` on stdin.
fn feed(program: &str, args: &[&str], input: &str) -> Output {
    let mut cmd = StdCommand::new(program);
    cmd.args(args);
    feed_to(cmd, input)
}

fn feed_to(mut cmd: StdCommand, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("piped stdin");
    stdin.write_all(input.as_bytes()).expect("feed it");
    drop(stdin);
    child.wait_with_output().expect("ends")
}

#[test]
fn each_shell_gets_a_script_that_names_every_command_and_flag() {
    for shell in SHELLS {
        let script = stdout(&["completions", shell]);
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in COMMANDS {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        // Fish spells them `-l no-look-alikes`.
        for flag in ["profile", "no-look-alikes", "wordlist", "no-config"] {
            assert!(script.contains(flag), "{shell} lacks {flag}");
        }
    }
    // Shell names are taken in any case; others are a usage error.
    assert_eq!(
        stdout(&["completions", "BASH"]),
        stdout(&["completions", "bash"])
    );
    let tcsh = cli::output(&["completions", "tcsh"]);
    assert_eq!(tcsh.status.code(), Some(2));
    let refusal = String::from_utf8_lossy(&tcsh.stderr);
    assert!(
        refusal.contains("no completions for tcsh") && !refusal.contains("'zsh'"),
        "tcsh is named as unsupported, not answered with a look-alike: {refusal}"
    );
    assert_eq!(cli::output(&["completions"]).status.code(), Some(2));
}

#[test]
fn bash_accepts_the_bash_script() {
    let script = stdout(&["completions", "bash"]);
    let output = feed("bash", &["-n"], &script);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // And it completes: the commands after `keysmith `.
    let probe = format!(
        "{script}\nCOMP_WORDS=(keysmith pass); COMP_CWORD=1; _keysmith keysmith pass keysmith; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\""
    );
    let output = feed("bash", &[], &probe);
    let replies = String::from_utf8_lossy(&output.stdout);
    assert!(replies.lines().any(|l| l == "password"), "{replies}");
    assert!(replies.lines().any(|l| l == "passphrase"), "{replies}");
}

#[test]
fn the_man_page_has_a_title_and_every_command() {
    let page = stdout(&["man"]);
    assert!(
        page.lines().any(|l| l.starts_with(".TH keysmith 1")),
        "{page}"
    );
    for command in COMMANDS {
        let heading = format!(".SH \"KEYSMITH {}\"", command.to_uppercase());
        assert!(page.contains(&heading), "no {heading}");
        assert!(
            page.contains(&format!("\\fBkeysmith {command}\\fR")),
            "{command} is not listed"
        );
    }
    for section in [
        ".SH FILES",
        ".SH ENVIRONMENT",
        ".SH \"EXIT STATUS\"",
        ".SH \"KEYSMITH TOTP NEW\"",
    ] {
        assert!(
            page.contains(section) || page.contains(&section.replace('"', "")),
            "no {section}"
        );
    }
    assert!(page.contains("\\-\\-profile"), "the options are in it");
}

#[test]
fn the_man_page_renders_without_warnings() {
    let page = stdout(&["man"]);
    if installed("groff") {
        let output = feed("groff", &["-man", "-Tutf8", "-ww", "-z"], &page);
        let warnings = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && warnings.is_empty(),
            "groff: {warnings}"
        );
    } else {
        eprintln!("skipped groff: not installed");
    }
    if installed("man") {
        let mut cmd = StdCommand::new("man");
        cmd.args(["-l", "-"]).env("MANWIDTH", "80");
        let output = feed_to(cmd, &page);
        let text = String::from_utf8_lossy(&output.stdout);
        let warnings = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "man: {warnings}");
        assert!(warnings.is_empty(), "man: {warnings}");
        for wanted in ["NAME", "KEYSMITH PASSWORD", "--profile", "KEYSMITH_CONFIG"] {
            assert!(
                text.contains(wanted),
                "the rendered page lacks {wanted}:\n{text}"
            );
        }
    } else {
        eprintln!("skipped man -l: man is not installed");
    }
}

#[test]
fn a_closed_pipe_ends_both_quietly() {
    for args in [&["completions", "zsh"][..], &["man"][..]] {
        let output = StdCommand::new("sh")
            .args([
                "-c",
                r#"{ "$0" "$@"; echo "exit=$?" >&2; } | head -c 1 >/dev/null"#,
                env!("CARGO_BIN_EXE_keysmith"),
            ])
            .args(args)
            .output()
            .expect("sh runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr, "exit=0\n", "{args:?}");
    }
}

/// Whoever made data keysmith ships, and under what licence, as NOTICE names them: a data set
/// added to NOTICE and not to the page fails here.
#[test]
fn the_man_page_credits_every_data_set_the_notice_lists() {
    let notice = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/NOTICE"))
        .expect("NOTICE is in the package");
    let page = stdout(&["man"]).replace("\\-", "-");
    let copyright = page
        .split(".SH COPYRIGHT")
        .nth(1)
        .expect("the page has a COPYRIGHT section");
    let mut credited = 0;
    let mut owner = None;
    for line in notice.lines().skip(1) {
        if !line.is_empty() && !line.starts_with(' ') {
            owner = line.split("'s ").next().map(str::to_owned);
        }
        let Some((_, terms)) = line.split_once("Licence: ") else {
            continue;
        };
        let licence = match terms.split_once('(') {
            Some((_, short)) => short.split(')').next().unwrap_or(short),
            None => terms.split(',').next().unwrap_or(terms),
        };
        let owner = owner
            .take()
            .expect("a licence comes under its data set's heading");
        assert!(
            copyright.contains(&owner),
            "{owner} is not credited:\n{copyright}"
        );
        assert!(
            copyright.contains(licence),
            "{licence} is not named:\n{copyright}"
        );
        credited += 1;
    }
    assert_eq!(credited, 2, "NOTICE's data sets: {notice}");
    assert!(copyright.contains("NOTICE"), "{copyright}");
}
