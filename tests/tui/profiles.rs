//! Remembering and profiles in the TUI, as `Msg` sequences
//! through `App`, with the runtime's part played by the test: what the app starts with, which
//! saves it asks for and when, and how Ctrl+S names and replaces a profile.

use std::time::Duration;

use keysmith::for_tests::GeneratorField as Field;
use keysmith::for_tests::Screen;
use keysmith::for_tests::{Action, Effect, Msg, Overlay, ProfileSave, SettingsFile, Startup, Tone};
use keysmith::for_tests::{ConfigError, Options, Profile, Remembered, Replace, Saved};
use keysmith_core::CharSet;
use keysmith_core::Delivery;
use keysmith_core::Kind;
use keysmith_core::passphrase::Case;
use keysmith_core::policy::Toggle;
use tui_input::InputRequest;

use crate::support::Driver;
use crate::support::screen::screen_text;

const FILE: &str = "/home/u/.config/keysmith/config.toml";

fn bank() -> Profile {
    Profile::new(
        "bank",
        Options {
            length: Some(12),
            set: Some(CharSet::Alnum),
            min_digits: Some(2),
            ..Options::default()
        },
    )
}

fn phrase() -> Profile {
    Profile::new(
        "phrase",
        Options {
            words: Some(5),
            separator: Some("-".into()),
            ..Options::default()
        },
    )
}

fn startup(file: SettingsFile, remembered: Options, profiles: Vec<Profile>) -> Startup {
    Startup {
        file,
        remembered: Remembered {
            options: remembered,
            otp_format: None,
        },
        profiles,
        note: None,
    }
}

fn started(startup: Startup) -> Driver {
    let mut d = Driver::new();
    d.app.start(startup, &mut d.rng);
    d
}

fn remembering(profiles: Vec<Profile>) -> Driver {
    remembering_with(Options::default(), profiles)
}

/// Started with a file that remembers `options` and holds `profiles`.
fn remembering_with(options: Options, profiles: Vec<Profile>) -> Driver {
    started(startup(
        SettingsFile::Remembering(FILE.into()),
        options,
        profiles,
    ))
}

/// F3, and Shift+Tab from the length up to the Profile selector.
fn to_selector(d: &mut Driver) {
    d.press(Action::Show(Screen::Generator));
    d.press(Action::FocusPrev);
    assert_eq!(d.app.screens.generator.focus, Field::Profile);
}

/// The saves of the remembered options among `effects`.
fn remembers(effects: &[Effect]) -> Vec<Remembered> {
    let pick = |effect: &Effect| match effect {
        Effect::Remember(remembered) => Some(remembered.clone()),
        _ => None,
    };
    effects.iter().filter_map(pick).collect()
}

fn typed(d: &mut Driver, text: &str) {
    for c in text.chars() {
        d.send(Msg::Edit(InputRequest::InsertChar(c)));
    }
}

#[test]
fn the_remembered_options_are_shown_at_the_start() {
    let remembered = Options {
        length: Some(20),
        set: Some(CharSet::Alnum),
        no_repeats: Some(true),
        exclude: Some("xyz".into()),
        min_upper: Some(2),
        max_consecutive: Some(2),
        ..Options::default()
    };
    let d = remembering_with(remembered, vec![]);
    let generator = &d.app.screens.generator;
    assert_eq!(generator.length.value(), "20");
    assert_eq!(generator.set, CharSet::Alnum);
    assert!(generator.toggles.contains(Toggle::NoRepeats));
    assert!(
        generator.menu_visible(),
        "a remembered length shows the menu"
    );
    let options = generator.options();
    assert_eq!(options.exclude, "xyz");
    assert_eq!(options.minimums.upper, 2);
    assert_eq!(options.max_consecutive, Some(2));
    assert_eq!(
        generator.focus,
        Field::Length,
        "typing a length works at once"
    );
    assert_eq!(d.status(), "");
}

#[test]
fn words_mode_is_remembered_and_opens_on_its_words_field_with_a_passphrase() {
    let remembered = Options {
        mode: Some(Kind::Passphrase),
        words: Some(6),
        case: Some(Case::Title),
        ..Options::default()
    };
    let d = remembering_with(remembered, vec![]);
    let generator = &d.app.screens.generator;
    assert_eq!(generator.mode, Kind::Passphrase);
    assert_eq!(generator.focus, Field::Words);
    assert_eq!(generator.words.count.value(), "6");
    assert!(generator.words.result.is_some());
}

