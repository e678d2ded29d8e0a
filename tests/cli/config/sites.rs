//! The settings file's `[sites]` through the binary: a site added, a built-in site
//! overridden (the file wins), a profile that names a site, and a broken entry refused with
//! its line.

use std::process::Output;

use super::Scratch;
use crate::support::cli;

const FILE: &str = "[sites.\"intranet.example\"]\n\
    rules = \"minlength: 20; maxlength: 20; allowed: digit;\"\n\
    \n[sites.\"PayPal.com\"]\n\
    rules = \"minlength: 10; maxlength: 10; required: upper; allowed: [-];\"\n\
    \n[profiles.bank]\nsite = \"deutsche-bank.de\"\n\
    \n[profiles.work]\nsite = \"https://login.intranet.example/\"\n";

fn keysmith(scratch: &Scratch, args: &[&str]) -> Output {
    cli::run(args)
        .env("KEYSMITH_CONFIG", scratch.path("c.toml"))
        .current_dir(scratch.dir())
        .output()
}

fn stdout(output: &Output) -> Vec<String> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_files_sites_add_and_override() {
    let scratch = Scratch::new("sites-override");
    scratch.file("c.toml", FILE);
    let added = stdout(&keysmith(
        &scratch,
        &["password", "--site", "www.intranet.example"],
    ));
    assert!(
        added[0].len() == 20 && added[0].bytes().all(|b| b.is_ascii_digit()),
        "{added:?}"
    );
    let paypal = stdout(&keysmith(
        &scratch,
        &["password", "--site", "paypal.com", "-n", "5"],
    ));
    for password in &paypal {
        assert_eq!(password.len(), 10);
        assert!(
            password
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'-'),
            "{password}"
        );
    }
    let listed = stdout(&keysmith(&scratch, &["sites", "paypal"]));
    assert_eq!(
        listed,
        [
            "paypal.com  minlength: 10; maxlength: 10; required: upper; allowed: [-];  (from the settings)"
        ]
    );
    // --config names another file, for --site as for --profile.
    let other = scratch.file("other.toml", "");
    let other = other.to_str().expect("UTF-8 path");
    let built_in = stdout(&keysmith(
        &scratch,
        &["password", "--site", "paypal.com", "--config", other],
    ));
    assert_eq!(built_in[0].len(), 16);
}

#[test]
fn a_profile_may_name_a_site() {
    let scratch = Scratch::new("sites-profile");
    scratch.file("c.toml", FILE);
    let work = stdout(&keysmith(&scratch, &["password", "--profile", "work"]));
    assert!(work[0].len() == 20 && work[0].bytes().all(|b| b.is_ascii_digit()));
    let bank = keysmith(&scratch, &["password", "--profile", "bank"]);
    assert_eq!(bank.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bank.stderr);
    assert!(
        stderr.contains("--allow-short") && stderr.contains("(with profile \"bank\")"),
        "{stderr}"
    );
    let short = stdout(&keysmith(
        &scratch,
        &["password", "--profile", "bank", "--allow-short"],
    ));
    assert_eq!(short[0].len(), 5);
    // --rules on the command line wins over the profile's site.
    let ruled = stdout(&keysmith(
        &scratch,
        &["password", "--profile", "bank", "--rules", "allowed: lower"],
    ));
    assert!(ruled[0].len() == 16 && ruled[0].bytes().all(|b| b.is_ascii_lowercase()));
}

#[test]
fn a_broken_site_entry_is_refused_with_its_line() {
    let scratch = Scratch::new("sites-broken");
    scratch.file(
        "c.toml",
        "[sites.\"a.example\"]\nrules = \"minlength: x\"\n",
    );
    let output = keysmith(&scratch, &["password", "--site", "a.example"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("sites.\"a.example\".rules"),
        "{stderr}"
    );
    scratch.file(
        "c.toml",
        "[sites.\"not a domain\"]\nrules = \"minlength: 9\"\n",
    );
    let output = keysmith(&scratch, &["sites"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is not a domain"), "{stderr}");
    // Without --site or --profile, the file is not read: scripts stay deterministic.
    let plain = stdout(&keysmith(&scratch, &["password"]));
    assert_eq!(plain[0].len(), 16);
}
