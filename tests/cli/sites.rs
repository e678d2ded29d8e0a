//! `keysmith password --site` and `keysmith sites`, through the binary: a site's rules met,
//! the same entropy as `--rules` with the same text, contradictions and unknown domains
//! refused by name, the short sites with and without `--allow-short`. The bulk of the site
//! table is checked in-process by keysmith-core's `tests/sites/`.

use std::process::Output;

use crate::support::cli;
use crate::support::spec::{
    DIGITS, LOWER, UPPER, WEAK_LENGTH, assert_only_from, has_any, longest_run,
};

const PAYPAL: &str = "minlength: 8; maxlength: 20; max-consecutive: 3; required: lower, upper; \
                      required: digit, [!@#$%^&*()];";

fn run(args: &[&str]) -> Output {
    // No settings file: the built-in table alone.
    cli::run(args)
        .env("KEYSMITH_CONFIG", "/nonexistent/keysmith.toml")
        .output()
}

fn lines(args: &[&str]) -> Vec<String> {
    let output = run(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Exit `code`, nothing on stdout, and stderr.
fn refused(args: &[&str], code: i32) -> String {
    let output = run(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    stderr
}

#[test]
fn a_site_gives_its_rules_whatever_form_it_is_pasted_in() {
    let allowed = format!("{LOWER}{UPPER}{DIGITS}!@#$%^&*()");
    for site in [
        "paypal.com",
        "https://WWW.PayPal.com/signin?country=US",
        "PAYPAL.COM.",
    ] {
        let passwords = lines(&["password", "--site", site, "-n", "50"]);
        assert_eq!(passwords.len(), 50);
        for password in &passwords {
            assert_eq!(password.len(), 16, "the default length, within 8..=20");
            assert_only_from(password, &allowed, site);
            assert!(has_any(password, LOWER) || has_any(password, UPPER));
            assert!(has_any(password, DIGITS) || has_any(password, "!@#$%^&*()"));
            assert!(longest_run(password) <= 3, "{password}");
        }
    }
    let longest = lines(&["password", "--site", "paypal.com", "-l", "20"]);
    assert_eq!(longest[0].len(), 20);
}

#[test]
fn the_entropy_of_a_site_is_that_of_its_rules() {
    for length in ["9", "16", "20"] {
        let site = lines(&[
            "password",
            "--site",
            "paypal.com",
            "-l",
            length,
            "--entropy",
        ]);
        let rules = lines(&["password", "--rules", PAYPAL, "-l", length, "--entropy"]);
        assert_eq!(site, rules, "at {length}");
    }
}

#[test]
fn contradictions_are_refused_by_name() {
    let too_long = refused(&["password", "--site", "paypal.com", "-l", "30"], 1);
    assert_eq!(
        too_long.trim_end(),
        "The rules need a length from 9 to 20, not 30 (rules of paypal.com)"
    );
    let symbol = refused(&["password", "--site", "paypal.com", "--symbols", "~"], 1);
    assert_eq!(
        symbol.trim_end(),
        "'~' is a symbol the rules do not allow (rules of paypal.com)"
    );
    let excluded = refused(
        &[
            "password",
            "--site",
            "amundi-ee.com",
            "--allow-short",
            "--exclude",
            "0123456789",
        ],
        1,
    );
    assert!(excluded.starts_with("No character is left"), "{excluded}");
    for flags in [
        &["--rules", "minlength: 9"][..],
        &["-s", "alnum"],
        &["--no-each-class"],
    ] {
        let mut args = vec!["password", "--site", "paypal.com"];
        args.extend_from_slice(flags);
        let usage = refused(&args, 2);
        assert!(usage.contains("cannot be used with"), "{usage}");
    }
}

#[test]
fn unknown_domains_name_the_closest_known_ones() {
    let stderr = refused(&["password", "--site", "gogle.com"], 1);
    assert_eq!(
        stderr.trim_end(),
        "No site rules for gogle.com; the closest known domain is google.com; give the site's \
         rules with --rules, or search the known sites with keysmith sites"
    );
    let not_a_domain = refused(&["password", "--site", "10.0.0.1"], 1);
    assert_eq!(
        not_a_domain.trim_end(),
        "\"10.0.0.1\" is not a domain or a web address"
    );
}

#[test]
fn a_short_site_is_refused_unless_allowed() {
    let stderr = refused(&["password", "--site", "deutsche-bank.de"], 1);
    assert!(stderr.starts_with(WEAK_LENGTH), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "Weak password: the length must be more than 8, and the rules of deutsche-bank.de \
         allow at most 5; --allow-short makes one anyway, labelled weak"
    );
    let output = run(&[
        "password",
        "--site",
        "deutsche-bank.de",
        "--allow-short",
        "-n",
        "3",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let passwords = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(passwords.lines().count(), 3);
    for password in passwords.lines() {
        assert_eq!(password.len(), 5);
        assert_only_from(
            password,
            &format!("{LOWER}{UPPER}{DIGITS}"),
            "deutsche-bank.de",
        );
    }
    let entropy = lines(&[
        "password",
        "--site",
        "deutsche-bank.de",
        "--allow-short",
        "--entropy",
    ]);
    // 62^5 strings of letters and digits: the one required line is every class allowed.
    assert_eq!(entropy, [format!("{:.2}", 5.0 * 62f64.log2())]);
    let warning = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        warning.trim_end(),
        format!(
            "keysmith: warning: weak password: 5 characters (the rules of deutsche-bank.de \
             allow no more), {} bits of entropy",
            entropy[0]
        )
    );
    // Never shorter than the site allows: commerzbank.de takes 5 to 8.
    let too_short = refused(
        &[
            "password",
            "--site",
            "commerzbank.de",
            "--allow-short",
            "-l",
            "4",
        ],
        1,
    );
    assert!(too_short.contains("from 5 to 8, not 4"), "{too_short}");
    // Where the site allows more than 8, --allow-short changes nothing.
    let weak = refused(
        &[
            "password",
            "--site",
            "paypal.com",
            "--allow-short",
            "-l",
            "8",
        ],
        1,
    );
    assert_eq!(
        weak.trim_end(),
        format!("{WEAK_LENGTH} (rules of paypal.com)")
    );
}

#[test]
fn sites_lists_matching_domains_with_their_rules() {
    let hertz = lines(&["sites", "HERTZ"]);
    assert!(hertz.len() > 30);
    assert!(hertz.iter().all(|line| {
        line.split_whitespace()
            .next()
            .is_some_and(|d| d.contains("hertz"))
    }));
    let paypal = lines(&["sites", "paypal.com"]);
    assert_eq!(paypal, [format!("paypal.com  {PAYPAL}")]);
    let fortnite = lines(&["sites", "fortnite"]);
    assert_eq!(fortnite.len(), 1);
    assert!(
        fortnite[0].ends_with("(login shared with epicgames.com)"),
        "{fortnite:?}"
    );
    let json = run(&["sites", "--json", "paypal"]);
    let listed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let first = &listed.as_array().expect("an array")[0];
    assert_eq!(first["domain"], "paypal.com");
    assert_eq!(first["rules"], PAYPAL);
    assert_eq!(first["origin"], "built-in");
    let none = refused(&["sites", "gogle.com"], 1);
    assert_eq!(
        none.trim_end(),
        "No site rules for gogle.com; the closest known domain is google.com"
    );
    let all = lines(&["sites"]);
    assert!(all.len() > 434, "{}", all.len());
}

#[test]
fn rules_pasted_with_html_entities_are_decoded() {
    let rules = "minlength: 12; maxlength: 12; required: [&quot;&amp;&#39;]; allowed: lower;";
    for password in lines(&["password", "--rules", rules, "-n", "20"]) {
        assert_only_from(&password, &format!("{LOWER}\"&'"), "decoded");
        assert!(has_any(&password, "\"&'"), "{password}");
    }
}
