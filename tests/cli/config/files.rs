//! Loading and saving the file: round trips, unknown keys, broken files, atomic writes.

use std::fs;
use std::path::Path;

use keysmith::for_tests::{ConfigError, Location, Options, Remembered, Saved, config};
use keysmith_core::Delivery;
use keysmith_core::Kind;
use keysmith_core::passphrase::Case;
use keysmith_core::{CharSet, OtpFormat};

use super::{Scratch, read};

fn remembered() -> Remembered {
    Remembered {
        options: Options {
            mode: Some(Kind::Password),
            length: Some(20),
            set: Some(CharSet::All),
            symbols: Some("-_.!".into()),
            no_repeats: Some(true),
            min_digits: Some(2),
            words: Some(6),
            separator: Some("-".into()),
            case: Some(Case::Title),
            ..Options::default()
        },
        otp_format: Some(Delivery::Text(OtpFormat::Alnum6)),
    }
}

/// What the loaded file says of its unknown keys, a line each.
fn unknown_keys(loaded: &config::Loaded) -> Vec<String> {
    loaded
        .unknown_keys()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_missing_file_is_the_defaults_and_loading_makes_nothing() {
    let scratch = Scratch::new("missing");
    let path = scratch.path("keysmith/config.toml");
    let loaded = config::load(&path).expect("a missing file is fine");
    assert!(!loaded.existed());
    assert!(loaded.remembering());
    assert_eq!(loaded.remembered(), &Remembered::default());
    assert_eq!(loaded.profile_names().count(), 0);
    assert!(scratch.listing().is_empty(), "{:?}", scratch.listing());
}

#[test]
fn remembered_settings_round_trip_into_a_new_file_with_mode_0600() {
    let scratch = Scratch::new("round-trip");
    let path = scratch.path("keysmith/config.toml");
    let mut loaded = config::load(&path).expect("missing is fine");
    assert_eq!(
        loaded.save_settings(&remembered()).ok(),
        Some(Saved::Written)
    );
    let text = read(&path);
    assert!(text.contains("length = 20\n"), "{text}");
    assert!(text.contains("otp_format = \"alnum6\"\n"), "{text}");
    assert!(text.contains("set = \"all\"\n"), "{text}");
    let again = config::load(&path).expect("what was saved loads");
    assert_eq!(again.remembered(), &remembered());
    assert_eq!(loaded.config(), again.config());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode =
            |p: &std::path::Path| fs::metadata(p).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&scratch.path("keysmith")), 0o700);
    }
    // The same settings again: nothing is written.
    assert_eq!(
        loaded.save_settings(&remembered()).ok(),
        Some(Saved::Unchanged)
    );
}

#[test]
fn every_code_format_and_mode_round_trips() {
    let scratch = Scratch::new("formats");
    let path = scratch.path("config.toml");
    let mut loaded = config::load(&path).expect("missing is fine");
    for (format, mode) in Delivery::ALL
        .into_iter()
        .zip([Kind::Passphrase, Kind::Password].into_iter().cycle())
    {
        let settings = Remembered {
            options: Options {
                mode: Some(mode),
                ..Options::default()
            },
            otp_format: Some(format),
        };
        loaded.save_settings(&settings).expect("saved");
        assert_eq!(config::load(&path).expect("loads").remembered(), &settings);
    }
    assert!(
        read(&path).contains("otp_format = \"totp\""),
        "{}",
        read(&path)
    );
}