#[test]
fn a_burst_of_changes_is_saved_once_after_they_stop_and_a_pending_save_goes_before_quit() {
    let mut d = remembering(vec![]);
    assert_eq!(d.app.next_wakeup(), None, "nothing to save at the start");
    d.press(Action::Show(Screen::Generator));
    for (i, digit) in "20".chars().enumerate() {
        d.at(Duration::from_millis(100 * i as u64));
        let effects = d.send(Msg::Edit(InputRequest::InsertChar(digit)));
        assert!(remembers(&effects).is_empty(), "no save while typing");
    }
    let deadline = d.app.next_wakeup().expect("a save waits");
    assert_eq!(deadline, d.t0 + Duration::from_millis(100 + 500));
    d.at(Duration::from_millis(599));
    assert!(remembers(&d.tick()).is_empty(), "not before its time");
    d.at(Duration::from_millis(600));
    let saved = remembers(&d.tick());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].options.length, Some(20));
    assert_eq!(saved[0].otp_format, Some(Delivery::default()));
    assert_eq!(d.app.next_wakeup(), None, "idle again");
    // A change, then quit at once: the save comes first, then the end.
    d.press(Action::Activate);
    d.press(Action::PickOption(3));
    let effects = d.press(Action::Quit);
    assert!(matches!(effects.last(), Some(Effect::Quit)), "{effects:?}");
    let saved = remembers(&effects);
    assert_eq!(saved.len(), 1, "{effects:?}");
    assert_eq!(saved[0].options.set, Some(CharSet::Alnum));
}

#[test]
fn the_code_format_is_remembered_too() {
    let mut d = remembering(vec![]);
    d.focus_register(keysmith::for_tests::RegisterField::CodeFormat);
    d.press(Action::Right);
    d.advance(Duration::from_secs(1));
    let saved = remembers(&d.tick());
    assert_eq!(saved.len(), 1);
    assert_ne!(saved[0].otp_format, Some(Delivery::default()));
    assert_eq!(saved[0].otp_format, Some(d.app.screens.register.delivery));
}

#[test]
fn nothing_is_remembered_without_a_file_that_remembers() {
    for file in [
        SettingsFile::NotRemembering(FILE.into()),
        SettingsFile::NoConfig,
        SettingsFile::Unreadable(FILE.into()),
    ] {
        let mut d = started(startup(file.clone(), Options::default(), vec![]));
        d.press(Action::Show(Screen::Generator));
        typed(&mut d, "20");
        assert_eq!(d.app.next_wakeup(), None, "{file:?}");
        d.advance(Duration::from_secs(5));
        assert!(remembers(&d.tick()).is_empty(), "{file:?}");
        assert!(remembers(&d.press(Action::Quit)).is_empty(), "{file:?}");
    }
}

#[test]
fn a_file_that_did_not_load_is_named_in_the_status_and_profiles_are_off() {
    let note = format!("{FILE}: line 3, column 9: invalid string");
    let mut d = started(Startup {
        note: Some(note.clone()),
        ..startup(
            SettingsFile::Unreadable(FILE.into()),
            Options::default(),
            vec![],
        )
    });
    assert_eq!(d.status(), note);
    assert_eq!(d.status_tone(), Some(Tone::Error));
    d.press(Action::Show(Screen::Generator));
    let effects = d.press(Action::SaveProfile);
    assert!(effects.is_empty());
    assert!(
        d.app.overlay.is_none(),
        "no prompt for a save that cannot happen"
    );
    assert!(d.status().contains("did not load"), "{}", d.status());
    let screen = screen_text(&d.app, 80, 24).join("\n");
    assert!(
        screen.contains("◀ custom ▶  off: settings file did not load"),
        "{screen}"
    );

    let mut d = started(startup(SettingsFile::NoConfig, Options::default(), vec![]));
    d.press(Action::Show(Screen::Generator));
    d.press(Action::SaveProfile);
    assert!(d.app.overlay.is_none());
    assert!(d.status().contains("--no-config"), "{}", d.status());
}

