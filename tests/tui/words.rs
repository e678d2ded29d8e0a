//! Words mode on the Password screen: user stories as
//! `Msg` sequences through `App`, snapshots of the screen, and the passphrase alone on its row
//! at every size.
//!
//! The entropy figures and messages are spelled out by hand (as the README gives them), not
//! taken from the crate.

use crate::support::keys::*;
use keysmith::for_tests::PasswordField as Field;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::Screen;
use keysmith::for_tests::{App, AppMsg, Effect, FieldKey, Input, Settings, Tone};
use keysmith::for_tests::{PasswordAction, ScreenAction};
use keysmith_core::Kind;
use keysmith_core::passphrase::Case;
use keysmith_core::wordlist::WordList;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use secrecy::ExposeSecret;

use crate::support::Driver;
use crate::support::screen::{draw, every_size, screen_text, secret_rows};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// F3, Shift+Tab from the length past the profile selector up to the mode selector, Right:
/// Words mode.
fn words_mode_with(mut d: Driver) -> Driver {
    d.press(F3);
    assert_eq!(d.app.screens.password.focus, Field::Length);
    d.press(BACKTAB);
    assert_eq!(d.app.screens.password.focus, Field::Profile);
    d.press(BACKTAB);
    assert_eq!(d.app.screens.password.focus, Field::Mode);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.mode, Kind::Passphrase);
    assert_eq!(d.app.screens.password.focus, Field::Mode, "focus stays");
    d
}

fn words_mode() -> Driver {
    words_mode_with(Driver::new())
}

fn phrase(d: &Driver) -> String {
    let words = &d.app.screens.password.words;
    let shown = words.result.as_ref().expect("a passphrase is shown");
    shown.expose_secret().to_string()
}

/// The entropy as the screen shows it, to 0.01 bit.
fn bits(d: &Driver) -> String {
    let entropy = d.app.screens.password.words.entropy().expect("an entropy");
    format!("{:.2}", entropy.bits)
}

fn focus(d: &mut Driver, field: Field) {
    d.tab_until(16, |app| app.screens.password.focus == field);
    assert_eq!(d.app.screens.password.focus, field, "Tab never reached it");
}

/// Replaces the text of a Words mode field.
fn retype(d: &mut Driver, field: Field, text: &str) {
    focus(d, field);
    d.erase_field();
    d.type_text(text);
}

fn set_case(d: &mut Driver, case: Case) {
    focus(d, Field::Case);
    for _ in 0..4 {
        if d.app.screens.password.words.case == case {
            return;
        }
        d.press(RIGHT);
    }
    assert_eq!(d.app.screens.password.words.case, case);
}

fn screen(d: &Driver, width: u16, height: u16) -> String {
    screen_text(&d.app, width, height).join("\n")
}

