//! The form: a missing or refused field is named and gets the focus, the focus ring, the keys
//! each field takes, the code format selector, and the masked password.

use crate::support::keys::*;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::Tone;
use keysmith_core::Delivery;
use keysmith_core::OtpFormat;

use crate::support::spec::{OTP_ALNUM, assert_only_from};
use crate::support::{CITY, Driver, NAME, STRONG, screen};

/// Fills every required field but `missing` (gender by Space on the row), then submits.
fn submit_without(missing: RegisterField) -> Driver {
    let mut h = Driver::new();
    for (field, text) in [
        (RegisterField::Name, NAME),
        (RegisterField::City, CITY),
        (RegisterField::Password, STRONG),
    ] {
        if field != missing {
            h.focus_register(field);
            h.type_text(text);
        }
    }
    if missing != RegisterField::Gender {
        h.focus_register(RegisterField::Gender);
        h.press(SPACE);
        assert!(h.app.screens.register.gender.is_some());
    }
    h.submit();
    h
}

#[test]
fn a_missing_name_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::Name);
    assert!(h.app.dialog().is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("Name"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn a_missing_city_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::City);
    assert!(h.app.dialog().is_none());
    assert!(h.status().contains("City"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::City);
}

#[test]
fn a_missing_password_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::Password);
    assert!(h.app.dialog().is_none());
    assert!(h.status().contains("Password"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
}

#[test]
fn a_missing_gender_is_named_and_gets_the_focus() {
    let h = submit_without(RegisterField::Gender);
    assert!(h.app.dialog().is_none());
    assert!(h.status().contains("Gender"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::Gender);
}

#[test]
fn with_several_fields_missing_the_first_one_is_named() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Password);
    h.type_text(STRONG);
    h.submit();
    assert!(h.status().contains("Name"), "{}", h.status());
    assert!(!h.status().contains("City"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn a_too_short_password_is_refused_with_the_reason_and_a_hint_to_f3() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, "Xq9#z");
    h.send_code();
    h.submit();
    assert!(h.app.dialog().is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    let status = h.status();
    assert!(status.contains("too short"), "{status}");
    assert!(status.contains('8'), "{status}");
    assert!(status.contains("F3"), "{status}");
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
}

#[test]
fn a_common_password_is_refused_with_zxcvbns_reason_and_a_hint_to_f3() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, "password123");
    let strength = h.app.screens.register.strength.as_ref().expect("assessed");
    assert!(strength.score < 2, "score {}", strength.score);
    let code = h.send_code();
    h.submit_code(&code);
    assert!(h.app.dialog().is_none(), "the code is not even checked");
    let status = h.status();
    assert!(status.contains("too weak"), "{status}");
    assert!(status.contains("F3"), "{status}");
    if let Some(warning) = &h
        .app
        .screens
        .register
        .strength
        .as_ref()
        .expect("assessed")
        .warning
    {
        assert!(status.contains(warning.as_str()), "{status}");
    }
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
}

#[test]
fn a_password_made_of_the_name_is_re_rated_when_the_name_is_typed_after_it() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Password);
    h.type_text("quetzalcoatl77");
    let alone = h
        .app
        .screens
        .register
        .strength
        .as_ref()
        .expect("assessed")
        .score;
    assert!(alone >= 2, "strong on its own: {alone}");

    h.focus_register(RegisterField::Name);
    h.type_text("Quetzalcoatl");
    let with_name = h
        .app
        .screens
        .register
        .strength
        .as_ref()
        .expect("assessed")
        .score;
    assert!(with_name < 2, "the name counts against it: {with_name}");

    h.press(ENTER);
    h.type_text(CITY);
    h.focus_register(RegisterField::Gender);
    h.press(SPACE);
    h.submit();
    assert!(h.status().contains("too weak"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
}

#[test]
fn tab_and_shift_tab_walk_the_focus_ring_and_wrap() {
    let mut h = Driver::new();
    let order = RegisterField::ORDER;
    assert_eq!(h.app.screens.register.focus, order[0]);
    for &expected in order.iter().skip(1).chain(order.iter().take(1)) {
        h.press(TAB);
        assert_eq!(h.app.screens.register.focus, expected);
    }
    h.press(BACKTAB);
    assert_eq!(
        h.app.screens.register.focus,
        RegisterField::Submit,
        "wraps back"
    );
    for &expected in order.iter().rev().skip(1) {
        h.press(BACKTAB);
        assert_eq!(h.app.screens.register.focus, expected);
    }
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn down_and_up_walk_the_focus_ring_and_wrap() {
    let mut h = Driver::new();
    h.press(UP);
    assert_eq!(h.app.screens.register.focus, RegisterField::Submit);
    h.press(DOWN);
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
    h.press_times(DOWN, 3);
    assert_eq!(h.app.screens.register.focus, RegisterField::Gender);
    h.press_times(DOWN, 5);
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn enter_in_a_text_field_moves_to_the_next_field() {
    let mut h = Driver::new();
    h.type_text(NAME);
    h.press(ENTER);
    assert_eq!(h.app.screens.register.focus, RegisterField::City);
    h.press(ENTER);
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
    h.press(ENTER);
    assert_eq!(h.app.screens.register.focus, RegisterField::Gender);
    assert!(h.app.dialog().is_none());
    assert_eq!(h.app.status, None, "moving on submits nothing");
}

#[test]
fn enter_in_the_code_field_submits() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    assert_eq!(h.app.screens.register.focus, RegisterField::Code);
    h.type_text(&code);
    h.press(ENTER);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn gender_arrows_pick_then_move_the_choice_and_space_picks_it() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Gender);
    assert_eq!(h.app.screens.register.gender, None);
    let label = |h: &Driver| h.app.screens.register.gender.map(|g| g.label());
    h.press(RIGHT);
    assert_eq!(
        label(&h),
        Some("Male"),
        "the first arrow picks the one under the cursor"
    );
    h.press(RIGHT);
    assert_eq!(label(&h), Some("Female"));
    h.press(RIGHT);
    assert_eq!(label(&h), Some("Other"));
    h.press(RIGHT);
    assert_eq!(label(&h), Some("Male"), "wraps");
    h.press(LEFT);
    assert_eq!(label(&h), Some("Other"), "wraps back");
    h.press(SPACE);
    assert_eq!(label(&h), Some("Other"));
    assert_eq!(
        h.app.screens.register.focus,
        RegisterField::Gender,
        "Space stays"
    );
}

#[test]
fn the_digits6_code_field_takes_only_six_digits() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Code);
    h.type_text("1a2b 3c-4D5e6f7g8");
    assert_eq!(h.app.screens.register.code.value(), "123456");

    h.erase_field();
    h.paste("98 76-54\n32 10");
    assert_eq!(h.app.screens.register.code.value(), "987654");
}

