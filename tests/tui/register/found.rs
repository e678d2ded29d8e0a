//! Bugs found while writing these flows, kept as tests: the code field after the form clears,
//! names of only spaces, one cooldown number, refusals that clear, the focus after a refused
//! submit, a format change with a live code, what a field does not take, and the phone's
//! earlier messages.

use crate::support::keys::*;
use std::time::Duration;

use keysmith::for_tests::RegisterField;
use keysmith_core::Delivery;
use keysmith_core::OtpFormat;

use crate::support::spec::COOLDOWN;
use crate::support::{CITY, Driver, NAME, STRONG, screen};

#[test]
fn after_the_form_clears_the_code_field_follows_the_format_selector() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.press(RIGHT);
    assert_eq!(
        h.app.screens.register.delivery,
        Delivery::Text(OtpFormat::Digits8)
    );
    let code = h.send_code();
    assert_eq!(code.len(), 8);
    h.focus_register(RegisterField::CodeFormat);
    h.press(RIGHT);
    assert_eq!(
        h.app.screens.register.delivery,
        Delivery::Text(OtpFormat::Digits4)
    );
    assert_eq!(
        h.app.screens.register.code_format(),
        Delivery::Text(OtpFormat::Digits8),
        "the sent code rules"
    );
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
    h.close_dialog();

    assert_eq!(
        h.app.screens.register.code_format(),
        Delivery::Text(OtpFormat::Digits4)
    );
    h.focus_register(RegisterField::Code);
    h.type_text("1234567890");
    assert_eq!(
        h.app.screens.register.code.value(),
        "1234",
        "the screen says 4 characters"
    );
}

#[test]
fn a_name_or_city_of_only_spaces_is_missing_and_the_welcome_is_trimmed() {
    let mut h = Driver::new();
    h.fill_register_form("   ", CITY, STRONG);
    h.submit();
    assert_eq!(h.status(), "Name is required");
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);

    h.erase_field();
    h.type_text("  Ada  ");
    h.focus_register(RegisterField::City);
    h.erase_field();
    h.type_text(" \u{3000} ");
    h.submit();
    assert_eq!(h.status(), "City is required");

    h.erase_field();
    h.type_text(" Lisbon ");
    let code = h.send_code();
    h.submit_code(&code);
    assert_eq!(
        h.dialog(),
        ("Login successful", "Welcome, Ada from Lisbon!".to_string())
    );
}

#[test]
fn the_cooldown_on_the_button_and_in_the_refusal_is_one_number() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.send_code();
    for millis in [400, 9_500, 13_400, 29_001] {
        h.at(Duration::from_millis(millis));
        h.press_send();
        let refusal = h.status().to_string();
        let seconds: String = refusal.chars().filter(char::is_ascii_digit).collect();
        let screen = crate::support::screen::screen_text(&h.app, 100, 30).join("\n");
        assert!(
            screen.contains(&format!("again in {seconds}s")),
            "{refusal:?} at {millis} ms, but the button says otherwise:\n{screen}"
        );
        let expected = (30_000 - millis).div_ceil(1000);
        assert_eq!(seconds, expected.to_string(), "at {millis} ms");
    }
}

#[test]
fn a_refusal_about_a_field_clears_once_the_field_is_fixed() {
    let mut h = Driver::new();
    h.type_text(NAME);
    h.submit();
    assert_eq!(h.status(), "City is required");
    assert_eq!(h.app.screens.register.focus, RegisterField::City);
    h.type_text("L");
    assert_eq!(h.status(), "", "the city is no longer missing");

    h.focus_register(RegisterField::Password);
    h.type_text("short");
    h.submit();
    assert_eq!(h.status(), "Gender is required");
    h.press(RIGHT);
    assert_eq!(h.status(), "", "a gender is picked");
    h.submit();
    assert!(h.status().contains("too short"), "{}", h.status());
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
    h.type_text("1");
    assert!(
        h.status().contains("too short"),
        "6 is still short: {}",
        h.status()
    );
    // Long enough but weak: the refusal says what holds now, not what held.
    h.erase_field();
    h.type_text("password1");
    assert!(!h.status().contains("too short"), "{}", h.status());
    assert!(h.status().contains("weak"), "{}", h.status());
    h.erase_field();
    h.type_text(STRONG);
    assert_eq!(h.status(), "", "a strong password clears it");
}

#[test]
fn submitting_with_no_code_sent_moves_the_focus_to_send_code() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    assert!(h.dialog().1.contains("No code was sent"));
    h.close_dialog();
    assert_eq!(h.app.screens.register.focus, RegisterField::SendCode);
}

#[test]
fn changing_the_format_with_a_live_code_says_it_applies_to_the_next() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.send_code();
    h.focus_register(RegisterField::CodeFormat);
    h.press(RIGHT);
    assert_eq!(
        h.status(),
        "digits8 applies to the next code; the code sent is digits6"
    );
    assert_eq!(
        h.app.screens.register.code_format(),
        Delivery::Text(OtpFormat::Digits6)
    );
}

#[test]
fn what_a_field_does_not_take_is_said_not_dropped_in_silence() {
    let mut h = Driver::new();
    h.paste("Jo\u{7}hn\u{1b}Doe");
    assert_eq!(h.app.screens.register.name.value(), "JohnDoe");
    assert_eq!(
        h.status(),
        "Name takes no such character: left out 2 characters"
    );
    h.erase_field();
    h.paste(&"x".repeat(70));
    assert_eq!(
        h.status(),
        "Name holds at most 64 characters: 6 more left out"
    );
}

#[test]
fn the_phone_keeps_earlier_messages_newest_first_with_what_became_of_them() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let first = h.send_code();
    h.at(COOLDOWN);
    let second = h.send_code();
    h.submit_code(&second);
    h.close_dialog();
    let past: Vec<(String, &str)> = h
        .app
        .screens
        .register
        .inbox
        .past()
        .map(|m| (m.masked_code(), m.fate.label()))
        .collect();
    assert_eq!(
        past,
        [("••••••".into(), "used"), ("••••••".into(), "replaced")]
    );
    let text = screen::text(&h.app);
    assert!(!text.contains("No messages yet"), "{text}");
    assert!(text.contains("used") && text.contains("replaced"), "{text}");
    // A code done with is of use to no one: it is masked, and its text wiped.
    assert!(!text.contains(&first) && !text.contains(&second), "{text}");
}
