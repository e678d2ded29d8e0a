//! Ctrl+S: the prompt offers a name, a new name is saved and chosen, a taken one asks before
//! it is replaced, names that cannot be used stay in the prompt, and a failed save changes no
//! profile.

use crate::support::keys::*;
use keysmith::for_tests::PasswordField as Field;
use keysmith::for_tests::{ConfigError, Options, Profile, Replace, Saved};
use keysmith::for_tests::{Effect, ProfileSave, Saving, Tone};
use keysmith_core::policy::Toggle;
use tui_input::InputRequest;

use crate::support::Driver;
use crate::support::screen::screen_text;

use super::{FILE, bank, remembering, to_selector, typed};

/// Ctrl+S on the Password screen and `name` typed into the prompt.
fn prompt_with(d: &mut Driver, name: &str) {
    d.press(F3);
    d.press(CTRL_S);
    assert!(matches!(
        d.app.screens.password.saving(),
        Some(Saving::Naming(_))
    ));
    typed(d, name);
}

/// The saves of profiles among `effects`.
fn saves(effects: &[Effect]) -> Vec<ProfileSave> {
    let pick = |effect: &Effect| match effect {
        Effect::SaveProfile(save) => Some(save.clone()),
        _ => None,
    };
    effects.iter().filter_map(pick).collect()
}

#[test]
fn ctrl_s_saves_the_options_under_a_new_name_and_chooses_it() {
    let mut d = remembering(vec![bank()]);
    d.password_screen_with_length("24");
    prompt_with(&mut d, "  work ");
    let effects = d.press(ENTER);
    let [save] = saves(&effects).try_into().expect("one save");
    assert_eq!(save.name, "work", "trimmed");
    assert_eq!(save.replace, Replace::No);
    assert_eq!(save.options.length, Some(24));
    assert!(d.app.overlay.is_none());
    d.send_profile_saved(save, Ok(Saved::Written));
    assert_eq!(d.status(), format!("Saved profile \"work\" in {FILE}"));
    let generator = &d.app.screens.password;
    assert_eq!(generator.profiles.shown(), "work");
    let names: Vec<&str> = generator
        .profiles
        .list
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["bank", "work"]);
}

#[test]
fn a_taken_name_asks_before_replacing_and_esc_keeps_the_profile() {
    let mut d = remembering(vec![bank()]);
    d.password_screen_with_length("30");
    prompt_with(&mut d, "bank");
    assert!(saves(&d.press(ENTER)).is_empty(), "not without asking");
    assert!(matches!(
        d.app.screens.password.saving(),
        Some(Saving::Replacing(_))
    ));
    let screen = screen_text(&d.app, 60, 20).join("\n");
    assert!(
        screen.contains("A profile named \"bank\" exists"),
        "{screen}"
    );
    assert!(
        screen.contains("Enter replaces it · Esc keeps it"),
        "{screen}"
    );
    d.press(ESC);
    assert!(d.app.overlay.is_none());
    assert!(d.status().contains("kept as it was"), "{}", d.status());
    assert_eq!(d.app.screens.password.profiles.list[0], bank());

    prompt_with(&mut d, "bank");
    d.press(ENTER);
    let [save] = saves(&d.press(ENTER)).try_into().expect("one save");
    assert_eq!(save.replace, Replace::Confirmed);
    assert_eq!(save.options.length, Some(30));
    d.send_profile_saved(save, Ok(Saved::Written));
    let list = &d.app.screens.password.profiles.list;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].options.length, Some(30));
}

#[test]
fn a_profile_made_meanwhile_elsewhere_is_asked_about_too() {
    let mut d = remembering(vec![]);
    prompt_with(&mut d, "bank");
    let [save] = saves(&d.press(ENTER)).try_into().expect("one save");
    d.send_profile_saved(
        save,
        Err(ConfigError::ProfileExists {
            name: "bank".into(),
        }),
    );
    assert!(matches!(
        d.app.screens.password.saving(),
        Some(Saving::Replacing(_))
    ));
}

#[test]
fn names_that_cannot_be_used_stay_in_the_prompt_with_the_reason() {
    let mut d = remembering(vec![]);
    for (name, reason) in [
        ("", "a profile needs a name"),
        ("   ", "a profile needs a name"),
        ("Custom", "selector's name"),
    ] {
        prompt_with(&mut d, name);
        assert!(saves(&d.press(ENTER)).is_empty(), "{name:?}");
        let Some(Saving::Naming(prompt)) = d.app.screens.password.saving() else {
            panic!("the prompt stays open for {name:?}");
        };
        let problem = prompt.problem.clone().unwrap_or_default();
        assert!(problem.contains(reason), "{name:?}: {problem}");
        let screen = screen_text(&d.app, 60, 20).join("\n");
        assert!(screen.contains(reason), "{name:?}:\n{screen}");
        d.press(ESC);
        assert!(d.app.overlay.is_none());
    }
    // A name longer than the limit is cut, and the prompt says so.
    prompt_with(&mut d, &"n".repeat(50));
    let Some(Saving::Naming(prompt)) = d.app.screens.password.saving() else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value().chars().count(), 40);
    assert!(prompt.problem.is_some());
}

