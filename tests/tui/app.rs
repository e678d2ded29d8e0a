//! User stories across the whole app as key and message sequences through `App`: the
//! overlays, switching screens, quitting, the timers and the effects. No terminal, a seeded
//! RNG, and a clock that moves only when a test says so.
//!
//! Texts are spelled out here, and times in `support::spec`, by hand rather than taken from
//! the crate, so that these tests check the app against the documented behaviour, not against
//! itself.

use crate::support::keys::*;
use std::time::Duration;

use keysmith::for_tests::PasswordField;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::Screen;
use keysmith::for_tests::{AppMsg, Effect, Input, Settings};
use keysmith::for_tests::{ClipboardReport, SystemCopy, Terminal};
use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;
use tui_input::InputRequest;

use crate::support::spec::{COOLDOWN, DEFAULT_TTL};
use crate::support::{CITY, Driver, NAME, STRONG, screen};

// ============================================================================================
// Overlays
// ============================================================================================

#[test]
fn an_open_dialog_swallows_typing_and_navigation() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    assert!(h.app.dialog().is_some());
    let focus = h.app.screens.register.focus;
    h.type_text("xyz");
    h.press(TAB);
    h.press(F3);
    h.press(F1);
    assert!(h.app.dialog().is_some());
    assert_eq!(h.app.screens.register.focus, focus);
    assert_eq!(h.app.screen, Screen::Register);
    assert!(!h.app.help_open());
    assert!(h.app.screens.register.code.is_empty());
}

#[test]
fn the_help_overlay_swallows_other_actions_until_closed() {
    let mut h = Driver::new();
    h.press(F1);
    assert!(h.app.help_open());
    h.type_text("abc");
    h.paste("pasted");
    for action in [TAB, DOWN, ENTER, F3, CTRL_R] {
        h.press(action);
    }
    assert!(h.app.help_open());
    assert!(h.app.screens.register.name.is_empty());
    assert_eq!(h.app.screens.register.focus, RegisterField::Name);
    assert_eq!(h.app.screen, Screen::Register);
    assert!(!h.app.screens.register.reveal_password);

    h.press(ESC);
    assert!(!h.app.help_open());
    h.type_text("abc");
    assert_eq!(h.app.screens.register.name.value(), "abc");

    h.press(F1);
    h.press(F1);
    assert!(!h.app.help_open(), "F1 closes it too");
}

// ============================================================================================
// Screens and quitting
// ============================================================================================

#[test]
fn f2_and_f3_keep_each_screens_state() {
    let mut h = Driver::new();
    h.type_text(NAME);
    h.press(ENTER);
    h.type_text("Lis");
    assert_eq!(h.app.screens.register.focus, RegisterField::City);

    h.password_screen_with_length("14");
    h.press(key('2'));
    h.press(ENTER);
    let password = h.result();

    h.press(F2);
    assert_eq!(h.app.screen, Screen::Register);
    assert_eq!(h.app.screens.register.name.value(), NAME);
    assert_eq!(h.app.screens.register.city.value(), "Lis");
    assert_eq!(h.app.screens.register.focus, RegisterField::City);
    h.type_text("bon");
    assert_eq!(
        h.app.screens.register.city.value(),
        CITY,
        "typing goes to Register"
    );

    h.press(F3);
    assert_eq!(h.app.screen, Screen::Password);
    assert_eq!(h.characters().length.value(), "14");
    assert_eq!(h.characters().set.number(), 2);
    assert_eq!(h.result(), password);
    assert_eq!(h.app.screens.password.focus, PasswordField::Output);
}

#[test]
fn quit_returns_the_quit_effect_from_anywhere() {
    let mut h = Driver::new();
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));

    h.press(F1);
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));
    h.press(ESC);

    h.fill_register_form(NAME, CITY, STRONG);
    h.submit();
    assert!(h.app.dialog().is_some());
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));

    let mut h = Driver::new();
    h.password_screen_with_length("16");
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));
}

// ============================================================================================
// Timers: countdowns and the clipboard
// ============================================================================================

