//! Rendering tests: `keysmith::for_tests::view` drawn into ratatui's `TestBackend`.
//!
//! Every state is built through the public state machine (`App::update`) with a seeded RNG and
//! a fixed clock, so the snapshots are deterministic. Only differences of `Instant`s reach the
//! screen (countdowns), so `t0 = Instant::now()` is fine.
//!
//! - Snapshots (insta, under `tests/tui/snapshots/`) of every screen state at 80×24 and 120×40, the
//!   too-small note one column and one row short of 60×20, and two states at exactly 60×20.
//! - The password's line holds only the password, cut into lines of the screen width,
//!   and a password that does not fit is not shown in part.
//! - No panic at any size from 1×1 to 120×40, and at larger sizes in steps up to 300×100.
//! - With colour on, the same text is drawn as without it.

use crate::support::keys::*;
use std::time::Duration;

use keysmith::for_tests::{App, Background, Settings};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::support::screen::{draw, rows, screen_text, secret_rows};
use crate::support::spec::WEAK_LENGTH;
use crate::support::{Driver, wrong_code};

const SEED: u64 = 7;

// ---------------------------------------------------------------------------------------------
// Building states
// ---------------------------------------------------------------------------------------------

fn driver(color: bool) -> Driver {
    let settings = Settings {
        color,
        ..Settings::default()
    };
    Driver::seeded(settings, SEED)
}

/// Every state the tests draw, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    RegisterEmpty,
    RegisterFilled,
    CodeSent,
    LoginSuccessful,
    LoginDenied,
    Help,
    PasswordWeak,
    PasswordMenu,
    PasswordResult,
    PasswordLong,
}

impl State {
    pub(crate) const ALL: [State; 10] = [
        State::RegisterEmpty,
        State::RegisterFilled,
        State::CodeSent,
        State::LoginSuccessful,
        State::LoginDenied,
        State::Help,
        State::PasswordWeak,
        State::PasswordMenu,
        State::PasswordResult,
        State::PasswordLong,
    ];
}

pub(crate) fn build(state: State, color: bool) -> Driver {
    build_with(
        state,
        Settings {
            color,
            ..Settings::default()
        },
    )
}

