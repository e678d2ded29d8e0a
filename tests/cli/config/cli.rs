//! `--profile` through the binary: the profile's options under the flags given, unknown
//! names, broken files, and where the file is looked for (`--config`, `KEYSMITH_CONFIG`,
//! `XDG_CONFIG_HOME`, `~/.config`), each set in the child's environment only.

use std::process::Output;

use clap::Parser;
use keysmith::for_tests::{Cli, Command};

use super::Scratch;
use crate::support::cli;

const FILE: &str = "length = 40  # what the TUI remembered: the command line ignores it\n\
    \n[profiles.bank]\nlength = 12\nset = \"alnum\"\n\
    \n[profiles.words]\nwords = 4\nseparator = \"-\"\ncase = \"upper\"\n";

/// Runs the binary with a clean environment: only HOME and XDG_CONFIG_HOME inside
/// `scratch`, plus `env`.
fn keysmith(scratch: &Scratch, args: &[&str], env: &[(&str, &str)]) -> Output {
    cli::run(args)
        .env_remove("KEYSMITH_CONFIG")
        .env("HOME", scratch.path("home"))
        .env("XDG_CONFIG_HOME", scratch.path("xdg"))
        .current_dir(scratch.dir())
        .envs(env)
        .output()
}

fn lines(output: &Output) -> Vec<String> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Exit 1 and the one line on stderr.
fn refusal(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr.trim_end().to_owned()
}

#[test]
fn a_profile_gives_its_options_and_flags_given_win() {
    let scratch = Scratch::new("cli-win");
    scratch.file("c.toml", FILE);
    let run = |args: &[&str]| lines(&keysmith(&scratch, args, &[]));
    let bank = run(&[
        "password",
        "--config",
        "c.toml",
        "--profile",
        "bank",
        "-n",
        "5",
    ]);
    assert_eq!(bank.len(), 5);
    for password in &bank {
        assert_eq!(password.len(), 12, "{password}");
        assert!(
            password.chars().all(|c| c.is_ascii_alphanumeric()),
            "{password}"
        );
    }
    let longer = run(&[
        "password",
        "--config",
        "c.toml",
        "--profile",
        "bank",
        "--length",
        "20",
    ]);
    assert_eq!(longer[0].len(), 20);
    assert!(
        longer[0].chars().all(|c| c.is_ascii_alphanumeric()),
        "{}",
        longer[0]
    );
    let symbols = run(&[
        "password",
        "--config",
        "c.toml",
        "--profile",
        "bank",
        "-s",
        "4",
        "--entropy",
    ]);
    let plain = run(&["password", "-l", "12", "-s", "4", "--entropy"]);
    assert_eq!(symbols, plain);

    let words = run(&["passphrase", "--config", "c.toml", "--profile", "words"]);
    let parts: Vec<&str> = words[0].split('-').collect();
    assert_eq!(parts.len(), 4, "{words:?}");
    assert!(
        parts
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_uppercase())),
        "{words:?}"
    );
    let lower = run(&[
        "passphrase",
        "--config",
        "c.toml",
        "--profile",
        "words",
        "--case",
        "lower",
        "-w",
        "5",
    ]);
    assert_eq!(lower[0].split('-').count(), 5, "{lower:?}");
    assert_eq!(lower[0], lower[0].to_lowercase());
}

