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
    h.fill_register_form(NAME, CITY, STRONG);
    h.focus_register(RegisterField::CodeFormat);
    while h.app.screens.register.delivery != Delivery::Authenticator {
        h.press(RIGHT);
    }
    h.focus_register(RegisterField::SendCode);
    h.press(ENTER);
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
    assert!(screen.contains(&groups), "{screen}");
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

/// Reads the drawn screen as a phone's camera would: half blocks to modules, four pixels a
/// module, and everything that is not a block is light.
fn decode_screen(rows: &[String]) -> Vec<String> {
    const SCALE: usize = 4;
    let modules: Vec<Vec<bool>> = rows
        .iter()
        .flat_map(|row| {
            let (top, bottom): (Vec<bool>, Vec<bool>) = row
                .chars()
                .map(|c| match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    _ => (false, false),
                })
                .unzip();
            [top, bottom]
        })
        .collect();
    let width = modules.iter().map(Vec::len).max().unwrap_or(0) * SCALE;
    let height = modules.len() * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        if modules[y / SCALE].get(x / SCALE).copied().unwrap_or(false) {
            0
        } else {
            255
        }
    });
    image
        .detect_grids()
        .iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

#[test]
fn the_drawn_qr_code_decodes_to_the_uri_at_the_smallest_size_that_shows_it() {
    let h = enrolled();
    let uri = enrolment(&h).uri().to_string();
    let Some(Overlay::Qr(card)) = &h.app.overlay else {
        panic!("the QR code is open");
    };
    let (columns, rows) = keysmith::for_tests::needed_window(card);
    let at_size = screen_text(&h.app, columns, rows);
    assert_eq!(
        decode_screen(&at_size),
        std::slice::from_ref(&uri),
        "{}",
        at_size.join("\n")
    );
    let groups = enrolment(&h).secret_groups().to_string();
    for (w, r) in [(columns - 1, rows), (columns, rows - 1), (80, 24), (60, 20)] {
        let smaller = screen_text(&h.app, w, r);
        let text = smaller.join("\n");
        assert!(
            decode_screen(&smaller).is_empty() && !text.contains('▀'),
            "{w}x{r} draws part of a QR code:\n{text}"
        );
        assert!(
            text.contains(&format!("needs a window of {columns}×{rows}")),
            "{w}x{r}:\n{text}"
        );
        assert!(text.contains(&groups), "{w}x{r} hides the secret:\n{text}");
    }
    // Larger windows still show it whole.
    assert_eq!(decode_screen(&screen_text(&h.app, 200, 60)), [uri]);
}