fn event_of(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

// ---------------------------------------------------------------------------------------------
// Flows
// ---------------------------------------------------------------------------------------------

#[test]
fn words_mode_shows_seven_eff_words_separated_by_spaces_at_once() {
    let d = words_mode();
    let phrase = phrase(&d);
    let words: Vec<&str> = phrase.split(' ').collect();
    assert_eq!(words.len(), 7, "{phrase:?}");
    let list = WordList::eff_long();
    for word in &words {
        assert!(list.contains(word), "{word:?} is not an EFF word");
    }
    assert_eq!(bits(&d), "90.47");
    let text = screen(&d, 80, 24);
    assert!(text.contains("90.47 bits — strong"), "{text}");
    assert!(
        !text.contains("left out"),
        "the defaults leave nothing out:\n{text}"
    );
}

#[test]
fn the_arrow_keys_on_the_mode_selector_switch_modes_through_the_key_tables() {
    let mut d = Driver::new();
    d.press(F3);
    for _ in 0..2 {
        let shift_tab = d.map(&event_of(KeyCode::BackTab)).expect("Shift+Tab");
        d.send(shift_tab);
    }
    for (code, mode) in [
        (KeyCode::Right, Kind::Passphrase),
        (KeyCode::Left, Kind::Password),
        (KeyCode::Left, Kind::Passphrase),
    ] {
        let msg = d.map(&event_of(code)).expect("an arrow on the selector");
        d.send(msg);
        assert_eq!(d.app.screens.password.mode, mode, "{code:?}");
    }
    // Enter on the selectors goes on to the Words field, where typing goes in.
    let enter = d.map(&event_of(KeyCode::Enter)).expect("Enter");
    d.send(enter);
    assert_eq!(d.app.screens.password.focus, Field::Profile);
    let enter = d.map(&event_of(KeyCode::Enter)).expect("Enter");
    d.send(enter);
    assert_eq!(d.app.screens.password.focus, Field::Words);
    assert!(matches!(
        d.map(&event_of(KeyCode::Char('9'))),
        Some(AppMsg::Screen(Input::Field(FieldKey::Edit(_))))
    ));
}

#[test]
fn every_option_changes_the_passphrase_and_the_entropy_follows() {
    let mut d = words_mode();
    let mut last = phrase(&d);
    let mut changed = |d: &Driver, what: &str| {
        let now = phrase(d);
        assert_ne!(now, last, "{what} left the passphrase as it was");
        last = now;
    };

    retype(&mut d, Field::Words, "6");
    changed(&d, "6 words");
    assert_eq!(phrase(&d).split(' ').count(), 6);
    assert_eq!(bits(&d), "77.55");
    assert_eq!(d.app.screens.password.focus, Field::Words, "focus stays");

    focus(&mut d, Field::Number);
    d.press(SPACE);
    changed(&d, "the number");
    assert_eq!(bits(&d), "83.46", "6 words and a number");
    let digits: Vec<char> = phrase(&d).chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits.len(), 1, "{:?}", phrase(&d));
    d.press(SPACE);
    changed(&d, "the number off");

    retype(&mut d, Field::Words, "7");
    changed(&d, "7 words");
    assert_eq!(bits(&d), "90.47");

    set_case(&mut d, Case::Mixed);
    changed(&d, "mixed case");
    assert_eq!(bits(&d), "97.47", "one more bit a word");

    set_case(&mut d, Case::Upper);
    changed(&d, "upper case");
    assert_eq!(bits(&d), "90.47");
    assert_eq!(phrase(&d), phrase(&d).to_uppercase());

    set_case(&mut d, Case::Title);
    changed(&d, "title case");
    for word in phrase(&d).split(' ') {
        assert!(word.starts_with(|c: char| c.is_ascii_uppercase()), "{word}");
    }

    // Four EFF words hold a hyphen (drop-down, felt-tip, t-shirt, yo-yo): left out, and said.
    let before = d
        .app
        .screens
        .password
        .words
        .entropy()
        .expect("entropy")
        .bits;
    retype(&mut d, Field::Separator, "-");
    changed(&d, "the separator");
    assert_eq!(phrase(&d).split('-').count(), 7, "{:?}", phrase(&d));
    let entropy = d.app.screens.password.words.entropy().expect("entropy");
    assert!(entropy.bits < before, "fewer words, fewer bits");
    assert_eq!(entropy.left_out.total(), 4);
    let text = screen(&d, 80, 24);
    assert!(
        text.contains("4 words left out: 4 contain a character of the separator"),
        "{text}"
    );
}

