//! The command line's QR code in a real terminal, where `--qr-style auto` (the default)
//! decides on colours: black on white where colour is allowed, so that it scans on a dark and
//! on a light terminal alike; without colours (`NO_COLOR`, `TERM=dumb`) drawn for a light
//! terminal, with a note saying how to draw it for a dark one.

use crate::shown::{Terminal, decode};
use crate::support::pty::{Term, keysmith};

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