#[test]
fn right_on_the_format_selector_cycles_the_formats_and_the_code_field_follows() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::CodeFormat);
    let mut seen = vec![h.app.screens.register.delivery];
    for _ in 0..5 {
        h.press(RIGHT);
        seen.push(h.app.screens.register.delivery);
    }
    assert_eq!(
        seen,
        [
            Delivery::Text(OtpFormat::Digits6),
            Delivery::Text(OtpFormat::Digits8),
            Delivery::Text(OtpFormat::Digits4),
            Delivery::Text(OtpFormat::Alnum6),
            Delivery::Authenticator,
            Delivery::Text(OtpFormat::Digits6),
        ]
    );
    h.press(RIGHT);
    assert_eq!(
        h.app.screens.register.delivery,
        Delivery::Text(OtpFormat::Digits8)
    );
    h.focus_register(RegisterField::Code);
    h.type_text("1234567890");
    assert_eq!(h.app.screens.register.code.value(), "12345678");
}

#[test]
fn an_alnum6_code_is_typed_case_insensitively_without_look_alikes() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    assert_eq!(h.app.screens.register.focus, RegisterField::CodeFormat);
    h.press_times(RIGHT, 3);
    assert_eq!(
        h.app.screens.register.delivery,
        Delivery::Text(OtpFormat::Alnum6)
    );

    h.focus_register(RegisterField::Code);
    h.type_text("ab0o1i-z9");
    assert_eq!(
        h.app.screens.register.code.value(),
        "ABZ9",
        "upper-cased; 0 O 1 I dropped"
    );
    h.erase_field();

    let code = h.send_code();
    assert_eq!(code.len(), 6);
    assert_only_from(&code, OTP_ALNUM, "alnum6 code");
    h.focus_register(RegisterField::Code);
    h.type_text(&format!("{}!", code.to_lowercase()));
    assert_eq!(h.app.screens.register.code.value(), code);
    h.press(ENTER);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn ctrl_r_toggles_showing_the_password() {
    let mut h = Driver::new();
    assert!(!h.app.screens.register.reveal_password);
    h.press(CTRL_R);
    assert!(h.app.screens.register.reveal_password);
    h.press(CTRL_R);
    assert!(!h.app.screens.register.reveal_password);
}

#[test]
fn the_masked_password_never_appears_on_screen_until_ctrl_r() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Name);
    h.type_text(NAME);
    h.press(ENTER);
    h.type_text(CITY);
    h.press(ENTER);
    h.type_text(STRONG);
    let chars: Vec<char> = STRONG.chars().collect();

    let masked = screen::text(&h.app);
    for window in chars.windows(3) {
        let piece: String = window.iter().collect();
        assert!(
            !masked.contains(&piece),
            "{piece:?} of the password is on screen:\n{masked}"
        );
    }
    let bullets = "•".repeat(chars.len());
    assert!(masked.contains(&bullets), "{masked}");
    assert!(!masked.contains(&format!("{bullets}•")), "{masked}");

    h.press(CTRL_R);
    let shown = screen::text(&h.app);
    assert!(shown.contains(STRONG), "{shown}");
    assert_eq!(
        masked.matches('•').count() - shown.matches('•').count(),
        chars.len(),
        "one bullet per character, and only there"
    );
}

#[test]
fn a_pasted_name_with_tabs_or_line_breaks_keeps_its_words_apart() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Name);
    h.paste("José María\tO’Brien\r\n");
    assert_eq!(h.app.screens.register.name.value(), "José María O’Brien");
    h.focus_register(RegisterField::City);
    h.paste("\nSão\n\nPaulo");
    assert_eq!(h.app.screens.register.city.value(), "São Paulo");
    assert_eq!(h.status(), "", "nothing was left out");
}