#[test]
fn refusals_show_in_place_of_the_passphrase_and_go_when_fixed() {
    let mut d = words_mode();
    for (field, text, says) in [
        (
            Field::Words,
            "2",
            "Too few words: a passphrase needs at least 3",
        ),
        (
            Field::Words,
            "41",
            "Too many words: a passphrase has at most 40",
        ),
        (
            Field::Separator,
            "-+-+-+",
            "The separator can have at most 5 characters (it has 6)",
        ),
        (
            Field::Separator,
            "",
            "With no separator, lower words run together ambiguously",
        ),
    ] {
        retype(&mut d, field, text);
        let generator = &d.app.screens.password;
        assert!(generator.words.result.is_none(), "{text:?} makes none");
        assert!(generator.words.entropy().is_none());
        assert!(!generator.order().contains(&Field::Output), "{text:?}");
        let shown = screen(&d, 80, 24);
        assert!(shown.contains(says), "{text:?}:\n{shown}");
        assert!(!shown.contains("Your passphrase"), "{shown}");
        d.regenerate();
        assert_eq!(d.status_tone(), Some(Tone::Error));
        assert!(d.status().starts_with(&says[..20]), "{}", d.status());
        // Put it back: a passphrase shows again by itself, and the refusal's status goes.
        let good = if field == Field::Words { "7" } else { " " };
        retype(&mut d, field, good);
        assert!(d.app.screens.password.words.result.is_some(), "{good:?}");
        assert_eq!(d.status(), "", "the refusal is stale");
    }
    // An empty separator is fine with title case, whose capitals mark each word.
    set_case(&mut d, Case::Title);
    retype(&mut d, Field::Separator, "");
    assert!(d.app.screens.password.words.result.is_some());
    assert_eq!(bits(&d), "90.47");
}

#[test]
fn the_words_field_takes_digits_only_and_says_what_it_left_out() {
    let mut d = words_mode();
    retype(&mut d, Field::Words, "10x");
    assert_eq!(d.app.screens.password.words.count.value(), "10");
    assert_eq!(
        d.status(),
        "Words takes no such character: left out 1 character: 'x'"
    );
    assert_eq!(phrase(&d).split(' ').count(), 10);
    d.erase_field();
    assert!(screen(&d, 80, 24).contains("Type how many words, 3 to 40"));
}

#[test]
fn a_separator_of_wide_characters_works_and_an_invisible_one_is_refused() {
    let mut d = words_mode();
    focus(&mut d, Field::Separator);
    d.erase_field();
    d.paste("·名·");
    assert_eq!(phrase(&d).split("·名·").count(), 7, "{:?}", phrase(&d));
    let text = screen(&d, 120, 40);
    let row = text
        .lines()
        .find(|row| row.starts_with(|c: char| c.is_ascii_lowercase()))
        .expect(&text);
    // The test terminal keeps a blank cell after each two-column character.
    let row = row.replace("名 ", "名");
    assert_eq!(row.trim_end(), phrase(&d), "alone on its row:\n{text}");

    d.erase_field();
    d.paste("\t-\u{200b}");
    assert_eq!(d.app.screens.password.words.separator.value(), "-\u{200b}");
    assert_eq!(
        d.status(),
        "Separator takes no such character: left out 1 character: '\\t'"
    );
    assert!(d.app.screens.password.words.result.is_none());
    let text = screen(&d, 80, 24);
    assert!(
        text.contains("The separator contains a control or invisible character (U+200B)"),
        "{text}"
    );
}

#[test]
fn enter_walks_down_the_fields_and_generates_on_the_number() {
    let mut d = words_mode();
    let first = phrase(&d);
    for field in [
        Field::Profile,
        Field::Words,
        Field::Separator,
        Field::Case,
        Field::Number,
    ] {
        d.press(ENTER);
        assert_eq!(d.app.screens.password.focus, field);
    }
    assert_eq!(phrase(&d), first, "moving changes nothing");
    d.press(ENTER);
    assert_eq!(d.app.screens.password.focus, Field::Output);
    let second = phrase(&d);
    assert_ne!(second, first);
    d.press(ENTER);
    assert_ne!(phrase(&d), second, "Enter on the result makes a new one");
    let third = phrase(&d);
    d.press(key('r'));
    assert_ne!(phrase(&d), third, "and so does r");
}

#[test]
fn the_focus_ring_in_words_mode_wraps_through_the_selector() {
    let mut d = words_mode();
    let ring = [
        Field::Mode,
        Field::Profile,
        Field::Words,
        Field::Separator,
        Field::Case,
        Field::Number,
        Field::Output,
    ];
    assert_eq!(d.app.screens.password.order(), ring);
    for want in ring.iter().cycle().skip(1).take(7) {
        d.press(TAB);
        assert_eq!(d.app.screens.password.focus, *want);
    }
    for want in ring.iter().rev().cycle().take(8) {
        d.press(UP);
        assert_eq!(d.app.screens.password.focus, *want);
    }
}

