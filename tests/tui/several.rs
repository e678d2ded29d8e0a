//! `n` on the Password screen: a list of several secrets to choose from, as pwgen's users
//! expect. Each meets the options and is drawn whole on rows of its own; Up and Down move the
//! highlight, `c` copies the highlighted one, `u` uses it in Register, Enter shows it in place
//! of the one on the screen, `r` makes a new list, Esc closes it and changes nothing.

use crate::support::keys::*;
use keysmith::for_tests::{Effect, HOW_MANY, PasswordField, Screen, Several, Tone};
use keysmith_core::Kind;
use secrecy::ExposeSecret;

use crate::support::Driver;
use crate::support::screen::screen_text;

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (120, 40)];

/// A password of `length` on the screen, and the list opened over it.
fn listed(length: usize) -> Driver {
    let mut d = Driver::new();
    d.generate_password(length);
    assert!(d.press(key('n')).is_empty());
    d
}

fn several(d: &Driver) -> &Several {
    d.app.screens.password.several().expect("the list is open")
}

fn secrets(d: &Driver) -> Vec<String> {
    several(d)
        .secrets
        .iter()
        .map(|secret| secret.expose_secret().to_string())
        .collect()
}

fn chosen(d: &Driver) -> usize {
    several(d).chosen
}

/// Moves the highlight to `index`.
fn highlight(d: &mut Driver, index: usize) {
    while chosen(d) != index {
        d.press(if chosen(d) < index { DOWN } else { UP });
    }
}

/// The screen's rows at `w`×`h`, without the blanks that pad them.
fn trimmed_rows(d: &Driver, w: u16, h: u16) -> Vec<String> {
    screen_text(&d.app, w, h)
        .into_iter()
        .map(|row| row.trim_end().to_string())
        .collect()
}

/// The rows of the screen that hold `secret`, read in order, give it back exactly.
fn drawn_whole(rows: &[String], secret: &str) -> bool {
    let starts = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| secret.starts_with(row.as_str()));
    starts.into_iter().any(|(at, _)| {
        let mut read = String::new();
        for row in &rows[at..] {
            if !secret[read.len()..].starts_with(row.as_str()) || row.is_empty() {
                break;
            }
            read.push_str(row);
            if read == secret {
                return true;
            }
        }
        false
    })
}

#[test]
fn n_lists_several_passwords_each_meeting_the_options() {
    let mut d = listed(20);
    let listed = secrets(&d);
    assert_eq!(listed.len(), HOW_MANY);
    for secret in &listed {
        assert_eq!(secret.chars().count(), 20, "{secret}");
        assert!(secret.chars().all(|c| c.is_ascii_graphic()), "{secret}");
        assert!(
            secret.chars().any(|c| c.is_ascii_digit()),
            "each class: {secret}"
        );
    }
    let mut distinct = listed.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), HOW_MANY, "{listed:?}");
    for (w, h) in SIZES {
        let rows = trimmed_rows(&d, w, h);
        for secret in &listed {
            assert!(
                rows.iter().any(|row| row == secret),
                "{w}×{h}: {secret} alone on its row"
            );
        }
        let header = rows.iter().find(|row| row.contains("bits each"));
        let header = header.expect("the header");
        assert!(
            header.contains(&format!("{HOW_MANY} passwords")),
            "{header}"
        );
        let bits = d.characters().entropy().expect("an entropy").bits;
        assert!(header.contains(&format!("{bits:.2} bits each")), "{header}");
    }
    // The footer gives the list's keys, not the screen's.
    let footer = screen_text(&d.app, 80, 24).pop().expect("a footer");
    assert!(footer.contains("Down next one"), "{footer}");
    d.press(ESC);
    assert!(d.app.screens.password.several().is_none());
}

#[test]
fn the_arrows_move_the_highlight_and_stop_at_either_end() {
    let mut d = listed(16);
    assert_eq!(chosen(&d), 0);
    d.press(UP);
    assert_eq!(chosen(&d), 0, "no wrap to the bottom");
    d.press_times(DOWN, 3);
    assert_eq!(chosen(&d), 3);
    d.press_times(DOWN, HOW_MANY + 2);
    assert_eq!(chosen(&d), HOW_MANY - 1, "no wrap to the top");
    d.press(UP);
    assert_eq!(chosen(&d), HOW_MANY - 2);
    assert_eq!(d.app.screens.password.focus, PasswordField::Output);
}

#[test]
fn c_copies_the_highlighted_one_and_the_list_stays() {
    let mut d = listed(16);
    d.press_times(DOWN, 2);
    let listed = secrets(&d);
    match d.press(key('c')).as_slice() {
        [Effect::Copy(secret)] => assert_eq!(secret.expose_secret(), listed[2]),
        other => panic!("c gave {other:?}"),
    }
    assert_eq!(secrets(&d), listed, "still open, the same list");
}