#[test]
fn without_profile_the_file_is_not_read() {
    let scratch = Scratch::new("cli-ignore");
    // A broken file, and a top-level length: neither matters without --profile.
    scratch.file("xdg/keysmith/config.toml", "length = 40\nbroken =\n");
    let password = lines(&keysmith(&scratch, &["password"], &[]));
    assert_eq!(password[0].len(), 16);
    let entropy = lines(&keysmith(&scratch, &["passphrase", "--entropy"], &[]));
    assert_eq!(entropy, ["90.47"]);
    // --config alone would do nothing, so it is refused.
    let output = keysmith(&scratch, &["password", "--config", "c.toml"], &[]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn an_unknown_profile_lists_the_known_ones() {
    let scratch = Scratch::new("cli-unknown");
    let path = scratch.file("c.toml", FILE);
    for command in ["password", "passphrase"] {
        let message = refusal(&keysmith(
            &scratch,
            &[command, "--config", "c.toml", "--profile", "home"],
            &[],
        ));
        assert_eq!(
            message,
            "no profile named \"home\" in c.toml; its profiles are: bank, words"
        );
    }
    let path = path.display().to_string();
    let message = refusal(&keysmith(
        &scratch,
        &["password", "--profile", "home"],
        &[("KEYSMITH_CONFIG", &path)],
    ));
    assert_eq!(
        message,
        format!("no profile named \"home\" in {path}; its profiles are: bank, words")
    );
}

#[test]
fn a_broken_file_with_profile_exits_1_naming_the_line() {
    let scratch = Scratch::new("cli-broken");
    scratch.file("c.toml", "[profiles.bank]\nlength = 12\nset = \"greek\"\n");
    let message = refusal(&keysmith(
        &scratch,
        &["password", "--config", "c.toml", "--profile", "bank"],
        &[],
    ));
    assert_eq!(
        message,
        "c.toml, line 3, column 7: profiles.bank.set: \"greek\" is not one of lower|1, letters|2, alnum|3, all|4"
    );
    scratch.file("c.toml", "[profiles.bank]\nlength = 7\n");
    let message = refusal(&keysmith(
        &scratch,
        &["passphrase", "--config", "c.toml", "--profile", "bank"],
        &[],
    ));
    assert_eq!(
        message,
        "c.toml, line 2, column 10: profiles.bank.length: Weak password: the length must be more than 8"
    );
    // Options that only clash are refused when used, as flags are, naming the profile.
    scratch.file("c.toml", "[profiles.bank]\nlength = 10\nmin_digits = 10\n");
    let message = refusal(&keysmith(
        &scratch,
        &["password", "--config", "c.toml", "--profile", "bank"],
        &[],
    ));
    assert!(message.ends_with(" (with profile \"bank\")"), "{message}");
}

#[test]
fn a_broken_profile_far_down_a_large_file_is_reported_when_used() {
    let scratch = Scratch::new("cli-far-down");
    let mut text: String = (1..=3000)
        .map(|n| format!("[profiles.p{n}]\nrules = \"minlength: 12; required: digit;\"\n"))
        .collect();
    text.push_str("[profiles.last]\nlength = 12\nmin_upper = 2000\n");
    let path = scratch.file("c.toml", &text);
    let line = text.lines().count();
    let config = path.display().to_string();
    let used = keysmith(
        &scratch,
        &["password", "--config", &config, "--profile", "p1"],
        &[],
    );
    assert_eq!(
        lines(&used)[0].len(),
        16,
        "the file loads, and a good profile works"
    );
    let message = refusal(&keysmith(
        &scratch,
        &["password", "--config", &config, "--profile", "last"],
        &[],
    ));
    assert_eq!(
        message,
        format!(
            "{config}, line {line}, column 13: profiles.last.min_upper: at least 2000 is more \
             than the longest password, 1024 characters"
        )
    );
}

#[test]
fn the_file_is_found_by_xdg_config_home_else_home() {
    let scratch = Scratch::new("cli-xdg");
    let xdg = scratch
        .path("xdg/keysmith/config.toml")
        .display()
        .to_string();
    let message = refusal(&keysmith(&scratch, &["password", "--profile", "x"], &[]));
    assert_eq!(
        message,
        format!("no profile named \"x\": the settings file {xdg} does not exist")
    );

    scratch.file("xdg/keysmith/config.toml", FILE);
    assert_eq!(
        lines(&keysmith(&scratch, &["password", "--profile", "bank"], &[]))[0].len(),
        12
    );

    // XDG_CONFIG_HOME unset, or relative (which is ignored, as a relative XDG path must be).
    let home = scratch
        .path("home/.config/keysmith/config.toml")
        .display()
        .to_string();
    for xdg in ["", "relative/folder"] {
        let run = cli::run(&["password", "--profile", "x"])
            .env_remove("KEYSMITH_CONFIG")
            .env("HOME", scratch.path("home"))
            .current_dir(scratch.dir());
        let run = if xdg.is_empty() {
            run.env_remove("XDG_CONFIG_HOME")
        } else {
            run.env("XDG_CONFIG_HOME", xdg)
        };
        let message = refusal(&run.output());
        assert_eq!(
            message,
            format!("no profile named \"x\": the settings file {home} does not exist"),
            "XDG_CONFIG_HOME={xdg:?}"
        );
    }
}

#[test]
fn a_profiles_relative_wordlist_is_taken_from_the_files_folder() {
    let scratch = Scratch::new("cli-wordlist");
    let words: String = (0..1000).map(|i| format!("w{i:04}x\n")).collect();
    scratch.file("conf/mine.txt", &words);
    scratch.file(
        "conf/c.toml",
        "[profiles.mine]\nwordlist = \"mine.txt\"\nwords = 3\n",
    );
    let line = lines(&keysmith(
        &scratch,
        &["passphrase", "--config", "conf/c.toml", "--profile", "mine"],
        &[],
    ));
    assert!(
        line[0]
            .split(' ')
            .all(|w| w.starts_with('w') && w.len() == 6),
        "{line:?}"
    );
}

#[test]
fn the_flags_given_are_told_from_the_defaults() {
    let cli = Cli::try_parse_from([
        "keysmith",
        "password",
        "--profile",
        "p",
        "-l",
        "20",
        "--no-repeats",
    ])
    .expect("parses");
    let Some(Command::Password(args)) = cli.command else {
        panic!("a password command");
    };
    assert!(args.given("length") && args.given("no_repeats") && args.given("profile"));
    assert!(!args.given("set") && !args.given("count") && !args.given("exclude"));
    assert_eq!(args.length, Some(20));
}

#[test]
fn the_tui_flags_parse_and_resolve() {
    let parse = |args: &[&str]| Cli::try_parse_from(args.iter().copied());
    let cli = parse(&["keysmith", "--config", "/x/k.toml"]).expect("parses");
    assert_eq!(
        cli.tui
            .config_location()
            .ok()
            .map(|l| l.to_string())
            .as_deref(),
        Some("/x/k.toml")
    );
    let cli = parse(&["keysmith", "--no-config"]).expect("parses");
    assert_eq!(
        cli.tui
            .config_location()
            .ok()
            .map(|l| l.to_string())
            .as_deref(),
        Some("none")
    );
    assert!(parse(&["keysmith", "--no-config", "--config", "x"]).is_err());

    let scratch = Scratch::new("cli-help");
    let help = lines(&keysmith(&scratch, &["--help"], &[])).join("\n");
    assert!(
        help.contains("--config <FILE>") && help.contains("--no-config"),
        "{help}"
    );
}

#[test]
fn no_config_writes_nothing() {
    // Without a terminal the TUI refuses to start; with --no-config it must not even make
    // the settings folder.
    let scratch = Scratch::new("cli-no-config");
    let output = keysmith(&scratch, &["--no-config"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(scratch.listing().is_empty(), "{:?}", scratch.listing());
}
