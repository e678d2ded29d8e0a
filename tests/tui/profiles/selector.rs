//! The Profile selector: a profile loads its options, a change makes them custom, custom
//! brings back the options there were, and the options a profile loaded choose it at the start.

use crate::support::keys::*;
use keysmith::for_tests::PasswordField as Field;
use keysmith::for_tests::{Options, Profile};
use keysmith_core::CharSet;
use keysmith_core::Kind;
use keysmith_core::policy::Toggle;

use crate::support::screen::screen_text;

use super::{bank, phrase, remembering, remembering_with, to_selector, typed};

#[test]
fn the_selector_loads_a_profile_and_a_change_makes_the_options_custom() {
    let mut d = remembering(vec![bank(), phrase()]);
    to_selector(&mut d);
    assert_eq!(d.app.screens.password.focus, Field::Profile);
    assert_eq!(d.app.screens.password.profiles.shown(), "custom");
    d.press(RIGHT);
    let generator = &d.app.screens.password;
    assert_eq!(generator.profiles.shown(), "bank");
    assert_eq!(generator.characters.length.value(), "12");
    assert_eq!(generator.characters.set, CharSet::Alnum);
    assert_eq!(generator.characters.options().minimums.digits, 2);
    assert_eq!(generator.mode, Kind::Password);
    let screen = screen_text(&d.app, 80, 24).join("\n");
    assert!(screen.contains("◀ bank ▶  2 profiles"), "{screen}");
    // A profile that sets only Words mode's keys opens Words mode.
    d.press(RIGHT);
    let generator = &d.app.screens.password;
    assert_eq!(generator.profiles.shown(), "phrase");
    assert_eq!(generator.mode, Kind::Passphrase);
    assert_eq!(generator.words.count.value(), "5");
    assert_eq!(generator.words.separator.value(), "-");
    // Then custom, which brings back the options of the start; then round to the first.
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "custom");
    assert_eq!(d.app.screens.password.mode, Kind::Password);
    assert_eq!(
        d.characters().length.value(),
        "16",
        "the length offered at the start"
    );
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "bank");
    // Any change of an option after loading makes them custom.
    d.focus_password(Field::Toggle(Toggle::NoLookAlikes));
    d.press(SPACE);
    assert_eq!(d.app.screens.password.profiles.shown(), "custom");
    d.press(SPACE);
    assert_eq!(
        d.app.screens.password.profiles.shown(),
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
    d.press(RIGHT);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "bank");
    assert_eq!(d.characters().length.value(), "12");
    d.press(RIGHT);
    let generator = &d.app.screens.password;
    assert_eq!(generator.profiles.shown(), "custom");
    assert_eq!(generator.characters.length.value(), "25");
    assert_eq!(generator.mode, Kind::Password);
    // After an edit in a profile's options, those are the custom ones.
    d.press(LEFT);
    assert_eq!(d.app.screens.password.profiles.shown(), "bank");
    d.focus_password(Field::Toggle(Toggle::NoLookAlikes));
    d.press(SPACE);
    d.focus_password(Field::Profile);
    for shown in ["phrase", "bank", "custom"] {
        d.press(RIGHT);
        assert_eq!(d.app.screens.password.profiles.shown(), shown);
    }
    let generator = &d.app.screens.password;
    assert_eq!(generator.profiles.shown(), "custom");
    assert!(generator.characters.toggles.contains(Toggle::NoLookAlikes));
    assert_eq!(generator.characters.length.value(), "12");
}

#[test]
fn two_profiles_of_the_same_options_each_show_their_own_name_when_chosen() {
    let twin = Profile::new("twin", bank().options);
    let mut d = remembering(vec![bank(), twin]);
    to_selector(&mut d);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "bank");
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "twin");
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
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "mine");
    assert!(d.status().contains("EFF list"), "{}", d.status());
}

#[test]
fn without_profiles_the_selector_says_how_to_make_one() {
    let mut d = remembering(vec![]);
    to_selector(&mut d);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "custom");
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
    assert_eq!(d.app.screens.password.profiles.shown(), "bank");
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
    assert_eq!(d.app.screens.password.profiles.shown(), "a");
    to_selector(&mut d);
    for (step, shown, length) in [
        (LEFT, "custom", "20"),
        // Custom brings back the options there were before the profiles were tried.
        (LEFT, "b", "30"),
        (RIGHT, "custom", "20"),
        (RIGHT, "a", "20"),
        (RIGHT, "b", "30"),
        (RIGHT, "custom", "20"),
    ] {
        d.press(step);
        let generator = &d.app.screens.password;
        assert_eq!(generator.profiles.shown(), shown, "{step:?}");
        assert_eq!(
            generator.characters.length.value(),
            length,
            "{step:?} to {shown}"
        );
    }
    // An edit that makes the options a profile's names it.
    d.focus_password(Field::Length);
    d.erase_field();
    typed(&mut d, "20");
    assert_eq!(d.app.screens.password.profiles.shown(), "a");
}
