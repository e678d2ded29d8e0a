//! User stories on the Register screen as `Msg` sequences through `App`: no
//! terminal, a seeded RNG, and a clock that moves only when a test says so.
//!
//! Texts are spelled out here, and alphabets and times in `support::spec`, by hand rather than
//! taken from the crate, so that these tests check the app against the documented behaviour,
//! not against itself.

use std::time::Duration;

use keysmith::for_tests::RegisterField;
use keysmith::for_tests::{Action, Outcome, Settings, Tone};
use keysmith_core::Delivery;
use keysmith_core::OtpFormat;

use crate::support::spec::{COOLDOWN, DEFAULT_TTL, OTP_ALNUM, assert_only_from};
use crate::support::{CITY, Driver, NAME, STRONG, screen, wrong_code};

// ============================================================================================
// The code
// ============================================================================================

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
    h.press(Action::RevealPassword);
    let code = h.send_code();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");

    h.press(Action::Close);
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
    h.press(Action::Activate);
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

// ============================================================================================
// The fields
// ============================================================================================

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
        h.press(Action::Toggle);
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

    h.press(Action::Activate);
    h.type_text(CITY);
    h.focus_register(RegisterField::Gender);
    h.press(Action::Toggle);
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
        h.press(Action::FocusNext);
        assert_eq!(h.app.screens.register.focus, expected);
    }
    h.press(Action::FocusPrev);
    assert_eq!(
        h.app.screens.register.focus,
        RegisterField::Submit,
        "wraps back"
    );
    for &expected in order.iter().rev().skip(1) {
        h.press(Action::FocusPrev);
        assert_eq!(h.app.screens.register.focus, expected);
    }
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn down_and_up_walk_the_focus_ring_and_wrap() {
    let mut h = Driver::new();
    h.press(Action::Up);
    assert_eq!(h.app.screens.register.focus, RegisterField::Submit);
    h.press(Action::Down);
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
    h.press_times(Action::Down, 3);
    assert_eq!(h.app.screens.register.focus, RegisterField::Gender);
    h.press_times(Action::Down, 5);
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn enter_in_a_text_field_moves_to_the_next_field() {
    let mut h = Driver::new();
    h.type_text(NAME);
    h.press(Action::Activate);
    assert_eq!(h.app.screens.register.focus, RegisterField::City);
    h.press(Action::Activate);
    assert_eq!(h.app.screens.register.focus, RegisterField::Password);
    h.press(Action::Activate);
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
    h.press(Action::Activate);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn gender_arrows_pick_then_move_the_choice_and_space_picks_it() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Gender);
    assert_eq!(h.app.screens.register.gender, None);
    let label = |h: &Driver| h.app.screens.register.gender.map(|g| g.label());
    h.press(Action::Right);
    assert_eq!(
        label(&h),
        Some("Male"),
        "the first arrow picks the one under the cursor"
    );
    h.press(Action::Right);
    assert_eq!(label(&h), Some("Female"));
    h.press(Action::Right);
    assert_eq!(label(&h), Some("Other"));
    h.press(Action::Right);
    assert_eq!(label(&h), Some("Male"), "wraps");
    h.press(Action::Left);
    assert_eq!(label(&h), Some("Other"), "wraps back");
    h.press(Action::Toggle);
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
        h.press(Action::Right);
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
    h.press(Action::Right);
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
    h.press_times(Action::Right, 3);
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
    h.press(Action::Activate);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn ctrl_r_toggles_showing_the_password() {
    let mut h = Driver::new();
    assert!(!h.app.screens.register.reveal_password);
    h.press(Action::RevealPassword);
    assert!(h.app.screens.register.reveal_password);
    h.press(Action::RevealPassword);
    assert!(!h.app.screens.register.reveal_password);
}

#[test]
fn the_masked_password_never_appears_on_screen_until_ctrl_r() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::Name);
    h.type_text(NAME);
    h.press(Action::Activate);
    h.type_text(CITY);
    h.press(Action::Activate);
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

    h.press(Action::RevealPassword);
    let shown = screen::text(&h.app);
    assert!(shown.contains(STRONG), "{shown}");
    assert_eq!(
        masked.matches('•').count() - shown.matches('•').count(),
        chars.len(),
        "one bullet per character, and only there"
    );
}

// ============================================================================================
// Bugs found while writing these flows
// ============================================================================================

#[test]
fn after_the_form_clears_the_code_field_follows_the_format_selector() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.press(Action::Right);
    assert_eq!(
        h.app.screens.register.delivery,
        Delivery::Text(OtpFormat::Digits8)
    );
    let code = h.send_code();
    assert_eq!(code.len(), 8);
    h.focus_register(RegisterField::CodeFormat);
    h.press(Action::Right);
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
    h.press(Action::Right);
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
    h.press(Action::Right);
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
    h.paste("Jo\thn\nDoe");
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
        .map(|m| {
            (
                secrecy::ExposeSecret::expose_secret(&m.code).to_string(),
                m.fate.label(),
            )
        })
        .collect();
    assert_eq!(past, [(second, "used"), (first, "replaced")]);
    let text = screen::text(&h.app);
    assert!(!text.contains("No messages yet"), "{text}");
    assert!(text.contains("used") && text.contains("replaced"), "{text}");
}