#[test]
fn copy_and_use_in_register_take_the_passphrase_shown() {
    let mut d = words_mode();
    let shown = phrase(&d);
    let effects = d.press(key('c'));
    match effects.as_slice() {
        [Effect::Copy(secret)] => assert_eq!(secret.expose_secret(), shown),
        other => panic!("copy gave {other:?}"),
    }
    d.press(key('u'));
    assert_eq!(d.app.screens.register.password.value(), shown);
    assert_eq!(d.status_tone(), Some(Tone::Info));
    // On to Register, after the password, as the spec's `u` says.
    assert_eq!(d.app.screen, Screen::Register);
    assert_eq!(d.app.screens.register.focus, RegisterField::Gender);
}

#[test]
fn use_in_register_refuses_a_passphrase_longer_than_its_field() {
    let mut d = words_mode();
    retype(&mut d, Field::Words, "40");
    let long = phrase(&d);
    assert!(long.chars().count() > 128, "{}", long.len());
    d.press(key('u'));
    assert_eq!(d.status_tone(), Some(Tone::Error));
    assert!(d.app.screens.register.password.is_empty(), "nothing cut in");
    assert_eq!(
        d.app.screen,
        Screen::Password,
        "a refusal leaves the user here"
    );
}

#[test]
fn switching_back_to_characters_keeps_each_modes_options_and_result() {
    let mut d = Driver::new();
    d.generate_password(20);
    d.press(key('2'));
    let password = d.result();
    focus(&mut d, Field::Mode);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.mode, Kind::Passphrase);
    retype(&mut d, Field::Words, "5");
    set_case(&mut d, Case::Upper);
    let passphrase = phrase(&d);

    focus(&mut d, Field::Mode);
    d.press(LEFT);
    let generator = &d.app.screens.password;
    assert_eq!(generator.mode, Kind::Password);
    assert_eq!(generator.characters.length.value(), "20");
    assert_eq!(generator.characters.set.number(), 2);
    assert_eq!(d.result(), password);
    let text = screen(&d, 80, 24);
    assert!(
        text.contains("Characters:") && text.contains(&password),
        "{text}"
    );
    match d.press(key('c')).as_slice() {
        [Effect::Copy(secret)] => assert_eq!(secret.expose_secret(), password),
        other => panic!("expected the password copied, got {other:?}"),
    }

    d.press(RIGHT);
    assert_eq!(phrase(&d), passphrase, "the passphrase waits too");
    assert_eq!(d.app.screens.password.words.count.value(), "5");
    assert_eq!(d.app.screens.password.words.case, Case::Upper);
}