pub(crate) fn build_with(state: State, settings: Settings) -> Driver {
    let mut d = Driver::seeded(settings, SEED);
    match state {
        State::RegisterEmpty => {}
        State::RegisterFilled => {
            d.fill_register();
        }
        State::CodeSent => {
            d.fill_and_send_code();
        }
        State::LoginSuccessful => {
            let code = d.fill_and_send_code().sent_code();
            d.tick_at(Duration::from_secs(5))
                .type_text(&code)
                .act(ENTER);
        }
        State::LoginDenied => {
            let wrong = wrong_code(&d.fill_and_send_code().sent_code());
            d.tick_at(Duration::from_secs(5))
                .type_text(&wrong)
                .act(ENTER);
        }
        State::Help => {
            d.act(F1);
        }
        State::PasswordWeak => {
            // The refusal shows once the length is entered, not while it is typed.
            d.act(F3).type_text("8").act(ENTER);
        }
        State::PasswordMenu => {
            d.act(F3).type_text("16");
        }
        State::PasswordResult => {
            d.generate_password(16);
        }
        State::PasswordLong => {
            d.generate_password(300);
        }
    }
    d
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

fn snapshot(name: &str, app: &App, width: u16, height: u16) {
    let terminal = draw(app, width, height);
    insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
}

fn snapshot_state(name: &str, state: State) {
    let d = build(state, false);
    for (width, height) in [(80, 24), (120, 40)] {
        snapshot(name, &d.app, width, height);
    }
}

// ---------------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------------

#[test]
fn register_empty() {
    snapshot_state("register_empty", State::RegisterEmpty);
}

#[test]
fn register_filled() {
    let d = build(State::RegisterFilled, false);
    let text = screen_text(&d.app, 80, 24).join("\n");
    assert!(text.contains("Ada Lovelace"), "{text}");
    assert!(text.contains("London"), "{text}");
    assert!(
        text.contains(&"•".repeat(22)),
        "the password is masked:\n{text}"
    );
    assert!(
        !text.contains("analytical"),
        "the password is masked:\n{text}"
    );
    assert!(text.contains("( ) Male  (•) Female  ( ) Other"), "{text}");
    snapshot_state("register_filled", State::RegisterFilled);
}

#[test]
fn code_sent() {
    let d = build(State::CodeSent, false);
    let code = d.sent_code();
    assert_eq!(code.len(), 6);
    for (width, height) in [(80, 24), (120, 40)] {
        let text = screen_text(&d.app, width, height).join("\n");
        assert!(text.contains("expires in 4:59"), "{text}");
        assert!(text.contains("again in 29s"), "{text}");
        // The code stands alone as one word: on its own line when the panel is narrow.
        let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
        assert!(
            words.contains(&code.as_str()),
            "{code} as a word in\n{text}"
        );
    }
    let wide = screen_text(&d.app, 120, 40).join("\n");
    assert!(
        wide.contains(&format!("Your keysmith code is {code}")),
        "{wide}"
    );
    snapshot_state("code_sent", State::CodeSent);
}

#[test]
fn login_successful() {
    let d = build(State::LoginSuccessful, false);
    let text = screen_text(&d.app, 80, 24).join("\n");
    assert!(text.contains("Login successful"), "{text}");
    assert!(
        text.contains("Welcome, Ada Lovelace from London!"),
        "{text}"
    );
    snapshot_state("login_successful", State::LoginSuccessful);
}

#[test]
fn login_denied() {
    let d = build(State::LoginDenied, false);
    let text = screen_text(&d.app, 80, 24).join("\n");
    assert!(text.contains("Login denied"), "{text}");
    assert!(text.contains("Wrong code — 2 tries left"), "{text}");
    snapshot_state("login_denied", State::LoginDenied);
}

#[test]
fn help_overlay() {
    snapshot_state("help", State::Help);
}

#[test]
fn terminal_too_small() {
    let d = build(State::RegisterEmpty, false);
    for (width, height) in [(59, 20), (60, 19)] {
        let text = screen_text(&d.app, width, height).join("\n");
        assert!(text.contains("terminal too small: need 60×20"), "{text}");
        snapshot("too_small", &d.app, width, height);
    }
    // At exactly the minimum, the screen is drawn.
    let text = screen_text(&d.app, 60, 20).join("\n");
    assert!(!text.contains("too small"), "{text}");
    assert!(text.contains("Sign up"), "{text}");
}

#[test]
fn minimum_size() {
    snapshot("code_sent", &build(State::CodeSent, false).app, 60, 20);
    snapshot(
        "password_result",
        &build(State::PasswordResult, false).app,
        60,
        20,
    );
}

#[test]
fn password_weak() {
    let d = build(State::PasswordWeak, false);
    let text = screen_text(&d.app, 80, 24).join("\n");
    assert!(text.contains(WEAK_LENGTH), "{text}");
    assert!(!text.contains("Characters:"), "no menu:\n{text}");
    snapshot_state("password_weak", State::PasswordWeak);
}

#[test]
fn password_menu() {
    let d = build(State::PasswordMenu, false);
    let text = screen_text(&d.app, 80, 24).join("\n");
    assert!(text.contains("Characters:"), "{text}");
    assert!(!text.contains("Weak password"), "{text}");
    snapshot_state("password_menu", State::PasswordMenu);
}

#[test]
fn password_result() {
    let d = build(State::PasswordResult, false);
    assert_eq!(d.result().len(), 16);
    snapshot_state("password_result", State::PasswordResult);
}

#[test]
fn password_long() {
    let d = build(State::PasswordLong, false);
    assert_eq!(d.result().len(), 300);
    snapshot_state("password_long", State::PasswordLong);
    // In the smallest window too, in rows of whole groups.
    snapshot("password_long", &d.app, 60, 20);
}

// ---------------------------------------------------------------------------------------------
// The password's line holds only the password
// ---------------------------------------------------------------------------------------------

/// The password alone on one row, never wrapped, so a mouse drag copies exactly it.
fn assert_password_alone(app: &App, password: &str, width: u16, height: u16) {
    let rows = screen_text(app, width, height);
    let alone = rows.iter().filter(|row| row.trim_end() == password).count();
    assert_eq!(
        alone,
        1,
        "the password must stand alone on one row at {width}x{height}:\n{}",
        rows.join("\n")
    );
}

/// What a password too long for the window even in rows shows instead.
fn too_long_note(rows: &[String]) -> bool {
    rows.iter().any(|row| {
        let row = row.trim();
        row.starts_with("needs ") && row.ends_with(" rows: enlarge the window, or c copies it")
    })
}

#[test]
fn password_line_holds_only_the_password() {
    let d = build(State::PasswordResult, false);
    for (width, height) in [(60, 20), (80, 24), (120, 40)] {
        assert_password_alone(&d.app, &d.result(), width, height);
    }
    // With colour on too.
    let d = build(State::PasswordResult, true);
    assert_password_alone(&d.app, &d.result(), 80, 24);
}

/// Whether any row shows a piece of the password (a row that is, trimmed, a substring of it).
fn shows_part_of(rows: &[String], password: &str) -> bool {
    rows.iter().any(|row| {
        let row = row.trim();
        row.len() >= 6 && password.contains(row)
    })
}

/// A password is whole: alone on one row where it fits, else in rows of whole groups of 8
/// under a header that says so. Only where even those rows cannot fit does no part of it
/// show, and a note says so; up to 300 characters that never happens from 60×20 up.
#[test]
fn password_is_whole_on_a_row_or_in_groups() {
    let widths = [60, 61, 79, 80, 81, 100, 119, 120, 150, 300];
    let heights = [20, 21, 23, 24, 25, 30, 40, 60, 100];
    for length in [16, 60, 61, 300, 1024] {
        let mut d = driver(false);
        d.generate_password(length);
        let password = d.result();
        for width in widths {
            for height in heights {
                let rows = screen_text(&d.app, width, height);
                let text = rows.join("\n");
                if length <= usize::from(width) {
                    assert_password_alone(&d.app, &password, width, height);
                    continue;
                }
                let Some(shown) = secret_rows(&rows, &password) else {
                    assert!(length > 300, "length {length} at {width}x{height}:\n{text}");
                    assert!(
                        !shows_part_of(&rows, &password),
                        "{width}x{height}:\n{text}"
                    );
                    assert!(too_long_note(&rows), "{width}x{height}: no note:\n{text}");
                    continue;
                };
                let group = usize::from(width) / 8 * 8;
                let (last, full) = shown.split_last().expect("rows");
                assert!(
                    full.iter().all(|row| row.len() == group) && last.len() <= group,
                    "length {length} at {width}x{height}: rows of {group}:\n{text}"
                );
                let header = format!("Your password, split every {group} (c copies it whole):");
                assert!(text.contains(&header), "{width}x{height}:\n{text}");
            }
        }
    }
}

/// At the smallest size the program draws (60×20) a default-length password still fits whole.
#[test]
fn a_short_password_is_shown_at_the_minimum_size() {
    let d = build(State::PasswordResult, false);
    assert_password_alone(&d.app, &d.result(), 60, 20);
}

// ---------------------------------------------------------------------------------------------
// No panic at any size
// ---------------------------------------------------------------------------------------------

/// Draws every state at every size, into a new terminal per size. A panic names the state and
/// size.
///
/// This calls `view` on the terminal's frame (`Terminal::get_frame`) rather than going through
/// `Terminal::draw`: the part that can panic is `view` writing to the buffer, and skipping the
/// diff and flush of each of the ~50 000 frames keeps the sweep fast enough in a debug build.
/// The snapshot tests go through `Terminal::draw`.
fn sweep(sizes: impl IntoIterator<Item = (u16, u16)>) {
    let drivers: Vec<(State, Driver)> = State::ALL
        .into_iter()
        .map(|state| (state, build(state, false)))
        .collect();
    for (width, height) in sizes {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
        for (state, d) in &drivers {
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let mut frame = terminal.get_frame();
                keysmith::for_tests::view(&d.app, &mut frame);
            }));
            assert!(drawn.is_ok(), "{state:?} panicked at {width}x{height}");
        }
    }
}

