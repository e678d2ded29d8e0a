//! `--theme` and the settings file's `theme`, through the real binary in a PTY that plays the
//! terminal: `auto` asks it for its background and draws for what it answers (a dark or a
//! light background, or nothing: then the styles that read on either), a named theme asks
//! nothing, the flag wins over the file, and a bad value in the file is named.

use std::fs;
use std::path::PathBuf;

use crate::support::pty::answers::{Answers, DARK_BACKGROUND, LIGHT_BACKGROUND};
use crate::support::pty::{CTRL_Q, Term, fresh_config, keysmith};

/// The query for the background colour (OSC 11).
const ASKED: &[u8] = b"\x1b]11;?";

/// How the text fields are drawn: which theme the screen is in.
#[derive(Debug, PartialEq, Eq)]
enum Wells {
    /// Grey wells a step lighter than a dark background (256 colours 234 and 236).
    Dark,
    /// Grey wells a step darker than white (252 and 254).
    Light,
    /// No well colours: underlined, in the terminal's own colours.
    Underlined,
}

/// keysmith with `args` at 100×30 in a terminal that answers as `answers` says, once its
/// first frame is whole (the footer is its last row).
fn started(args: &[&str], answers: Answers) -> Term {
    let mut command = keysmith(args);
    // The 256 colours, whatever the terminal running the tests says.
    command.env_remove("COLORTERM");
    let term = Term::spawn_answering(command, 100, 30, answers);
    term.wait_for("the whole Register screen", |text| {
        text.contains("F3 Password")
    });
    term
}

fn wells(term: &Term) -> Wells {
    term.with_screen(|screen| {
        let (rows, cols) = screen.size();
        let cells =
            (0..rows).flat_map(|row| (0..cols).filter_map(move |col| screen.cell(row, col)));
        let mut wells = Wells::Underlined;
        for cell in cells {
            match cell.bgcolor() {
                vt100::Color::Idx(234 | 236) => wells = Wells::Dark,
                vt100::Color::Idx(252 | 254) => wells = Wells::Light,
                _ => {}
            }
        }
        wells
    })
}

fn asked(term: &Term) -> bool {
    term.raw().windows(ASKED.len()).any(|bytes| bytes == ASKED)
}

fn quit(mut term: Term) {
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

/// A settings file holding `text`, in a folder of this run's.
fn settings_file(text: &str) -> PathBuf {
    let path = fresh_config();
    fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
    fs::write(&path, text).expect("write the settings file");
    path
}

#[test]
fn auto_draws_for_the_background_the_terminal_reports() {
    for (answers, expected) in [
        (DARK_BACKGROUND, Wells::Dark),
        (LIGHT_BACKGROUND, Wells::Light),
    ] {
        let term = started(&[], answers);
        assert!(asked(&term), "auto asks the terminal");
        assert_eq!(wells(&term), expected, "on {answers:?}");
        quit(term);
    }
}

#[test]
fn auto_without_an_answer_draws_what_reads_on_either() {
    // A terminal that answers only device attributes, and one that answers nothing (which
    // costs the query's timeout).
    for answers in [Answers::Attributes, Answers::Nothing] {
        let term = started(&["--theme", "auto"], answers);
        assert!(asked(&term));
        assert_eq!(wells(&term), Wells::Underlined, "on {answers:?}");
        let underlined = term.with_screen(|screen| {
            (0..30)
                .any(|row| (0..100).any(|col| screen.cell(row, col).is_some_and(|c| c.underline())))
        });
        assert!(underlined, "the fields are underlined on {answers:?}");
        quit(term);
    }
}

#[test]
fn a_named_theme_asks_nothing_and_the_flag_wins_over_the_file() {
    let term = started(&["--theme", "LIGHT"], DARK_BACKGROUND);
    assert!(!asked(&term), "--theme light does not ask the terminal");
    assert_eq!(wells(&term), Wells::Light);
    quit(term);

    let file = settings_file("theme = \"dark\"\n");
    let path = file.to_str().expect("a UTF-8 path");
    let term = started(&["--config", path], LIGHT_BACKGROUND);
    assert!(!asked(&term), "theme = \"dark\" does not ask the terminal");
    assert_eq!(wells(&term), Wells::Dark);
    quit(term);

    let term = started(&["--config", path, "--theme", "light"], DARK_BACKGROUND);
    assert_eq!(wells(&term), Wells::Light, "the flag wins over the file");
    quit(term);
}

#[test]
fn without_colour_the_terminal_is_not_asked() {
    let term = started(&["--no-color"], DARK_BACKGROUND);
    assert!(!asked(&term));
    assert_eq!(wells(&term), Wells::Underlined);
    quit(term);
}

#[test]
fn a_theme_the_file_misspells_is_named_and_the_file_kept() {
    let text = "length = 20\ntheme = \"blue\"\n";
    let file = settings_file(text);
    let path = file.to_str().expect("a UTF-8 path");
    let term = started(&["--config", path], DARK_BACKGROUND);
    term.wait_for("the status naming the theme", |text| {
        // The status wraps after "dark,".
        text.contains("line 2, column 9: theme: \"blue\" is not one of auto, dark,")
    });
    // The file did not load: its theme is not used, so auto asked.
    assert_eq!(wells(&term), Wells::Dark);
    quit(term);
    assert_eq!(fs::read_to_string(&file).expect("the file"), text);
}