#[test]
fn unknown_keys_comments_and_order_are_kept_on_save() {
    let scratch = Scratch::new("unknown");
    let original = "# my keysmith settings\n\
        lenght = 3   # a typo, kept\n\
        length = 12  # the length\n\
        palette = { accent = \"blue\" }\n\n\
        [profiles.bank]\n\
        length = 14\n\
        colour = \"red\"\n\n\
        [future]\n\
        answer = 42\n";
    let path = scratch.file("config.toml", original);
    let mut loaded = config::load(&path).expect("loads");
    let unknown = unknown_keys(&loaded);
    assert_eq!(
        unknown,
        [
            "line 2, column 1: unknown key lenght, kept but not used",
            "line 4, column 1: unknown key palette, kept but not used",
            "line 10, column 2: unknown key future, kept but not used",
            "line 8, column 1: unknown key profiles.bank.colour, kept but not used",
        ]
    );
    loaded.save_settings(&remembered()).expect("saved");
    let text = read(&path);
    for kept in [
        "# my keysmith settings\n",
        "lenght = 3   # a typo, kept\n",
        "length = 20  # the length\n",
        "palette = { accent = \"blue\" }\n",
        "[profiles.bank]\nlength = 14\ncolour = \"red\"\n",
        "[future]\nanswer = 42\n",
    ] {
        assert!(text.contains(kept), "{kept:?} is lost:\n{text}");
    }
    assert_eq!(
        config::load(&path).expect("loads").remembered(),
        &remembered()
    );
}

/// The message for `text`, which must fail, and the file left as it was.
fn broken(name: &str, text: &str) -> String {
    refused(name, text, |path| {
        config::load(path).expect_err("a broken file is an error")
    })
}

/// A profile is checked when it is used, so that a file of thousands loads at once: the
/// file loads, and the profile is refused as a broken file would be.
fn broken_profile(name: &str, text: &str, profile: &str) -> String {
    refused(name, text, |path| {
        let loaded = config::load(path).expect("the file loads");
        loaded
            .profile(profile)
            .expect_err("a profile out of range is an error when used")
    })
}