/// Every size from 1×1 to 120×40 whose width is in `widths`.
fn every_size(widths: std::ops::RangeInclusive<u16>) -> impl Iterator<Item = (u16, u16)> {
    widths.flat_map(|width| (1..=40).map(move |height| (width, height)))
}

/// Sizes past 120×40 up to 300×100, on a coarse grid (a 300×100 frame of ten states costs
/// about a tenth of a second in a debug build), with the edges and limits of each dimension.
fn large_sizes() -> Vec<(u16, u16)> {
    let widths: Vec<u16> = vec![1, 59, 60, 80, 120, 121, 150, 181, 210, 243, 270, 299, 300];
    let heights: Vec<u16> = vec![1, 19, 20, 24, 40, 41, 57, 70, 83, 99, 100];
    let mut sizes = Vec::new();
    for &width in &widths {
        for &height in &heights {
            if width > 120 || height > 40 {
                sizes.push((width, height));
            }
        }
    }
    sizes
}

// Split by width so the harness spreads the work over its threads; the narrow band only ever
// draws the too-small note, so it is cheap.
#[test]
fn no_panic_widths_1_to_59() {
    sweep(every_size(1..=59));
}

#[test]
fn no_panic_widths_60_to_79() {
    sweep(every_size(60..=79));
}