#[test]
fn the_selector_loads_a_profile_and_a_change_makes_the_options_custom() {
    let mut d = remembering(vec![bank(), phrase()]);
    to_selector(&mut d);
    assert_eq!(d.app.screens.generator.focus, Field::Profile);
    assert_eq!(d.app.screens.generator.profiles.shown(), "custom");
    d.press(Action::Right);
    let generator = &d.app.screens.generator;
    assert_eq!(generator.profiles.shown(), "bank");
    assert_eq!(generator.length.value(), "12");
    assert_eq!(generator.set, CharSet::Alnum);
    assert_eq!(generator.options().minimums.digits, 2);
    assert_eq!(generator.mode, Kind::Password);
    let screen = screen_text(&d.app, 80, 24).join("\n");
    assert!(screen.contains("◀ bank ▶  2 profiles"), "{screen}");
    // A profile that sets only Words mode's keys opens Words mode.
    d.press(Action::Right);
    let generator = &d.app.screens.generator;
    assert_eq!(generator.profiles.shown(), "phrase");
    assert_eq!(generator.mode, Kind::Passphrase);
    assert_eq!(generator.words.count.value(), "5");
    assert_eq!(generator.words.separator.value(), "-");
    // Then custom, which brings back the options of the start; then round to the first.
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "custom");
    assert_eq!(d.app.screens.generator.mode, Kind::Password);
    assert_eq!(d.app.screens.generator.length.value(), "");
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "bank");
    // Any change of an option after loading makes them custom.
    d.focus_generator(Field::Toggle(Toggle::NoLookAlikes));
    d.press(Action::Toggle);
    assert_eq!(d.app.screens.generator.profiles.shown(), "custom");
    d.press(Action::Toggle);
    assert_eq!(
        d.app.screens.generator.profiles.shown(),
        "bank",
        "options that are a profile's name it, however they came"
    );
}

#[test]
fn custom_brings_back_the_options_there_were_before_profiles_were_tried() {
    let mut d = remembering_with(
        Options {
            length: Some(25),
            ..Options::default()
        },
        vec![phrase(), bank()],
    );
    to_selector(&mut d);
    d.press(Action::Right);
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "bank");
    assert_eq!(d.app.screens.generator.length.value(), "12");
    d.press(Action::Right);
    let generator = &d.app.screens.generator;
    assert_eq!(generator.profiles.shown(), "custom");
    assert_eq!(generator.length.value(), "25");
    assert_eq!(generator.mode, Kind::Password);
    // After an edit in a profile's options, those are the custom ones.
    d.press(Action::Left);
    assert_eq!(d.app.screens.generator.profiles.shown(), "bank");
    d.focus_generator(Field::Toggle(Toggle::NoLookAlikes));
    d.press(Action::Toggle);
    d.focus_generator(Field::Profile);
    for shown in ["phrase", "bank", "custom"] {
        d.press(Action::Right);
        assert_eq!(d.app.screens.generator.profiles.shown(), shown);
    }
    let generator = &d.app.screens.generator;
    assert_eq!(generator.profiles.shown(), "custom");
    assert!(generator.toggles.contains(Toggle::NoLookAlikes));
    assert_eq!(generator.length.value(), "12");
}

#[test]
fn two_profiles_of_the_same_options_each_show_their_own_name_when_chosen() {
    let twin = Profile::new("twin", bank().options);
    let mut d = remembering(vec![bank(), twin]);
    to_selector(&mut d);
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "bank");
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "twin");
}

#[test]
fn a_profiles_word_list_is_said_to_be_the_commands_alone() {
    let listed = Profile::new(
        "mine",
        Options {
            words: Some(6),
            wordlist: Some("words.txt".into()),
            ..Options::default()
        },
    );
    let mut d = remembering(vec![listed]);
    to_selector(&mut d);
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "mine");
    assert!(d.status().contains("EFF list"), "{}", d.status());
}

#[test]
fn without_profiles_the_selector_says_how_to_make_one() {
    let mut d = remembering(vec![]);
    to_selector(&mut d);
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "custom");
    assert!(d.status().contains("Ctrl+S"), "{}", d.status());
}

#[test]
fn the_options_a_profile_loaded_last_time_choose_it_at_the_start() {
    let remembered = Options {
        mode: Some(Kind::Password),
        length: Some(12),
        set: Some(CharSet::Alnum),
        min_digits: Some(2),
        ..Options::default()
    };
    let d = remembering_with(remembered, vec![phrase(), bank()]);
    assert_eq!(d.app.screens.generator.profiles.shown(), "bank");
}