#[test]
fn u_uses_the_highlighted_one_in_register() {
    let mut d = listed(16);
    d.press(DOWN);
    let listed = secrets(&d);
    d.press(key('u'));
    assert_eq!(d.app.screen, Screen::Register);
    assert_eq!(d.app.screens.register.password.value(), listed[1]);
    assert!(d.app.screens.password.several().is_none(), "closed");
}

#[test]
fn enter_shows_the_chosen_one_in_place_of_the_password() {
    let mut d = listed(16);
    let before = d.result();
    d.press_times(DOWN, 5);
    let listed = secrets(&d);
    d.press(ENTER);
    assert!(d.app.screens.password.several().is_none());
    assert_eq!(d.result(), listed[5]);
    assert_ne!(d.result(), before);
    assert_eq!(d.status_tone(), Some(Tone::Info));
    assert!(d.status().contains("chosen password"), "{}", d.status());
    // c and u now take it, as they take any password shown.
    match d.press(key('c')).as_slice() {
        [Effect::Copy(secret)] => assert_eq!(secret.expose_secret(), listed[5]),
        other => panic!("c gave {other:?}"),
    }
}

#[test]
fn esc_closes_the_list_and_leaves_the_password_shown() {
    let mut d = listed(16);
    let before = d.result();
    d.press(DOWN);
    d.press(ESC);
    assert!(d.app.screens.password.several().is_none());
    assert_eq!(d.result(), before);
}

#[test]
fn r_and_n_make_a_new_list() {
    let mut d = listed(16);
    let first = secrets(&d);
    d.press(DOWN);
    d.press(key('r'));
    let second = secrets(&d);
    assert_ne!(first, second);
    assert_eq!(chosen(&d), 0, "a new list starts at its top");
    d.press(key('n'));
    assert_ne!(secrets(&d), second);
}

#[test]
fn words_mode_lists_passphrases_whole() {
    let mut d = Driver::new();
    d.press(F3);
    d.press_times(BACKTAB, 2);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.mode, Kind::Passphrase);
    d.press(key('n'));
    let listed = secrets(&d);
    assert_eq!(several(&d).kind, Kind::Passphrase);
    assert_eq!(listed.len(), HOW_MANY);
    for phrase in &listed {
        assert_eq!(phrase.split(' ').count(), 7, "{phrase}");
    }
    // Passphrases wider than the window break after a space; the highlighted one is whole.
    for (w, h) in SIZES {
        for (index, phrase) in listed.iter().enumerate() {
            highlight(&mut d, index);
            let rows = trimmed_rows(&d, w, h);
            let spaced: Vec<String> = rows.iter().map(|row| format!("{row} ")).collect();
            assert!(
                drawn_whole(&rows, phrase) || drawn_whole(&spaced, &format!("{phrase} ")),
                "{w}×{h}: passphrase {index} not whole: {phrase}\n{}",
                rows.join("\n")
            );
        }
    }
}

#[test]
fn a_list_taller_than_the_window_scrolls_to_keep_the_highlight_in_view() {
    // 200 characters take 4 rows at 60 columns: not all 8 fit in 60×20.
    let mut d = listed(200);
    let listed = secrets(&d);
    for (w, h) in SIZES {
        for (index, password) in listed.iter().enumerate() {
            highlight(&mut d, index);
            let rows = trimmed_rows(&d, w, h);
            assert!(
                drawn_whole(&rows, password),
                "{w}×{h}: password {index} not whole\n{}",
                rows.join("\n")
            );
        }
        let rows = screen_text(&d.app, 60, 20);
        assert!(
            rows.iter()
                .any(|row| row.contains(&format!("of {HOW_MANY}, "))),
            "the header says which are shown: {rows:#?}"
        );
    }
}

#[test]
fn options_that_make_no_password_open_no_list() {
    let mut d = Driver::new();
    d.generate_password(16);
    d.focus_password(PasswordField::Exclude);
    d.type_text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    d.focus_password(PasswordField::Menu);
    d.press(key('1'));
    assert!(d.characters().policy().is_err());
    d.press(key('n'));
    assert!(d.app.screens.password.several().is_none());
    assert_eq!(d.status_tone(), Some(Tone::Error));
}

#[test]
fn the_list_at_each_size() {
    let mut d = Driver::seeded(keysmith::for_tests::Settings::default(), 11);
    d.generate_password(16);
    d.press(key('n'));
    d.press_times(DOWN, 2);
    for (width, height) in SIZES {
        let terminal = crate::support::screen::draw(&d.app, width, height);
        insta::assert_snapshot!(format!("several_{width}x{height}"), terminal.backend());
    }
}
