//! A code or an enrolment lives no longer than what it was for: a code that expires lifts the
//! resend wait and the status says so; a name change voids the authenticator enrolment.

use std::time::Duration;

use keysmith::for_tests::{RegisterField, Settings};

use crate::support::keys::*;
use crate::support::{CITY, Driver, STRONG};

#[test]
fn a_code_that_expires_lifts_the_resend_wait_and_the_status_follows_it() {
    let settings = Settings {
        otp_ttl: Duration::from_secs(5),
        ..Settings::default()
    };
    let mut h = Driver::with(settings);
    h.fill_register_form("Ada", CITY, STRONG);
    h.send_code();
    assert!(
        h.status().contains("read it in the Messages panel"),
        "{}",
        h.status()
    );
    h.tick_at(Duration::from_secs(4));
    assert!(
        h.status().contains("read it in the Messages panel"),
        "still live: {}",
        h.status()
    );
    h.tick_at(Duration::from_secs(6));
    assert!(h.status().contains("The code expired"), "{}", h.status());
    assert!(!h.status().contains("read it"), "{}", h.status());
    let second = h.send_code();
    assert!(
        h.status().starts_with("Code sent"),
        "no wait past the code's life: {}",
        h.status()
    );
    assert_eq!(
        h.app.screens.register.inbox.past().count(),
        1,
        "the expired code is archived"
    );
    h.submit_code(&second);
    assert_eq!(h.dialog().0, "Login successful");
}

/// Authenticator chosen for `name`, its QR code opened and closed.
fn enrol(h: &mut Driver, name: &str) -> String {
    h.set_up_authenticator(name);
    h.press(ESC);
    let enrolment = h.app.screens.register.enrolment.as_ref().expect("enrolled");
    enrolment.uri().to_string()
}

#[test]
fn changing_the_name_voids_the_enrolment_and_the_next_setup_makes_a_new_secret() {
    let mut h = Driver::new();
    let first = enrol(&mut h, "José");
    let code = {
        let enrolment = h.app.screens.register.enrolment.as_ref().expect("enrolled");
        enrolment.code_at(h.unix()).to_string()
    };
    h.focus_register(RegisterField::Name);
    h.erase_field();
    h.type_text("Bob");
    assert!(h.app.screens.register.enrolment.is_none(), "voided");
    assert!(
        h.status().contains("set up for José no longer applies"),
        "{}",
        h.status()
    );
    // The old enrolment's code signs no one up: there is no enrolment to check it against.
    h.focus_register(RegisterField::Code);
    h.type_text(&code);
    h.submit();
    assert_eq!(
        h.dialog(),
        (
            "Login denied",
            "No authenticator is set up yet, press Set up authenticator first".to_string()
        ),
        "{}",
        h.status()
    );
    h.close_dialog();
    h.press_send();
    let enrolment = h
        .app
        .screens
        .register
        .enrolment
        .as_ref()
        .expect("enrolled again");
    assert!(
        enrolment.uri().starts_with("otpauth://totp/keysmith:Bob?"),
        "{}",
        enrolment.uri()
    );
    let secret = |uri: &str| uri.split("secret=").nth(1).map(str::to_owned);
    assert_ne!(secret(enrolment.uri()), secret(&first), "a new secret");
}