#[test]
fn next_wakeup_is_none_when_idle_and_at_most_a_second_ahead_while_a_code_is_live() {
    let mut h = Driver::new();
    assert_eq!(h.app.next_wakeup(), None, "idle at start");
    h.fill_register_form(NAME, CITY, STRONG);
    assert_eq!(h.app.next_wakeup(), None, "typing starts no timer");

    h.send_code();
    for since in [0, 1_500, 29_999, 45_250, 299_001] {
        h.at(Duration::from_millis(since));
        h.tick();
        let wake = h.app.next_wakeup().expect("a countdown is live");
        assert!(wake > h.now, "at {since} ms");
        assert!(wake - h.now <= Duration::from_secs(1), "at {since} ms");
    }
    h.at(Duration::from_millis(1_500));
    h.tick();
    assert_eq!(
        h.app.next_wakeup(),
        Some(h.t0 + Duration::from_secs(2)),
        "wakes when the shown second changes"
    );

    h.at(DEFAULT_TTL);
    h.tick();
    assert_eq!(h.app.next_wakeup(), None, "idle again after expiry");
}

#[test]
fn next_wakeup_ends_when_a_short_ttl_ends_the_resend_wait() {
    // The resend wait never outlasts the code: with a 5-second code, nothing counts down
    // after 5 seconds, and the app sleeps.
    let settings = Settings {
        otp_ttl: Duration::from_secs(5),
        ..Settings::default()
    };
    let mut h = Driver::with(settings);
    h.fill_register_form(NAME, CITY, STRONG);
    h.send_code();
    h.at(Duration::from_secs(4));
    h.tick();
    let wake = h.app.next_wakeup().expect("the code counts down");
    assert!(wake - h.now <= Duration::from_secs(1));
    h.at(Duration::from_secs(6));
    h.tick();
    assert_eq!(h.app.next_wakeup(), None);
    assert!(
        COOLDOWN > Duration::from_secs(6),
        "the cooldown would still run"
    );
}

#[test]
fn copy_yields_the_password_and_the_clipboard_clears_after_10_seconds() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    h.press(ENTER);
    let password = h.result();

    let effects = h.press(key('c'));
    match effects.as_slice() {
        [Effect::Copy(secret)] => assert_eq!(secret.expose_secret(), password),
        other => panic!("expected one Copy, got {other:?}"),
    }
    // The status says what the runtime reports the copy did (tests/clipboard_flows.rs has
    // every text).
    let report = ClipboardReport::Copied {
        system: SystemCopy::Took,
        terminal: Terminal::NotSent,
    };
    h.send(AppMsg::Clipboard(report));
    assert_eq!(
        h.status(),
        "Copied to the system clipboard — clears in 10 s"
    );
    assert_eq!(h.app.next_wakeup(), Some(h.t0 + Duration::from_secs(1)));
    h.at(Duration::from_secs(1));
    h.tick();
    assert_eq!(h.status(), "Copied to the system clipboard — clears in 9 s");

    h.at(Duration::from_millis(9_999));
    assert!(h.tick().is_empty(), "not before 10 s");
    h.at(Duration::from_secs(10));
    let effects = h.tick();
    assert!(
        matches!(effects.as_slice(), [Effect::ClearClipboard]),
        "{effects:?}"
    );
    assert_eq!(h.app.next_wakeup(), None);
    h.advance(Duration::from_secs(10));
    assert!(h.tick().is_empty(), "cleared once only");
}

#[test]
fn copying_again_restarts_the_clipboard_timer() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    h.press(ENTER);
    h.press(key('c'));
    h.at(Duration::from_secs(5));
    h.press(key('c'));
    h.at(Duration::from_secs(10));
    assert!(h.tick().is_empty());
    h.at(Duration::from_secs(15));
    assert!(matches!(h.tick().as_slice(), [Effect::ClearClipboard]));
}

#[test]
fn without_a_clipboard_clear_setting_no_clear_is_scheduled() {
    let settings = Settings {
        clipboard_clear: None,
        ..Settings::default()
    };
    let mut h = Driver::with(settings);
    h.password_screen_with_length("16");
    h.press(ENTER);
    let effects = h.press(key('c'));
    assert!(matches!(effects.as_slice(), [Effect::Copy(_)]));
    assert!(!h.status().contains("clears"), "{}", h.status());
    assert_eq!(h.app.next_wakeup(), None);
    h.advance(Duration::from_secs(3600));
    assert!(h.tick().is_empty());
}

