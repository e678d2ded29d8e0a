//! QR codes in a real terminal. The full-screen program's at 80×24, read back from the
//! emulated screen's cells and colours. The command line's, where `--qr-style auto` (the
//! default) decides on colours: black on white where colour is allowed, so that it scans on a
//! dark and on a light terminal alike; without colours (`NO_COLOR`, `TERM=dumb`) drawn for a
//! light terminal, with a note saying how to draw it for a dark one.

use crate::screens::{open_authenticator_setup, shown_secret};
use crate::shown::{Terminal, decode, read};
use crate::support::pty::{CTRL_Q, TAB, Term, keysmith};

const SECRET: &str = "JBSWY3DPEHPK3PXP";
const URI: &str = "otpauth://totp/keysmith:a?secret=JBSWY3DPEHPK3PXP&issuer=keysmith";
const NOTE: &str = "keysmith: the QR code is drawn for a light background (no colours); on a \
                    dark terminal give --qr-style dark";

/// `totp qr` in an 80×50 terminal with `env` set: all it wrote, and the drawing alone (the
/// lines of block characters, with their colours).
fn drawn(env: &[(&str, &str)]) -> (String, String) {
    let mut command = keysmith(&["totp", "qr", "--secret", SECRET, "--account", "a"]);
    for (name, value) in env {
        command.env(name, value);
    }
    let mut term = Term::spawn(command, 80, 50);
    assert_eq!(term.wait_exit(), 0, "{}", term.text());
    let raw = String::from_utf8_lossy(&term.raw()).replace('\r', "");
    let drawing = raw
        .lines()
        .filter(|line| line.contains(['█', '▀', '▄']))
        .collect::<Vec<_>>()
        .join("\n");
    (raw, drawing)
}

#[test]
fn a_terminal_that_allows_colour_gets_black_on_white_that_scans_on_either_background() {
    let (raw, drawing) = drawn(&[]);
    assert!(drawing.contains("\x1b[38;5;16;48;5;231m"), "{raw:?}");
    assert!(!raw.contains(NOTE));
    for terminal in [Terminal::Dark, Terminal::Light] {
        assert_eq!(
            decode(&drawing, terminal).as_deref(),
            Some(URI),
            "{terminal:?}"
        );
    }
}

#[test]
fn without_colour_it_is_drawn_for_a_light_terminal_and_says_how_to_draw_it_for_a_dark_one() {
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let (raw, drawing) = drawn(&env);
        assert!(!drawing.contains('\x1b'), "{env:?}: colours in {drawing:?}");
        assert!(raw.contains(NOTE), "{env:?}: {raw:?}");
        assert_eq!(
            decode(&drawing, Terminal::Light).as_deref(),
            Some(URI),
            "{env:?}"
        );
    }
}

/// Whether a camera sees `colour` as black; `default_dark` for the terminal's own colour.
fn dark(colour: vt100::Color, default_dark: bool) -> bool {
    match colour {
        vt100::Color::Default => default_dark,
        vt100::Color::Idx(16) | vt100::Color::Rgb(0, 0, 0) => true,
        vt100::Color::Idx(231) | vt100::Color::Rgb(255, 255, 255) => false,
        other => panic!("a QR code drawn in {other:?}, neither black nor white"),
    }
}

/// The QR code's cells on the screen as rows of modules, `true` where the terminal shows
/// black. A cell is the code's if it holds a half block or sets its own background (the quiet
/// zone); any other cell is the terminal's background.
fn modules(screen: &vt100::Screen, terminal: Terminal) -> Vec<Vec<bool>> {
    let (rows, cols) = screen.size();
    let (fg_dark, bg_dark) = (terminal == Terminal::Light, terminal == Terminal::Dark);
    let mut modules = Vec::new();
    for row in 0..rows {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for col in 0..cols {
            let cell = screen.cell(row, col).expect("a cell on the screen");
            let contents = cell.contents();
            let own_background = cell.bgcolor() != vt100::Color::Default;
            let block = matches!(contents, "█" | "▀" | "▄");
            let (mut ink, mut paper) = if block || own_background {
                (dark(cell.fgcolor(), fg_dark), dark(cell.bgcolor(), bg_dark))
            } else {
                (bg_dark, bg_dark)
            };
            if cell.inverse() {
                (ink, paper) = (paper, ink);
            }
            let (upper, lower) = match contents {
                "█" => (ink, ink),
                "▀" => (ink, paper),
                "▄" => (paper, ink),
                _ => (paper, paper),
            };
            top.push(upper);
            bottom.push(lower);
        }
        modules.push(top);
        modules.push(bottom);
    }
    modules
}

#[test]
fn the_full_screen_programs_code_at_80x24_scans_on_a_dark_and_a_light_terminal() {
    let mut tui = Term::spawn(keysmith(&[]), 80, 24);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    tui.send("José".as_bytes());
    for _ in 0..4 {
        tui.send(TAB); // to the code format
    }
    open_authenticator_setup(&mut tui);
    tui.wait_for("the QR code", |text| text.contains("Scan it"));
    let secret = tui.wait_until("the secret beside the QR code", |t| shown_secret(&t.text()));
    let text = tui.text();
    let uri = format!("otpauth://totp/keysmith:Jos%C3%A9?secret={secret}&issuer=keysmith");
    for terminal in [Terminal::Dark, Terminal::Light] {
        let found = tui.with_screen(|screen| read(&modules(screen, terminal), terminal));
        assert_eq!(
            found.as_deref(),
            Some(uri.as_str()),
            "{terminal:?}:\n{text}"
        );
    }
    tui.send(CTRL_Q);
    assert_eq!(tui.wait_exit(), 0);
}
