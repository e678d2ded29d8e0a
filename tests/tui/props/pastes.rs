//! 200 KB bracketed pastes into every text field: one edit each, filtered and cut to the
//! field's limit, at the cursor.

use crate::support::keys::*;
use std::time::{Duration, Instant};

use keysmith::for_tests::PasswordField;
use keysmith::for_tests::{AppMsg, Input, Settings};
use keysmith::for_tests::{CharFilter, TextField};
use keysmith::for_tests::{RegisterField, register};
use keysmith_core::Delivery;
use ratatui::crossterm::event::Event;
use tui_input::InputRequest;

use crate::support::Driver;

/// 200 000 characters of everything: letters, digits, CJK, emoji, combining marks, controls.
fn huge_paste() -> String {
    let piece = "aZ 7é名前😀\u{0301}\u{1b}[31m\t\n0x9Kq\u{200d}ß字\u{7f}Ab3";
    let piece_chars = piece.chars().count();
    let text: String = piece
        .chars()
        .cycle()
        .take(200_000 / piece_chars * piece_chars)
        .collect();
    assert!(text.chars().count() > 199_000 && text.len() > 200_000);
    text
}

fn expected(paste: &str, filter: impl Fn(char) -> Option<char>, limit: usize) -> String {
    paste.chars().filter_map(filter).take(limit).collect()
}

/// Pastes as the terminal delivers it (one bracketed-paste event through the keymap) and
/// checks it was one message.
fn paste_event(d: &mut Driver, text: &str) {
    let msg = d
        .map(&Event::Paste(text.to_string()))
        .expect("a paste into a text field is a message");
    assert!(matches!(&msg, AppMsg::Screen(Input::Paste(t)) if t == text));
    d.send(msg);
}

/// The Register form's text field `field`.
fn text_field(d: &mut Driver, field: RegisterField) -> &TextField {
    d.app
        .screens
        .register
        .text_field_mut(field)
        .expect("a text field")
}

#[test]
fn a_200_kb_paste_lands_in_each_register_field_as_one_cut_edit() {
    let paste = huge_paste();
    for (field, limit) in [
        (RegisterField::Name, register::NAME_LIMIT),
        (RegisterField::City, register::CITY_LIMIT),
        (RegisterField::Password, register::PASSWORD_LIMIT),
    ] {
        let mut d = Driver::seeded(Settings::default(), 1);
        while d.app.screens.register.focus != field {
            d.press(TAB);
        }
        let started = Instant::now();
        paste_event(&mut d, &paste);
        let took = started.elapsed();
        let text = text_field(&mut d, field);
        // A name and a city are prose: a run of tabs or line breaks is one space.
        let filter = match field {
            RegisterField::Name | RegisterField::City => CharFilter::Prose,
            _ => CharFilter::Printable,
        };
        let want = filter.fit(&paste, limit);
        assert_eq!(want.chars().count(), limit);
        assert_eq!(text.value(), want, "{field:?}");
        assert_eq!(
            text.input().cursor(),
            limit,
            "{field:?}: cursor after the paste"
        );
        assert!(text.value().chars().all(|c| !c.is_control()));
        // Linear, not quadratic: far below this even in a debug build on a slow machine.
        assert!(
            took < Duration::from_secs(5),
            "{field:?}: paste took {took:?}"
        );
        if field == RegisterField::Password {
            assert!(
                d.app.screens.register.strength.is_some(),
                "strength after the paste"
            );
        }
        // A second paste into the full field changes nothing.
        paste_event(&mut d, &paste);
        let text = text_field(&mut d, field);
        assert_eq!(text.value(), want);
    }
}

#[test]
fn a_200_kb_paste_lands_in_the_code_field_of_every_format() {
    let paste = huge_paste();
    for format in Delivery::ALL {
        let settings = Settings {
            otp_format: format,
            ..Settings::default()
        };
        let mut d = Driver::seeded(settings, 2);
        while d.app.screens.register.focus != RegisterField::Code {
            d.press(TAB);
        }
        paste_event(&mut d, &paste);
        let want = expected(
            &paste,
            |c| register::code_filter(format).accept(c),
            format.code_len(),
        );
        let name = format.name();
        assert_eq!(want.chars().count(), format.code_len(), "{name}");
        assert_eq!(d.app.screens.register.code.value(), want, "{name}");
        assert!(
            want.bytes().all(|b| format.alphabet().contains(&b)),
            "{name}: {want:?}"
        );
    }
}

#[test]
fn a_200_kb_paste_lands_in_the_length_field_as_one_cut_edit() {
    let paste = huge_paste();
    let mut d = Driver::seeded(Settings::default(), 3);
    d.press(F3);
    assert_eq!(d.app.screens.password.focus, PasswordField::Length);
    paste_event(&mut d, &paste);
    let generator = &d.app.screens.password;
    let limit = generator.characters.length.limit();
    let want = expected(&paste, |c| CharFilter::Digits.accept(c), limit);
    assert_eq!(want.chars().count(), limit);
    assert_eq!(generator.characters.length.value(), want);
    // The pasted length is refused as too long, and says so; nothing else breaks.
    assert!(generator.characters.problem().is_some());
    assert_eq!(
        generator.order(),
        vec![
            PasswordField::Mode,
            PasswordField::Profile,
            PasswordField::Length
        ]
    );
}

#[test]
fn a_200_kb_paste_into_a_part_filled_field_is_cut_to_the_room_left_at_the_cursor() {
    let paste = huge_paste();
    let mut d = Driver::seeded(Settings::default(), 4);
    paste_event(&mut d, "名前ab");
    d.edit(InputRequest::GoToPrevChar);
    d.edit(InputRequest::GoToPrevChar);
    paste_event(&mut d, &paste);
    let limit = register::NAME_LIMIT;
    let middle = CharFilter::Prose.fit(&paste, limit - 4);
    let name = &d.app.screens.register.name;
    assert_eq!(name.value(), format!("名前{middle}ab"));
    assert_eq!(name.input().cursor(), limit - 2);
}
