//! Cases the property test found, kept as ordinary tests.

use keysmith::for_tests::Settings;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::run_steps;
use super::strategies::Step;

fn key(code: KeyCode) -> Step {
    Step::Event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// The minimal input proptest gave: Enter (Name → City), Tab (→ Password), then paste a keypad
/// walk of 30 characters. zxcvbn 3.1.1 (the latest) estimates a spatial pattern with
/// `degree.pow(turns)` in `u64` (`SpatialPattern::estimate`, scoring.rs:427): the keypad's
/// average degree is 5 and 5^28 > 2^64, so any keypad walk of 29 or more characters
/// ("12121212121212121212121212121", "8585…") overflows, and so does a qwerty walk of 33 or
/// more ("qwqw…"; the keyboard's degree is 4). With overflow checks on (debug builds, so
/// `cargo test` and `cargo run`) that is a panic; in release it wraps silently. `assess` rates
/// the first 28 characters now, which keeps clear of both, and debug builds compile zxcvbn
/// without overflow checks, as release does.
#[test]
fn a_keypad_walk_pasted_as_the_password_does_not_panic() {
    run_steps(
        Settings::default(),
        0,
        (0, 0),
        &[
            key(KeyCode::Enter),
            key(KeyCode::Tab),
            Step::Event(Event::Paste("747474747474747474747474747474".into())),
        ],
    );
}