/// The message of the error `refuse` gives for a file of `text`, its path as `FILE`.
fn refused(name: &str, text: &str, refuse: impl Fn(&Path) -> ConfigError) -> String {
    let scratch = Scratch::new(name);
    let path = scratch.file("config.toml", text);
    let error = refuse(&path);
    assert!(matches!(error, ConfigError::Invalid { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.starts_with(&path.display().to_string()),
        "{message}"
    );
    assert_eq!(read(&path), text, "the file is left as it was");
    message.replacen(&path.display().to_string(), "FILE", 1)
}

#[test]
fn a_broken_file_is_reported_with_its_line_column_and_key() {
    assert_eq!(
        broken("syntax", "length = 20\nsymbols = \"-_\nwords = 5\n"),
        "FILE, line 2, column 14: invalid basic string, expected `\"`"
    );
    assert_eq!(
        broken("no-value", "length =\n"),
        "FILE, line 1, column 9: string values must be quoted, expected literal string"
    );
    assert_eq!(
        broken(
            "type",
            "mode = \"words\"\n\n[profiles.work]\nlength = \"twenty\"\n"
        ),
        "FILE, line 4, column 10: profiles.work.length: invalid type: string \"twenty\", expected a whole number, 0 or more"
    );
    assert_eq!(
        broken("negative", "min_digits = -1\n"),
        "FILE, line 1, column 14: min_digits: invalid value: integer `-1`, expected a whole number, 0 or more"
    );
    assert_eq!(
        broken("enum", "case = \"shouty\"\n"),
        "FILE, line 1, column 8: case: \"shouty\" is not one of lower, title, upper, mixed"
    );
    assert_eq!(
        broken("set", "set = 5\n"),
        "FILE, line 1, column 7: set: \"5\" is not one of lower|1, letters|2, alnum|3, all|4"
    );
    assert_eq!(
        broken("format", "otp_format = \"digits5\"\n"),
        "FILE, line 1, column 14: otp_format: \"digits5\" is not one of digits6, digits8, digits4, alnum6, totp"
    );
    assert_eq!(
        broken("remember", "remember = \"no\"\n"),
        "FILE, line 1, column 12: remember: invalid type: string \"no\", expected a boolean"
    );
    assert!(
        broken("profile-type", "[profiles]\nwork = 3\n")
            .starts_with("FILE, line 2, column 8: profiles.work: invalid type")
    );
}

#[test]
fn values_out_of_range_get_the_flags_messages() {
    assert_eq!(
        broken("length", "# comment\nlength = 8\n"),
        "FILE, line 2, column 10: length: Weak password: the length must be more than 8"
    );
    assert_eq!(
        broken_profile("long", "[profiles.big]\nlength = 5000\n", "big"),
        "FILE, line 2, column 10: profiles.big.length: Too long: the length must be at most 1024"
    );
    assert_eq!(
        broken("words", "words = 41\n"),
        "FILE, line 1, column 9: words: Too many words: a passphrase has at most 40"
    );
    assert_eq!(
        broken("separator", "separator = \"------\"\n"),
        "FILE, line 1, column 13: separator: The separator can have at most 5 characters (it has 6)"
    );
    assert_eq!(
        broken_profile(
            "symbols",
            "[profiles.\"my site\"]\nsymbols = \"-a\"\n",
            "my site"
        ),
        "FILE, line 2, column 11: profiles.\"my site\".symbols: 'a' cannot be a symbol: it is a letter"
    );
    assert_eq!(
        broken("max", "max_consecutive = 0\n"),
        "FILE, line 1, column 19: max_consecutive: Max consecutive must be at least 1"
    );
    assert!(
        broken("rules", "rules = \"minlength: 4; maxlength: 6;\"\n")
            .starts_with("FILE, line 1, column 9: rules: Weak password")
    );
}

#[test]
fn files_that_cannot_be_read_are_errors_that_name_them() {
    let scratch = Scratch::new("unreadable");
    fs::create_dir_all(scratch.path("folder.toml")).expect("make a folder");
    let error = config::load(&scratch.path("folder.toml")).expect_err("a folder is no file");
    assert!(
        error
            .to_string()
            .starts_with("cannot read the settings file "),
        "{error}"
    );

    let path = scratch.path("binary.toml");
    fs::write(&path, b"length = 20\n\xff\xfe\n").expect("write");
    let message = config::load(&path).expect_err("not UTF-8").to_string();
    assert!(
        message.ends_with(", line 2, column 1: this is not UTF-8 text"),
        "{message}"
    );

    let path = scratch.path("huge.toml");
    fs::write(&path, vec![b'#'; config::MAX_BYTES as usize + 1]).expect("write");
    let message = config::load(&path).expect_err("too large").to_string();
    assert!(message.contains("is too large"), "{message}");
}

#[test]
fn a_file_broken_after_loading_is_not_overwritten() {
    let scratch = Scratch::new("broken-since");
    let path = scratch.file("config.toml", "length = 12\n");
    let mut loaded = config::load(&path).expect("loads");
    let half_edited = "length = 12\n[profiles.work\n";
    fs::write(&path, half_edited).expect("the user edits it");
    let error = loaded.save_settings(&remembered()).expect_err("not saved");
    assert!(
        matches!(error, ConfigError::BrokenSinceLoad { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("line 2"), "{error}");
    assert_eq!(read(&path), half_edited);
    // Edits that parse are merged, not lost.
    fs::write(&path, "length = 12\n[profiles.work]\nlength = 30\n").expect("fixed");
    loaded.save_settings(&remembered()).expect("saved");
    let after = config::load(&path).expect("loads");
    assert_eq!(after.profile("work").ok().and_then(|p| p.length), Some(30));
    assert_eq!(after.remembered(), &remembered());
}

#[test]
fn remember_false_keeps_the_file_as_it_is() {
    let scratch = Scratch::new("remember");
    let text = "remember = false\nlength = 12\n";
    let path = scratch.file("config.toml", text);
    let mut loaded = config::load(&path).expect("loads");
    assert!(!loaded.remembering());
    assert_eq!(
        loaded.save_settings(&remembered()).ok(),
        Some(Saved::NotRemembering)
    );
    assert_eq!(read(&path), text);
}

#[test]
fn a_save_takes_the_whole_of_a_file_changed_since_loading() {
    let scratch = Scratch::new("changed-since");
    let path = scratch.file("config.toml", "length = 12\n");
    let mut loaded = config::load(&path).expect("loads");
    assert!(loaded.unknown_keys().is_empty());
    fs::write(&path, "remember = false\nlenght = 3\n").expect("the user edits it");
    assert_eq!(
        loaded.save_settings(&remembered()).ok(),
        Some(Saved::NotRemembering)
    );
    assert!(!loaded.remembering());
    let unknown = unknown_keys(&loaded);
    assert_eq!(
        unknown,
        ["line 2, column 1: unknown key lenght, kept but not used"]
    );
}

#[test]
fn saves_leave_no_temporary_file_and_keep_a_link_a_link() {
    let scratch = Scratch::new("atomic");
    let real = scratch.file("dotfiles/keysmith.toml", "length = 12\n");
    let link = scratch.path("config.toml");
    #[cfg(unix)]
    std::os::unix::fs::symlink("dotfiles/keysmith.toml", &link).expect("link");
    #[cfg(not(unix))]
    fs::copy(&real, &link).expect("copy");
    // A leftover of a process killed mid-save, long ago: the next save removes it.
    let leftover = scratch.file("dotfiles/.keysmith.toml.999-0.tmp", "length = 1");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    fs::File::options()
        .write(true)
        .open(&leftover)
        .and_then(|f| f.set_modified(old))
        .expect("age it");
    let mut loaded = config::load(&link).expect("loads");
    for length in 10..40 {
        let mut settings = remembered();
        settings.options.length = Some(length);
        loaded.save_settings(&settings).expect("saved");
    }
    assert_eq!(scratch.listing(), ["config.toml", "dotfiles"]);
    let dotfiles: Vec<_> = fs::read_dir(scratch.path("dotfiles"))
        .expect("list")
        .collect();
    assert_eq!(dotfiles.len(), 1, "a temporary file is left: {dotfiles:?}");
    #[cfg(unix)]
    {
        assert!(
            fs::symlink_metadata(&link)
                .expect("stat")
                .file_type()
                .is_symlink()
        );
        assert!(read(&real).contains("length = 39"), "{}", read(&real));
    }
}

/// Saving where nothing can be written: an error naming the file, no panic, nothing made.
#[cfg(unix)]
fn assert_cannot_save(path: &std::path::Path) {
    let mut loaded = config::load(path).expect("missing is fine");
    let error = loaded
        .save_settings(&remembered())
        .expect_err("cannot write");
    assert!(matches!(error, ConfigError::Write { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("cannot save the settings to {}: ", path.display())),
        "{message}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_folder_that_cannot_be_made_is_a_write_error_and_no_panic() {
    // Not even root can make a folder in /proc.
    assert_cannot_save(std::path::Path::new("/proc/self/keysmith-test/config.toml"));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_a_write_error_and_no_panic() {
    use std::os::unix::fs::PermissionsExt;
    if rustix::process::geteuid().is_root() {
        eprintln!("skipped: root writes into read-only folders (the /proc test covers the error)");
        return;
    }
    let scratch = Scratch::new("read-only");
    let folder = scratch.path("keysmith");
    fs::create_dir_all(&folder).expect("make");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).expect("chmod");
    assert_cannot_save(&folder.join("config.toml"));
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).expect("chmod back");
    assert!(fs::read_dir(&folder).expect("list").next().is_none());
}

#[test]
fn no_config_has_no_file_to_read_or_write() {
    let location = config::locate(Some(std::path::Path::new("/nowhere/config.toml")), true)
        .expect("--no-config always resolves");
    assert_eq!(location, Location::Off);
    assert_eq!(location.path(), None);
    assert_eq!(location.to_string(), "none");
}