#[test]
fn a_save_that_fails_says_why_and_changes_no_profile() {
    let mut d = remembering(vec![]);
    prompt_with(&mut d, "bank");
    let [save] = saves(&d.press(ENTER)).try_into().expect("one save");
    let failure = ConfigError::Write {
        path: FILE.into(),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    };
    d.send_profile_saved(save, Err(failure));
    assert!(
        d.status().starts_with("Profile \"bank\" not saved: "),
        "{}",
        d.status()
    );
    assert_eq!(d.status_tone(), Some(Tone::Error));
    assert!(d.app.screens.password.profiles.list.is_empty());
    d.send_remembered(Err(ConfigError::Write {
        path: FILE.into(),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    }));
    assert!(
        d.status().starts_with("Options not remembered: "),
        "{}",
        d.status()
    );
}

#[test]
fn ctrl_s_offers_the_name_of_the_profile_the_options_came_from() {
    let mut d = remembering(vec![bank()]);
    to_selector(&mut d);
    d.press(RIGHT);
    d.focus_password(Field::Toggle(Toggle::NoRepeats));
    d.press(SPACE);
    assert_eq!(d.app.screens.password.profiles.shown(), "custom");
    d.press(CTRL_S);
    let Some(Saving::Naming(prompt)) = d.app.screens.password.saving() else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "bank");
    assert_eq!(prompt.options.no_repeats, Some(true));
    // The offered name is a selection: typing replaces it, and F1 is not offered over it.
    let footer = screen_text(&d.app, 80, 24)
        .last()
        .cloned()
        .unwrap_or_default();
    assert!(!footer.contains("F1"), "{footer}");
    d.press(F1);
    assert!(matches!(
        d.app.screens.password.saving(),
        Some(Saving::Naming(_))
    ));
    typed(&mut d, "work");
    let Some(Saving::Naming(prompt)) = d.app.screens.password.saving() else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "work");
    d.press(ESC);
    // Moving or deleting keeps it instead.
    d.press(CTRL_S);
    d.edit(InputRequest::DeletePrevChar);
    typed(&mut d, "k");
    let Some(Saving::Naming(prompt)) = d.app.screens.password.saving() else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "bank");
    // Choosing custom on purpose forgets where the options came from.
    d.press(ESC);
    d.focus_password(Field::Profile);
    d.press(LEFT);
    d.press(LEFT);
    assert_eq!(d.app.screens.password.profiles.shown(), "custom");
    d.press(CTRL_S);
    let Some(Saving::Naming(prompt)) = d.app.screens.password.saving() else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "");
}

#[test]
fn a_long_profile_name_gives_way_before_the_count_is_cut() {
    let long = Profile::new("n".repeat(40), bank().options);
    let mut d = remembering(vec![long]);
    to_selector(&mut d);
    d.press(RIGHT);
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = screen_text(&d.app, w, h).join("\n");
        assert!(
            screen.contains("… ▶  1 profile · Ctrl+S saves"),
            "{w}x{h}:\n{screen}"
        );
    }
    let screen = screen_text(&d.app, 120, 40).join("\n");
    let whole = format!("◀ {} ▶  1 profile", "n".repeat(40));
    assert!(screen.contains(&whole), "{screen}");
}

#[test]
fn saving_over_a_profile_keeps_its_word_list_and_the_screen_saves_its_site() {
    let listed = Profile::new(
        "mine",
        Options {
            words: Some(6),
            wordlist: Some("words.txt".into()),
            site: Some("example.com".into()),
            ..Options::default()
        },
    );
    let mut d = remembering(vec![listed.clone(), bank()]);
    to_selector(&mut d);
    d.press(RIGHT);
    // The options it came from: Ctrl+S, Enter on the offered name, Enter to replace.
    d.press(CTRL_S);
    d.press(ENTER);
    let [save] = saves(&d.press(ENTER)).try_into().expect("one save");
    assert_eq!(save.name, "mine");
    assert_eq!(save.options.wordlist.as_deref(), Some("words.txt"));
    assert_eq!(save.options.site.as_deref(), Some("example.com"));
    // Options from elsewhere saved over it keep its list too; the site is the Site field's,
    // which they leave blank.
    d.send_profile_saved(save, Ok(Saved::Written));
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "bank");
    d.press(CTRL_S);
    typed(&mut d, "mine");
    d.press(ENTER);
    let [save] = saves(&d.press(ENTER)).try_into().expect("one save");
    assert_eq!(save.options.length, Some(12));
    assert_eq!(save.options.wordlist.as_deref(), Some("words.txt"));
    assert_eq!(save.options.site, None);
}