// ============================================================================================
// Effects and robustness
// ============================================================================================

#[test]
fn nothing_but_copy_clear_and_quit_ever_asks_the_runtime_for_anything() {
    let mut h = Driver::new();
    h.fill_register_form(NAME, CITY, STRONG);
    let code = h.send_code();
    let mut effects = Vec::new();
    effects.extend(h.tick());
    h.focus_register(RegisterField::Code);
    for c in code.chars() {
        effects.extend(h.edit(InputRequest::InsertChar(c)));
    }
    effects.extend(h.press(ENTER));
    effects.extend(h.press(ESC));
    effects.extend(h.press(F3));
    effects.extend(h.press(CTRL_R));
    assert!(effects.is_empty(), "{effects:?}");
}

#[test]
fn random_message_sequences_never_panic_the_app_or_the_view() {
    use rand::RngExt;
    let actions = [
        TAB,
        BACKTAB,
        UP,
        DOWN,
        LEFT,
        RIGHT,
        SPACE,
        ENTER,
        CTRL_R,
        key('r'),
        key('c'),
        key('0'),
        key('1'),
        key('3'),
        key('4'),
        key('9'),
        F2,
        F3,
        F1,
        ESC,
    ];
    let typed = "09a Z!é名\u{1b}\n9";
    let pastes = [
        "",
        "123456",
        "99999999999999999999",
        "é\t\u{7f}\u{1b}[2J",
        "95",
    ];
    let edits = [
        InputRequest::DeletePrevChar,
        InputRequest::DeleteNextChar,
        InputRequest::DeleteLine,
        InputRequest::DeletePrevWord,
        InputRequest::GoToStart,
        InputRequest::GoToEnd,
        InputRequest::GoToPrevChar,
        InputRequest::Yank,
    ];
    let mut chooser = StdRng::seed_from_u64(99);
    let mut h = Driver::with(Settings {
        otp_ttl: Duration::from_secs(40),
        ..Settings::default()
    });
    for step in 0..1_500 {
        let effects = match chooser.random_range(0..10) {
            0..=4 => h.press(actions[chooser.random_range(0..actions.len())]),
            5 | 6 => {
                let chars: Vec<char> = typed.chars().collect();
                h.edit(InputRequest::InsertChar(
                    chars[chooser.random_range(0..chars.len())],
                ))
            }
            7 => h.edit(edits[chooser.random_range(0..edits.len())]),
            8 => {
                let text = pastes[chooser.random_range(0..pastes.len())].to_string();
                h.send(AppMsg::Screen(Input::Paste(text)))
            }
            _ => {
                h.advance(Duration::from_millis(chooser.random_range(0..20_000)));
                h.send(AppMsg::Tick)
            }
        };
        for effect in effects {
            if matches!(effect, Effect::Quit) {
                panic!("Quit is not among the actions sent (step {step})");
            }
        }
        if let Some(wake) = h.app.next_wakeup() {
            assert!(wake <= h.now + Duration::from_secs(10), "step {step}");
        }
        if step % 97 == 0 {
            for (width, height) in [(100, 30), (60, 20), (59, 19), (20, 5)] {
                screen::draw(&h.app, width, height);
            }
        }
    }
}

#[test]
fn the_footer_offers_the_other_screen_not_the_one_shown() {
    let mut h = Driver::new();
    let footer = screen::screen_text(&h.app, 80, 24)
        .pop()
        .unwrap_or_default();
    assert!(!footer.contains("F2 Register"), "{footer}");
    assert!(footer.contains("F3 Password"), "{footer}");
    h.press(F3);
    let footer = screen::screen_text(&h.app, 120, 40)
        .pop()
        .unwrap_or_default();
    assert!(!footer.contains("F3 Password"), "{footer}");
    // The key still works where it is not offered: it shows the screen already shown.
    h.press(F3);
    assert_eq!(h.app.screen, Screen::Password);
}