#[test]
fn the_set_keys_in_words_mode_say_where_the_sets_are() {
    let mut d = words_mode();
    let shown = phrase(&d);
    // No key sends it in Words mode (its table has no digits); the screen still answers it.
    d.send(ScreenAction::Password(PasswordAction::PickSet(3)));
    assert_eq!(d.app.screens.password.mode, Kind::Passphrase);
    assert_eq!(phrase(&d), shown);
    assert!(d.status().contains("Characters mode"), "{}", d.status());
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

fn plain() -> Driver {
    let settings = Settings {
        color: false,
        ..Settings::default()
    };
    words_mode_with(Driver::seeded(settings, 7))
}

fn snapshot(name: &str, app: &App, width: u16, height: u16) {
    let terminal = draw(app, width, height);
    insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
}

#[test]
fn words_mode_snapshots() {
    let d = plain();
    for (width, height) in [(60, 20), (80, 24), (120, 40)] {
        snapshot("words_default", &d.app, width, height);
    }
    let mut d = plain();
    retype(&mut d, Field::Separator, "-");
    set_case(&mut d, Case::Mixed);
    focus(&mut d, Field::Number);
    d.press(SPACE);
    for (width, height) in [(60, 20), (80, 24), (120, 40)] {
        snapshot("words_options", &d.app, width, height);
    }
    retype(&mut d, Field::Separator, "");
    snapshot("words_refused", &d.app, 60, 20);
}

#[test]
fn a_space_in_the_separator_shows_as_an_open_box() {
    let d = plain();
    let text = screen(&d, 80, 24);
    let row = text
        .lines()
        .find(|row| row.contains("Separator"))
        .expect("a row");
    assert!(row.contains("␣") && row.contains("is a space"), "{row}");
}

/// The passphrase alone on one row where it fits, else broken after its separators into rows
/// of nothing but its characters, under a header that says so; and the fields, the entropy
/// and what was left out all drawn, from 60×20 up.
#[test]
fn the_passphrase_is_whole_at_every_size() {
    for (count, separator) in [("7", " "), ("10", "-"), ("40", "--")] {
        let mut d = plain();
        retype(&mut d, Field::Words, count);
        retype(&mut d, Field::Separator, separator);
        let phrase = phrase(&d);
        let columns = phrase.chars().count();
        let left_out = d
            .app
            .screens
            .password
            .words
            .entropy()
            .expect("entropy")
            .left_out;
        for (w, h) in every_size() {
            let rows = screen_text(&d.app, w, h);
            let text = rows.join("\n");
            let alone = rows.iter().filter(|row| row.trim_end() == phrase).count();
            if columns <= usize::from(w) {
                assert_eq!(alone, 1, "{count} words at {w}x{h}:\n{text}");
            } else {
                let Some(shown) = secret_rows(&rows, &phrase) else {
                    // Only 40 words in a low window leave no room for their rows.
                    assert!(count == "40" && h < 30, "{count} words at {w}x{h}:\n{text}");
                    let note = rows.iter().any(|row| {
                        row.trim()
                            .ends_with(" rows: enlarge the window, or c copies it")
                    });
                    assert!(note, "{w}x{h}:\n{text}");
                    continue;
                };
                // Broken only after a separator: a space one is where a row ends (and does not
                // show), any other ends the row.
                let broken_after = if separator == " " {
                    shown.join(" ") == phrase
                } else {
                    let (_, broken) = shown.split_last().expect("rows");
                    broken.iter().all(|row| row.ends_with(separator))
                };
                assert!(
                    broken_after,
                    "broken only after a separator at {w}x{h}:\n{text}"
                );
                let shown_separator = separator.replace(' ', "␣");
                let header = format!("split after \"{shown_separator}\" (c copies it whole):");
                assert!(text.contains(&header), "{w}x{h}:\n{text}");
            }
            for label in ["Mode", "Words", "Separator", "Case", "Number", "bits —"] {
                assert!(text.contains(label), "{label} at {w}x{h}:\n{text}");
            }
            let flowed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if left_out.total() > 0 {
                assert!(flowed.contains(&left_out.to_string()), "{w}x{h}:\n{text}");
            }
        }
    }
}

#[test]
fn words_mode_offers_no_sets_and_names_its_passphrase_in_the_footer() {
    let mut d = words_mode();
    let footer = screen_text(&d.app, 120, 40)
        .last()
        .cloned()
        .unwrap_or_default();
    assert!(!footer.contains("1-4"), "{footer}");
    d.press(ENTER);
    d.press(ENTER);
    d.focus_password(Field::Output);
    let footer = screen_text(&d.app, 120, 40)
        .last()
        .cloned()
        .unwrap_or_default();
    assert!(footer.contains("Enter/r new passphrase"), "{footer}");
    // A digit off the text fields does nothing in Words mode: there is no set to pick.
    let before = phrase(&d);
    assert!(d.map(&event_of(KeyCode::Char('2'))).is_none());
    assert_eq!(phrase(&d), before);
}

#[test]
fn the_word_count_the_focus_lands_on_is_replaced_by_what_is_typed() {
    let mut d = words_mode();
    d.press(ENTER);
    d.press(ENTER);
    assert_eq!(d.app.screens.password.focus, Field::Words);
    d.type_text("5");
    assert_eq!(d.app.screens.password.words.count.value(), "5", "not 75");
    assert_eq!(phrase(&d).split(' ').count(), 5);
}
