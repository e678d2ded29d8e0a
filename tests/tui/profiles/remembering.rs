//! What the app starts with and the saves it asks for: the remembered options and code format
//! shown again, a burst of changes saved once after they stop and before quit, nothing saved
//! without a file that remembers, a file that did not load, and a remembered length offered.

use crate::support::keys::*;
use std::time::Duration;

use keysmith::for_tests::Options;
use keysmith::for_tests::PasswordField as Field;
use keysmith::for_tests::{Effect, SettingsFile, Startup, Tone};
use keysmith_core::CharSet;
use keysmith_core::Delivery;
use keysmith_core::Kind;
use keysmith_core::passphrase::Case;
use keysmith_core::policy::Toggle;
use tui_input::InputRequest;

use crate::support::screen::screen_text;

use super::{FILE, remembering, remembering_with, remembers, started, startup, typed};

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
    let generator = &d.app.screens.password;
    assert_eq!(generator.characters.length.value(), "20");
    assert_eq!(generator.characters.set, CharSet::Alnum);
    assert!(generator.characters.toggles.contains(Toggle::NoRepeats));
    assert!(
        generator.characters.menu_visible(),
        "a remembered length shows the menu"
    );
    let options = generator.characters.options();
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
    let generator = &d.app.screens.password;
    assert_eq!(generator.mode, Kind::Passphrase);
    assert_eq!(generator.focus, Field::Words);
    assert_eq!(generator.words.count.value(), "6");
    assert!(generator.words.result.is_some());
}

#[test]
fn a_burst_of_changes_is_saved_once_after_they_stop_and_a_pending_save_goes_before_quit() {
    let mut d = remembering(vec![]);
    assert_eq!(d.app.next_wakeup(), None, "nothing to save at the start");
    d.press(F3);
    for (i, digit) in "20".chars().enumerate() {
        d.at(Duration::from_millis(100 * i as u64));
        let effects = d.edit(InputRequest::InsertChar(digit));
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
    d.press(ENTER);
    d.press(key('3'));
    let effects = d.press(CTRL_Q);
    assert!(matches!(effects.last(), Some(Effect::Quit)), "{effects:?}");
    let saved = remembers(&effects);
    assert_eq!(saved.len(), 1, "{effects:?}");
    assert_eq!(saved[0].options.set, Some(CharSet::Alnum));
}

#[test]
fn the_code_format_is_remembered_too() {
    let mut d = remembering(vec![]);
    d.focus_register(keysmith::for_tests::RegisterField::CodeFormat);
    d.press(RIGHT);
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
        d.press(F3);
        typed(&mut d, "20");
        assert_eq!(d.app.next_wakeup(), None, "{file:?}");
        d.advance(Duration::from_secs(5));
        assert!(remembers(&d.tick()).is_empty(), "{file:?}");
        assert!(remembers(&d.press(CTRL_Q)).is_empty(), "{file:?}");
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
    d.press(F3);
    let effects = d.press(CTRL_S);
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
    d.press(F3);
    d.press(CTRL_S);
    assert!(d.app.overlay.is_none());
    assert!(d.status().contains("--no-config"), "{}", d.status());
}

#[test]
fn a_remembered_length_is_offered_so_typing_a_new_one_replaces_it() {
    let remembered = Options {
        length: Some(20),
        ..Options::default()
    };
    let mut d = remembering_with(remembered.clone(), vec![]);
    d.press(F3);
    assert!(d.characters().length.is_offered());
    typed(&mut d, "16");
    assert_eq!(d.characters().length.value(), "16", "not 2016");
    // Backspace edits the offered number instead; a letter leaves it as it is.
    let mut d = remembering_with(remembered, vec![]);
    d.press(F3);
    d.edit(InputRequest::InsertChar('x'));
    assert_eq!(d.characters().length.value(), "20");
    d.edit(InputRequest::DeletePrevChar);
    typed(&mut d, "4");
    assert_eq!(d.characters().length.value(), "24");
}
