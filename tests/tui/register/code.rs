//! The one-time code: the right one logs in, wrong ones count down the tries and void it,
//! it expires after its TTL, a second send waits out the cooldown, and the success dialog
//! clears the form.

use crate::support::keys::*;
use std::time::Duration;

use keysmith::for_tests::RegisterField;
use keysmith::for_tests::{Outcome, Settings, Tone};

use crate::support::spec::{COOLDOWN, DEFAULT_TTL};
use crate::support::{CITY, Driver, NAME, STRONG, wrong_code};

#[test]
fn the_right_code_logs_the_user_in_with_a_welcome() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    assert_eq!(code.len(), 6);
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
    assert_eq!(
        h.app.screens.register.focus,
        RegisterField::Code,
        "Send moves focus"
    );
    assert!(h.status().starts_with("Code sent"), "{}", h.status());

    h.advance(Duration::from_secs(12));
    h.submit_code(&code);

    let dialog = h.app.dialog().expect("a dialog");
    assert_eq!(dialog.outcome, Outcome::Success);
    assert_eq!(
        h.dialog(),
        ("Login successful", "Welcome, Ada from Lisbon!".to_string())
    );
}

#[test]
fn a_wrong_code_is_denied_and_counts_down_the_tries() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    let bad = wrong_code(&code);

    h.submit_code(&bad);
    assert_eq!(
        h.dialog(),
        ("Login denied", "Wrong code — 2 tries left".to_string())
    );
    assert_eq!(h.app.dialog().map(|d| d.outcome), Some(Outcome::Denied));
    h.close_dialog();
    assert_eq!(
        h.app.screens.register.name.value(),
        NAME,
        "a denial keeps the form"
    );
    assert!(
        h.app.screens.register.code.is_empty(),
        "the typed code is cleared"
    );

    h.submit_code(&bad);
    assert_eq!(
        h.dialog(),
        ("Login denied", "Wrong code — 1 try left".to_string())
    );
}

#[test]
fn three_wrong_tries_void_the_code_so_even_the_right_one_is_denied() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    let bad = wrong_code(&code);
    for _ in 0..2 {
        h.submit_code(&bad);
        h.close_dialog();
    }
    h.submit_code(&bad);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(
        message.to_lowercase().contains("too many wrong tries"),
        "{message}"
    );
    h.close_dialog();

    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(
        message.to_lowercase().contains("too many wrong tries"),
        "{message}"
    );
    assert!(message.contains("send a new code"), "{message}");
}

#[test]
fn a_code_expires_after_the_default_ttl_of_five_minutes() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(DEFAULT_TTL);
    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.to_lowercase().contains("expired"), "{message}");
    assert!(message.contains("send a new code"), "{message}");
}

#[test]
fn a_code_still_works_just_before_its_ttl() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(DEFAULT_TTL - Duration::from_millis(1));
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn a_custom_ttl_from_the_settings_sets_when_the_code_expires() {
    let ttl = Duration::from_secs(60);
    let settings = Settings {
        otp_ttl: ttl,
        ..Settings::default()
    };

    let mut h = Driver::with(settings);
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(ttl - Duration::from_secs(1));
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");

    let mut h = Driver::with(settings);
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.at(ttl);
    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.to_lowercase().contains("expired"), "{message}");
}

#[test]
fn submitting_before_any_code_was_sent_is_denied() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.contains("No code was sent"), "{message}");

    h.close_dialog();
    h.submit_code("123456");
    assert_eq!(h.dialog().0, "Login denied");
}

#[test]
fn a_partly_typed_code_asks_for_the_rest_and_costs_no_try() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.submit_code(&code[..3]);
    assert!(h.app.dialog().is_none());
    assert_eq!(h.status(), "Type all 6 characters of the code");
    assert_eq!(h.app.screens.register.focus, RegisterField::Code);
    h.erase_field();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn a_second_send_within_30_seconds_is_refused_and_allowed_at_30() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let first = h.send_code();

    h.advance(Duration::from_secs(10));
    h.press_send();
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert_eq!(h.status(), "Please wait 20s before sending a new code");
    assert_eq!(h.sent_code(), first, "the refused send keeps the code");

    h.at(COOLDOWN - Duration::from_millis(500));
    h.press_send();
    assert_eq!(h.status(), "Please wait 1s before sending a new code");

    h.at(COOLDOWN);
    let second = h.send_code();
    assert_eq!(h.status_tone(), Some(Tone::Info));
    assert!(h.status().starts_with("Code sent"), "{}", h.status());
    assert_ne!(second, first, "a new code was drawn");
    assert_eq!(h.app.screens.register.focus, RegisterField::Code);
}

#[test]
fn a_replaced_code_no_longer_works_but_the_new_one_does() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let old = h.send_code();
    h.at(COOLDOWN);
    let new = h.send_code();
    assert_ne!(old, new);

    h.submit_code(&old);
    assert_eq!(
        h.dialog(),
        ("Login denied", "Wrong code — 2 tries left".to_string())
    );
    h.close_dialog();

    h.submit_code(&new);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn closing_the_success_dialog_with_esc_clears_the_form() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.press(CTRL_R);
    let code = h.send_code();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");

    h.press(ESC);
    assert!(h.app.dialog().is_none());
    let form = &h.app.screens.register;
    assert!(form.name.is_empty());
    assert!(form.city.is_empty());
    assert!(form.password.is_empty());
    assert!(form.code.is_empty());
    assert_eq!(form.gender, None);
    assert_eq!(form.strength, None);
    assert!(!form.reveal_password, "the password is hidden again");
    assert_eq!(form.sent_code(), None, "the used code is forgotten");
    assert_eq!(form.focus, RegisterField::Name);
}

#[test]
fn closing_the_success_dialog_with_enter_clears_the_form_too() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.submit_code(&code);
    h.press(ENTER);
    assert!(h.app.dialog().is_none());
    assert!(h.app.screens.register.name.is_empty());
    assert!(h.app.screens.register.password.is_empty());
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn the_cooldown_outlives_a_cleared_form() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    h.submit_code(&code);
    h.close_dialog();
    h.advance(Duration::from_secs(5));
    h.press_send();
    assert_eq!(h.status(), "Please wait 25s before sending a new code");
    assert_eq!(h.app.screens.register.sent_code(), None);
}