#[test]
fn no_panic_widths_80_to_99() {
    sweep(every_size(80..=99));
}

#[test]
fn no_panic_widths_100_to_120() {
    sweep(every_size(100..=120));
}

#[test]
fn no_panic_large_sizes() {
    sweep(large_sizes());
}

#[test]
fn sweeps_cover_every_size() {
    let bands = [1..=59, 60..=79, 80..=99, 100..=120];
    let small: Vec<(u16, u16)> = bands.into_iter().flat_map(every_size).collect();
    assert_eq!(small.len(), 120 * 40);
    let all: std::collections::HashSet<(u16, u16)> = small.into_iter().collect();
    assert_eq!(all.len(), 120 * 40);
    let large = large_sizes();
    for corner in [
        (300, 100),
        (1, 100),
        (300, 1),
        (121, 41),
        (300, 40),
        (120, 100),
    ] {
        assert!(
            large.contains(&corner) || all.contains(&corner),
            "{corner:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------------------------

/// Colour changes styles only: every state draws the same text with it as without it.
#[test]
fn color_draws_the_same_text() {
    for state in State::ALL {
        let plain = build(state, false);
        let colored = build(state, true);
        for (width, height) in [(59, 20), (60, 19), (60, 20), (80, 24), (120, 40)] {
            assert_eq!(
                screen_text(&colored.app, width, height),
                screen_text(&plain.app, width, height),
                "{state:?} at {width}x{height}"
            );
        }
    }
}

#[test]
fn color_uses_color() {
    let d = build(State::RegisterEmpty, true);
    let note = draw(&d.app, 59, 20);
    let text = rows(note.backend().buffer()).join("\n");
    assert!(text.contains("terminal too small: need 60×20"), "{text}");
    // On a background keysmith knows, the fields and titles take colours chosen for it.
    for background in [Background::Dark, Background::Light] {
        for state in [State::RegisterEmpty, State::PasswordResult] {
            let settings = Settings {
                background,
                ..Settings::default()
            };
            let d = build_with(state, settings);
            let terminal = draw(&d.app, 80, 24);
            let buffer = terminal.backend().buffer();
            let colored = buffer
                .content
                .iter()
                .any(|cell| cell.fg != ratatui::style::Color::Reset);
            assert!(colored, "{state:?} draws some colour on {background:?}");
        }
    }
    for state in State::ALL {
        let d = build(state, false);
        let terminal = draw(&d.app, 80, 24);
        let buffer = terminal.backend().buffer();
        assert!(
            buffer.content.iter().all(|cell| {
                cell.fg == ratatui::style::Color::Reset && cell.bg == ratatui::style::Color::Reset
            }),
            "{state:?} without colour draws none"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Wide characters
// ---------------------------------------------------------------------------------------------

/// Where the cursor is drawn, as (column, row).
fn cursor(app: &App) -> (u16, u16) {
    let mut terminal = draw(app, 100, 30);
    let at = terminal.get_cursor_position().expect("test backend cursor");
    (at.x, at.y)
}

#[test]
fn the_cursor_follows_wide_and_combining_characters() {
    let mut d = driver(false);
    let (start, row) = cursor(&d.app);
    // Two CJK characters are two columns each, the emoji two, "e" plus a combining acute one.
    d.type_text("名前😀e\u{301}");
    assert_eq!(cursor(&d.app), (start + 7, row));
    d.act(TAB); // City
    d.act(BACKTAB); // back to the name, cursor still at its end
    assert_eq!(cursor(&d.app), (start + 7, row));
}

#[test]
fn the_masked_password_shows_one_dot_per_character() {
    let mut d = driver(false);
    d.act(TAB).act(TAB);
    let (start, row) = cursor(&d.app);
    let typed = "名前😀ab";
    d.type_text(typed);
    let text = rows(draw(&d.app, 100, 30).backend().buffer()).join("\n");
    assert!(text.contains("•••••"), "{text}");
    assert!(!text.contains("••••••"), "{text}");
    assert!(!text.contains('名'), "{text}");
    assert_eq!(cursor(&d.app), (start + 5, row));
}
