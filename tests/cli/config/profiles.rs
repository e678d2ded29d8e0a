//! Named profiles through the library: listing, loading, saving with a confirmation before
//! a replace, and the keys keysmith does not know kept inside them.

use keysmith::for_tests::{
    Config, ConfigError, Options, Profile, Remembered, Replace, Saved, config,
};
use keysmith_core::CharSet;

use super::{Scratch, read};

const FILE: &str = "length = 30\n\n\
    [profiles.work]\nlength = 20\nsymbols = \"-_.!\"\nnote = \"the VPN one\"  # mine\n\n\
    [profiles.bank]\nlength = 12\nset = 3\n";

fn work() -> Options {
    Options {
        length: Some(24),
        set: Some(CharSet::Alnum),
        ..Options::default()
    }
}

#[test]
fn profiles_are_listed_in_the_files_order_and_load_their_options() {
    let scratch = Scratch::new("list");
    let loaded = config::load(&scratch.file("config.toml", FILE)).expect("loads");
    assert_eq!(loaded.profile_names().collect::<Vec<_>>(), ["work", "bank"]);
    let bank = loaded.profile("bank").expect("bank is there");
    assert_eq!(bank.length, Some(12));
    assert_eq!(
        bank.set,
        Some(CharSet::Alnum),
        "set = 3 is the menu's number"
    );
    assert_eq!(bank.policy_options().length, Some(12));
    let error = loaded.profile("home").expect_err("no such profile");
    assert!(matches!(error, ConfigError::UnknownProfile { .. }));
    assert!(
        error
            .to_string()
            .ends_with("; its profiles are: work, bank"),
        "{error}"
    );
}

#[test]
fn saving_a_profile_asks_before_it_replaces_one_and_keeps_unknown_keys() {
    let scratch = Scratch::new("save");
    let path = scratch.file("config.toml", FILE);
    let mut loaded = config::load(&path).expect("loads");

    let error = loaded
        .save_profile("work", &work(), Replace::No)
        .expect_err("taken");
    assert_eq!(error.to_string(), "a profile named \"work\" exists already");
    assert_eq!(
        read(&path),
        FILE,
        "nothing written without the confirmation"
    );

    assert_eq!(
        loaded
            .save_profile("work", &work(), Replace::Confirmed)
            .ok(),
        Some(Saved::Written)
    );
    let text = read(&path);
    assert!(
        text.contains(
            "[profiles.work]\nlength = 24\nnote = \"the VPN one\"  # mine\nset = \"alnum\"\n"
        ),
        "{text}"
    );
    assert!(
        !text.contains("symbols"),
        "the replaced profile's other options go: {text}"
    );
    assert_eq!(
        config::load(&path).expect("loads").profile("work").ok(),
        Some(&work())
    );

    loaded
        .save_profile("  my site  ", &work(), Replace::No)
        .expect("a new name");
    let text = read(&path);
    assert!(text.contains("[profiles.\"my site\"]\n"), "{text}");
    assert_eq!(
        loaded.profile_names().collect::<Vec<_>>(),
        ["work", "bank", "my site"]
    );
    assert!(
        text.starts_with("length = 30\n"),
        "the top is untouched: {text}"
    );
}

#[test]
fn a_first_profile_makes_the_file_and_a_tidy_table() {
    let scratch = Scratch::new("first");
    let path = scratch.path("keysmith/config.toml");
    let mut loaded = config::load(&path).expect("missing is fine");
    loaded
        .save_profile("work", &work(), Replace::No)
        .expect("saved");
    assert_eq!(
        read(&path),
        "[profiles.work]\nlength = 24\nset = \"alnum\"\n"
    );
}

#[test]
fn profile_names_are_checked() {
    for (name, reason) in [
        ("", "a profile needs a name"),
        ("   ", "a profile needs a name"),
        (
            "custom",
            "\"custom\" is the selector's name for options of no profile",
        ),
        (
            "a\tb",
            "a profile name cannot hold a control character (U+0009)",
        ),
    ] {
        let error = config::profile_name(name).expect_err(name);
        assert_eq!(error.to_string(), reason);
    }
    assert!(config::profile_name(&"x".repeat(41)).is_err());
    assert_eq!(config::profile_name(" Bank ").ok().as_deref(), Some("Bank"));
}

#[test]
fn deleting_and_saving_a_whole_config() {
    let scratch = Scratch::new("whole");
    let path = scratch.file("config.toml", FILE);
    let mut loaded = config::load(&path).expect("loads");
    assert_eq!(loaded.delete_profile("bank").ok(), Some(Saved::Written));
    assert_eq!(loaded.delete_profile("bank").ok(), Some(Saved::Unchanged));
    assert!(!read(&path).contains("bank"));

    let config = Config {
        remember: false,
        remembered: Remembered {
            options: work(),
            otp_format: None,
        },
        profiles: vec![Profile::new(
            "home",
            Options {
                words: Some(5),
                ..Options::default()
            },
        )],
        theme: None,
    };
    loaded.save(&config).expect("saved");
    let again = config::load(&path).expect("loads");
    assert_eq!(again.config(), &config);
    let text = read(&path);
    assert!(
        !text.contains("[profiles.work]"),
        "a profile the config lacks is removed: {text}"
    );
    assert!(text.contains("remember = false\n"), "{text}");
}

#[test]
fn a_profile_that_would_not_read_back_is_refused_by_its_key_and_nothing_is_written() {
    let scratch = Scratch::new("unsavable");
    let path = scratch.file("config.toml", FILE);
    let mut loaded = config::load(&path).expect("loads");
    let big = Options {
        length: Some(20),
        min_upper: Some(2000),
        ..Options::default()
    };
    let error = loaded
        .save_profile("big", &big, Replace::No)
        .expect_err("2000 cannot be read back");
    assert!(matches!(error, ConfigError::Unsavable { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "profiles.big.min_upper: at least 2000 is more than the longest password, 1024 characters"
    );
    assert_eq!(read(&path), FILE, "nothing written");
}