/// Ctrl+S on the Password screen and `name` typed into the prompt.
fn prompt_with(d: &mut Driver, name: &str) {
    d.press(Action::Show(Screen::Generator));
    d.press(Action::SaveProfile);
    assert!(matches!(d.app.overlay, Some(Overlay::Prompt(_))));
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
    let effects = d.press(Action::Activate);
    let [save] = saves(&effects).try_into().expect("one save");
    assert_eq!(save.name, "work", "trimmed");
    assert_eq!(save.replace, Replace::No);
    assert_eq!(save.options.length, Some(24));
    assert!(d.app.overlay.is_none());
    d.app.profile_report(save, Ok(Saved::Written));
    assert_eq!(d.status(), format!("Saved profile \"work\" in {FILE}"));
    let generator = &d.app.screens.generator;
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
    assert!(
        saves(&d.press(Action::Activate)).is_empty(),
        "not without asking"
    );
    assert!(matches!(d.app.overlay, Some(Overlay::Replace(_))));
    let screen = screen_text(&d.app, 60, 20).join("\n");
    assert!(
        screen.contains("A profile named \"bank\" exists"),
        "{screen}"
    );
    assert!(
        screen.contains("Enter replaces it · Esc keeps it"),
        "{screen}"
    );
    d.press(Action::Close);
    assert!(d.app.overlay.is_none());
    assert!(d.status().contains("kept as it was"), "{}", d.status());
    assert_eq!(d.app.screens.generator.profiles.list[0], bank());

    prompt_with(&mut d, "bank");
    d.press(Action::Activate);
    let [save] = saves(&d.press(Action::Activate))
        .try_into()
        .expect("one save");
    assert_eq!(save.replace, Replace::Confirmed);
    assert_eq!(save.options.length, Some(30));
    d.app.profile_report(save, Ok(Saved::Written));
    let list = &d.app.screens.generator.profiles.list;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].options.length, Some(30));
}

#[test]
fn a_profile_made_meanwhile_elsewhere_is_asked_about_too() {
    let mut d = remembering(vec![]);
    prompt_with(&mut d, "bank");
    let [save] = saves(&d.press(Action::Activate))
        .try_into()
        .expect("one save");
    d.app.profile_report(
        save,
        Err(ConfigError::ProfileExists {
            name: "bank".into(),
        }),
    );
    assert!(matches!(d.app.overlay, Some(Overlay::Replace(_))));
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
        assert!(saves(&d.press(Action::Activate)).is_empty(), "{name:?}");
        let Some(Overlay::Prompt(prompt)) = &d.app.overlay else {
            panic!("the prompt stays open for {name:?}");
        };
        let problem = prompt.problem.clone().unwrap_or_default();
        assert!(problem.contains(reason), "{name:?}: {problem}");
        let screen = screen_text(&d.app, 60, 20).join("\n");
        assert!(screen.contains(reason), "{name:?}:\n{screen}");
        d.press(Action::Close);
        assert!(d.app.overlay.is_none());
    }
    // A name longer than the limit is cut, and the prompt says so.
    prompt_with(&mut d, &"n".repeat(50));
    let Some(Overlay::Prompt(prompt)) = &d.app.overlay else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value().chars().count(), 40);
    assert!(prompt.problem.is_some());
}

