//! The authenticator app on Register: enrol from a QR code, then sign up with the
//! codes the app computes; chosen times through the driver's wall clock.

use crate::support::keys::*;
use crate::support::screen::screen_text;
use crate::support::{CITY, Driver, NAME, STRONG, wrong_code};
use keysmith::for_tests::Overlay;
use keysmith::for_tests::RegisterField;
use keysmith_core::Delivery;
use keysmith_core::totp::Enrolment;

/// The form filled, the authenticator chosen, and its button pressed: the QR code is open.
fn enrolled() -> Driver {
    let mut h = Driver::new();
    h.set_up_authenticator(NAME);
    h
}

fn enrolment(h: &Driver) -> &Enrolment {
    h.app.screens.register.enrolment.as_ref().expect("enrolled")
}

/// The code the phone shows `steps` periods from the driver's current time.
fn app_code(h: &Driver, steps: i64) -> String {
    let at = h.unix().checked_add_signed(steps * 30).expect("in range");
    enrolment(h).code_at(at).to_string()
}

fn close_qr(h: &mut Driver) {
    assert!(
        matches!(h.app.overlay, Some(Overlay::Qr(_))),
        "the QR code is open"
    );
    h.press(ESC);
    assert!(h.app.overlay.is_none());
}

#[test]
fn the_button_shows_the_qr_code_and_the_code_it_leads_to_signs_up() {
    let mut h = enrolled();
    let uri = enrolment(&h).uri().to_string();
    assert!(
        uri.starts_with("otpauth://totp/keysmith:Ada?secret="),
        "{uri}"
    );
    assert!(uri.ends_with("&issuer=keysmith"), "{uri}");
    let screen = screen_text(&h.app, 120, 40).join("\n");
    assert!(screen.contains("Scan it with your authenticator app, then type its 6-digit code"));
    let groups = enrolment(&h).secret_groups().to_string();
    assert_eq!(groups.split(' ').count(), 8, "{groups}");
    // Four groups a line, so that the text fits beside the code at 80 columns.
    let (first_half, second_half) = groups.split_at(19);
    assert!(screen.contains(first_half), "{screen}");
    assert!(screen.contains(second_half.trim_start()), "{screen}");
    close_qr(&mut h);
    assert_eq!(h.app.screens.register.focus, RegisterField::Code);
    let code = app_code(&h, 0);
    h.submit_code(&code);
    assert_eq!(
        h.dialog(),
        ("Login successful", "Welcome, Ada from Lisbon!".to_string())
    );
    h.close_dialog();
    assert!(
        h.app.screens.register.enrolment.is_none(),
        "clearing the form wipes it"
    );
}

#[test]
fn one_step_of_skew_either_side_is_accepted_and_two_are_not() {
    for (steps, accepted) in [(-1, true), (1, true), (-2, false), (2, false)] {
        let mut h = enrolled();
        close_qr(&mut h);
        let code = app_code(&h, steps);
        h.submit_code(&code);
        let (title, message) = h.dialog();
        assert_eq!(
            title == "Login successful",
            accepted,
            "{steps} steps: {message}"
        );
        if !accepted {
            assert_eq!(message, "Wrong code — 2 tries left");
        }
    }
}

#[test]
fn a_code_is_taken_once_even_inside_its_window() {
    let mut h = enrolled();
    close_qr(&mut h);
    let code = app_code(&h, 0);
    // Accepted, then denied on a second form with the same enrolment: run the check twice.
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
    let mut h = enrolled();
    close_qr(&mut h);
    let code = app_code(&h, 0);
    assert!(matches!(
        h.app
            .screens
            .register
            .enrolment
            .as_mut()
            .map(|e| e.verify(&code, crate::support::driver::UNIX_T0)),
        Some(keysmith_core::totp::TotpVerdict::Accepted)
    ));
    h.submit_code(&code);
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.contains("already used"), "{message}");
}

#[test]
fn three_wrong_codes_void_it_and_the_button_then_makes_a_new_secret() {
    let mut h = enrolled();
    let first = enrolment(&h).uri().to_string();
    close_qr(&mut h);
    let right = app_code(&h, 0);
    for left in ["2 tries left", "1 try left"] {
        h.submit_code(&wrong_code(&right));
        assert_eq!(h.dialog().1, format!("Wrong code — {left}"));
        h.close_dialog();
    }
    h.submit_code(&wrong_code(&right));
    assert_eq!(h.dialog().1, "Too many wrong tries, set up again");
    h.close_dialog();
    h.submit_code(&right);
    assert_eq!(h.dialog().1, "Too many wrong tries, set up again");
    h.close_dialog();
    h.focus_register(RegisterField::SendCode);
    h.press(ENTER);
    assert_ne!(
        enrolment(&h).uri(),
        first,
        "a voided enrolment is set up anew"
    );
}

#[test]
fn pressing_the_button_again_shows_the_same_enrolment() {
    let mut h = enrolled();
    let first = enrolment(&h).uri().to_string();
    close_qr(&mut h);
    h.focus_register(RegisterField::SendCode);
    h.press(ENTER);
    assert_eq!(enrolment(&h).uri(), first);
}

#[test]
fn submitting_without_an_enrolment_names_the_button() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.press_times(RIGHT, 4);
    assert_eq!(h.app.screens.register.delivery, Delivery::Authenticator);
    let screen = screen_text(&h.app, 100, 30).join("\n");
    assert!(screen.contains("[ Set up authenticator ]"), "{screen}");
    h.submit();
    let (title, message) = h.dialog();
    assert_eq!(title, "Login denied");
    assert!(message.contains("press Set up authenticator"), "{message}");
    h.close_dialog();
    assert_eq!(h.app.screens.register.focus, RegisterField::SendCode);
}

#[test]
fn a_malformed_code_costs_no_try() {
    let mut h = enrolled();
    close_qr(&mut h);
    h.focus_register(RegisterField::Code);
    h.type_text("12a");
    assert_eq!(h.app.screens.register.code.value(), "12");
    h.press(ENTER);
    assert_eq!(h.status(), "Type all 6 characters of the code");
    let code = app_code(&h, 0);
    h.erase_field();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful");
}

#[test]
fn a_name_is_needed_to_enrol() {
    let mut h = Driver::new();
    h.focus_register(RegisterField::CodeFormat);
    h.press_times(RIGHT, 4);
    h.focus_register(RegisterField::SendCode);
    h.press(ENTER);
    assert!(
        h.status().starts_with("Type your name first"),
        "{}",
        h.status()
    );
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
}
