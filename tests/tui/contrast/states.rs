//! Every screen and overlay, for the contrast test: the drawing tests' states, and the
//! overlays and modes they leave out (the QR code, Words mode, the profile name prompt, the
//! Site field offering a domain).

use keysmith::for_tests::{PasswordField, Settings, SettingsFile, Startup};

use crate::render::{State, build_with};
use crate::support::Driver;
use crate::support::keys::*;

/// Each state by name, built with `settings`.
pub(super) fn all(settings: Settings) -> Vec<(String, Driver)> {
    let mut states: Vec<(String, Driver)> = State::ALL
        .into_iter()
        .map(|state| (format!("{state:?}"), build_with(state, settings)))
        .collect();

    let mut qr = Driver::with(settings);
    qr.set_up_authenticator("Ana");
    states.push(("Qr".into(), qr));

    let mut words = Driver::with(settings);
    // From the length, up past the profile selector to the mode selector: Words.
    words.act(F3).act(BACKTAB).act(BACKTAB).act(RIGHT);
    states.push(("Words".into(), words));

    let mut prompt = Driver::with(settings);
    prompt.start(Startup {
        file: SettingsFile::Remembering("config.toml".into()),
        ..Startup::none()
    });
    prompt.act(F3).act(CTRL_S);
    states.push(("ProfilePrompt".into(), prompt));

    // The rest of the domain the Site field offers, greyed after the cursor.
    let mut site = Driver::with(settings);
    site.password_screen_with_length("16");
    site.focus_password(PasswordField::Site);
    site.type_text("payp");
    assert_eq!(site.characters().offered_completion(), Some("al.com"));
    states.push(("SiteCompletion".into(), site));
    states
}