#[test]
fn a_save_that_fails_says_why_and_changes_no_profile() {
    let mut d = remembering(vec![]);
    prompt_with(&mut d, "bank");
    let [save] = saves(&d.press(Action::Activate))
        .try_into()
        .expect("one save");
    let failure = ConfigError::Write {
        path: FILE.into(),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    };
    d.app.profile_report(save, Err(failure));
    assert!(
        d.status().starts_with("Profile \"bank\" not saved: "),
        "{}",
        d.status()
    );
    assert_eq!(d.status_tone(), Some(Tone::Error));
    assert!(d.app.screens.generator.profiles.list.is_empty());
    d.app.remember_report(Err(ConfigError::Write {
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
    d.press(Action::Right);
    d.focus_generator(Field::Toggle(Toggle::NoRepeats));
    d.press(Action::Toggle);
    assert_eq!(d.app.screens.generator.profiles.shown(), "custom");
    d.press(Action::SaveProfile);
    let Some(Overlay::Prompt(prompt)) = &d.app.overlay else {
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
    d.press(Action::ToggleHelp);
    assert!(matches!(d.app.overlay, Some(Overlay::Prompt(_))));
    typed(&mut d, "work");
    let Some(Overlay::Prompt(prompt)) = &d.app.overlay else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "work");
    d.press(Action::Close);
    // Moving or deleting keeps it instead.
    d.press(Action::SaveProfile);
    d.send(Msg::Edit(InputRequest::DeletePrevChar));
    typed(&mut d, "k");
    let Some(Overlay::Prompt(prompt)) = &d.app.overlay else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "bank");
    // Choosing custom on purpose forgets where the options came from.
    d.press(Action::Close);
    d.focus_generator(Field::Profile);
    d.press(Action::Left);
    d.press(Action::Left);
    assert_eq!(d.app.screens.generator.profiles.shown(), "custom");
    d.press(Action::SaveProfile);
    let Some(Overlay::Prompt(prompt)) = &d.app.overlay else {
        panic!("the prompt");
    };
    assert_eq!(prompt.name.value(), "");
}

#[test]
fn a_long_profile_name_gives_way_before_the_count_is_cut() {
    let long = Profile::new("n".repeat(40), bank().options);
    let mut d = remembering(vec![long]);
    to_selector(&mut d);
    d.press(Action::Right);
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
fn saving_over_a_profile_keeps_its_word_list() {
    let listed = Profile::new(
        "mine",
        Options {
            words: Some(6),
            wordlist: Some("words.txt".into()),
            ..Options::default()
        },
    );
    let mut d = remembering(vec![listed.clone(), bank()]);
    to_selector(&mut d);
    d.press(Action::Right);
    // The options it came from: Ctrl+S, Enter on the offered name, Enter to replace.
    d.press(Action::SaveProfile);
    d.press(Action::Activate);
    let [save] = saves(&d.press(Action::Activate))
        .try_into()
        .expect("one save");
    assert_eq!(save.name, "mine");
    assert_eq!(save.options.wordlist.as_deref(), Some("words.txt"));
    // Options from elsewhere saved over it keep its list too.
    d.app.profile_report(save, Ok(Saved::Written));
    d.press(Action::Right);
    assert_eq!(d.app.screens.generator.profiles.shown(), "bank");
    d.press(Action::SaveProfile);
    typed(&mut d, "mine");
    d.press(Action::Activate);
    let [save] = saves(&d.press(Action::Activate))
        .try_into()
        .expect("one save");
    assert_eq!(save.options.length, Some(12));
    assert_eq!(save.options.wordlist.as_deref(), Some("words.txt"));
}

#[test]
fn the_selector_steps_to_custom_even_when_the_options_are_a_profiles() {
    let a = Profile::new(
        "a",
        Options {
            length: Some(20),
            ..Options::default()
        },
    );
    let b = Profile::new(
        "b",
        Options {
            length: Some(30),
            ..Options::default()
        },
    );
    let mut d = remembering_with(a.options.clone(), vec![a, b]);
    assert_eq!(d.app.screens.generator.profiles.shown(), "a");
    to_selector(&mut d);
    for (step, shown, length) in [
        (Action::Left, "custom", "20"),
        // Custom brings back the options there were before the profiles were tried.
        (Action::Left, "b", "30"),
        (Action::Right, "custom", "20"),
        (Action::Right, "a", "20"),
        (Action::Right, "b", "30"),
        (Action::Right, "custom", "20"),
    ] {
        d.press(step);
        let generator = &d.app.screens.generator;
        assert_eq!(generator.profiles.shown(), shown, "{step:?}");
        assert_eq!(generator.length.value(), length, "{step:?} to {shown}");
    }
    // An edit that makes the options a profile's names it.
    d.focus_generator(Field::Length);
    d.erase_field();
    typed(&mut d, "20");
    assert_eq!(d.app.screens.generator.profiles.shown(), "a");
}

#[test]
fn a_remembered_length_is_offered_so_typing_a_new_one_replaces_it() {
    let remembered = Options {
        length: Some(20),
        ..Options::default()
    };
    let mut d = remembering_with(remembered.clone(), vec![]);
    d.press(Action::Show(Screen::Generator));
    assert!(d.app.screens.generator.length.is_offered());
    typed(&mut d, "16");
    assert_eq!(d.app.screens.generator.length.value(), "16", "not 2016");
    // Backspace edits the offered number instead; a letter leaves it as it is.
    let mut d = remembering_with(remembered, vec![]);
    d.press(Action::Show(Screen::Generator));
    d.send(Msg::Edit(InputRequest::InsertChar('x')));
    assert_eq!(d.app.screens.generator.length.value(), "20");
    d.send(Msg::Edit(InputRequest::DeletePrevChar));
    typed(&mut d, "4");
    assert_eq!(d.app.screens.generator.length.value(), "24");
}
