//! The authenticator's QR code as a phone's camera sees the screen: drawn whole or not at
//! all, on the whole screen, decoded by rqrr as a dark and as a light terminal shows it.

use keysmith::for_tests::{Overlay, Settings};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::support::Driver;
use crate::support::screen::{draw, rows};

/// The terminal's own colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Background {
    Dark,
    Light,
}

/// Whether a colour shows black: the terminal's own (`Reset`) is its default foreground or
/// background; an explicit one only if pure black or white, `None` otherwise (text's tints).
fn black(color: Color, default_black: bool) -> Option<bool> {
    match color {
        Color::Reset => Some(default_black),
        Color::Rgb(0, 0, 0) | Color::Indexed(16) => Some(true),
        Color::Rgb(255, 255, 255) | Color::Indexed(231) => Some(false),
        _ => None,
    }
}

/// The screen's modules, `true` where a camera sees black; text counts as its background,
/// and a QR module must be pure black or white.
fn modules(buffer: &Buffer, background: Background) -> Vec<Vec<bool>> {
    let (fg_black, bg_black) = (
        background == Background::Light,
        background == Background::Dark,
    );
    let width = usize::from(buffer.area.width);
    buffer
        .content
        .chunks(width)
        .flat_map(|cells| {
            let (top, bottom): (Vec<bool>, Vec<bool>) = cells
                .iter()
                .map(|cell| {
                    let block = matches!(cell.symbol(), "█" | "▀" | "▄");
                    let shade = |color: Color, default: bool| match black(color, default) {
                        Some(shade) => shade,
                        None if block => panic!("a QR module in {color:?}"),
                        None => false,
                    };
                    let mut fg = shade(cell.fg, fg_black);
                    let mut bg = shade(cell.bg, bg_black);
                    if cell.modifier.contains(Modifier::REVERSED) {
                        (fg, bg) = (bg, fg);
                    }
                    match cell.symbol() {
                        "█" => (fg, fg),
                        "▀" => (fg, bg),
                        "▄" => (bg, fg),
                        _ => (bg, bg),
                    }
                })
                .unzip();
            [top, bottom]
        })
        .collect()
}

/// The modules as text, for a failure message.
fn picture(buffer: &Buffer, background: Background) -> String {
    modules(buffer, background)
        .iter()
        .map(|row| {
            row.iter()
                .map(|&dark| if dark { '#' } else { '.' })
                .collect::<String>()
                + "\n"
        })
        .collect()
}

/// What rqrr reads on the screen, four pixels a module.
fn decode(buffer: &Buffer, background: Background) -> Vec<String> {
    const SCALE: usize = 4;
    let modules = modules(buffer, background);
    let width = modules.iter().map(Vec::len).max().unwrap_or(0) * SCALE;
    let height = modules.len() * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        if modules[y / SCALE][x / SCALE] {
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

/// The QR code of an enrolment for `name` is open.
fn enrolled(name: &str, color: bool) -> Driver {
    enrolled_for(name, color, Settings::default().background)
}

/// `enrolled`, for a terminal whose background is `background` (as `--theme` names it).
fn enrolled_for(name: &str, color: bool, background: keysmith::for_tests::Background) -> Driver {
    let settings = Settings {
        color,
        background,
        ..Settings::default()
    };
    let mut h = Driver::with(settings);
    h.set_up_authenticator(name);
    assert!(
        matches!(h.app.overlay, Some(Overlay::Qr(_))),
        "the QR code is open"
    );
    h
}

fn uri(h: &Driver) -> String {
    let enrolment = h.app.screens.register.enrolment.as_ref().expect("enrolled");
    enrolment.uri().to_string()
}

fn secret_lines(h: &Driver) -> Vec<String> {
    let enrolment = h.app.screens.register.enrolment.as_ref().expect("enrolled");
    let groups = enrolment.secret_groups().to_string();
    let groups: Vec<&str> = groups.split(' ').collect();
    groups.chunks(4).map(|row| row.join(" ")).collect()
}

fn card(h: &Driver) -> &keysmith::for_tests::QrCard {
    let Some(Overlay::Qr(card)) = &h.app.overlay else {
        panic!("the QR code is open");
    };
    card
}

/// The smallest window with the text beside the code.
fn needed(h: &Driver) -> (u16, u16) {
    keysmith::for_tests::windows(card(h))[0]
}

#[test]
fn at_80x24_the_code_takes_the_whole_screen_and_scans_on_any_background() {
    for name in ["Ada", "José", "Ada Byron"] {
        let h = enrolled(name, true);
        let terminal = draw(&h.app, 80, 24);
        let buffer = terminal.backend().buffer();
        let text = rows(buffer).join("\n");
        for background in [Background::Dark, Background::Light] {
            assert_eq!(
                decode(buffer, background),
                [uri(&h)],
                "{name} on {background:?}:\n{text}"
            );
        }
        assert!(text.contains(&format!("keysmith:{name}")), "{text}");
        for line in secret_lines(&h) {
            assert!(text.contains(&line), "the secret is shown:\n{text}");
        }
        assert!(
            text.contains("Scan it") && text.contains("Enter or Esc to close"),
            "{text}"
        );
        // No tab bar or footer: their words are nowhere on the screen.
        for chrome in ["F1", "F2", "F3", "Password"] {
            assert!(!text.contains(chrome), "{chrome} on the QR screen:\n{text}");
        }
    }
}

/// The QR screen at 80×24 without colours, for the background `named` (as `--theme` names
/// it), having checked that it scans on a terminal of `shown_on` and says `note`.
fn scans_without_colours(
    named: keysmith::for_tests::Background,
    shown_on: Background,
    note: &str,
) -> Buffer {
    let h = enrolled_for("Ada", false, named);
    let terminal = draw(&h.app, 80, 24);
    let buffer = terminal.backend().buffer().clone();
    assert_eq!(
        decode(&buffer, shown_on),
        [uri(&h)],
        "{}",
        picture(&buffer, shown_on)
    );
    let text = rows(&buffer).join("\n");
    assert!(text.contains(note), "{text}");
    buffer
}

#[test]
fn without_colours_reverse_video_scans_on_a_dark_terminal() {
    scans_without_colours(
        Settings::default().background,
        Background::Dark,
        "No colours: drawn for a dark",
    );
}

#[test]
fn without_colours_a_light_terminal_named_gets_dark_modules_in_its_own_ink() {
    let buffer = scans_without_colours(
        keysmith::for_tests::Background::Light,
        Background::Light,
        "No colours: drawn for a light",
    );
    // No colour and no reverse video: an attribute-free drawing in the terminal's own ink.
    for cell in buffer.content() {
        assert!(!cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    }
}

#[test]
fn drawn_whole_or_not_at_all_and_then_it_says_what_to_do() {
    // A name of 64 four-byte characters: the longest URI keysmith makes.
    let longest = "😀".repeat(64);
    for name in ["Ada", longest.as_str()] {
        let h = enrolled(name, true);
        let (columns, rows_needed) = needed(&h);
        let at_size = draw(&h.app, columns, rows_needed);
        assert_eq!(
            decode(at_size.backend().buffer(), Background::Dark),
            [uri(&h)]
        );
        for (w, r) in [
            (columns - 1, rows_needed),
            (columns, rows_needed - 1),
            (60, 20),
        ] {
            if w >= columns && r >= rows_needed {
                continue;
            }
            let terminal = draw(&h.app, w, r);
            let buffer = terminal.backend().buffer();
            let text = rows(buffer).join("\n");
            let decoded = decode(buffer, Background::Dark);
            // Drawn exactly where one of its two smallest windows fits: they are not too big.
            let fits = |(c, rr): (u16, u16)| w >= c && r >= rr;
            let drawn = keysmith::for_tests::windows(card(&h)).into_iter().any(fits);
            let expected = if drawn { vec![uri(&h)] } else { vec![] };
            assert_eq!(decoded, expected, "{w}x{r}:\n{text}");
            if decoded.is_empty() {
                assert!(
                    !text.contains('▀') && !text.contains('▄'),
                    "{w}x{r} draws part:\n{text}"
                );
                let (c, rr) = keysmith::for_tests::needed_window(card(&h), (w, r));
                assert!(
                    text.contains(&format!("needs a window of {c}×{rr}")),
                    "{w}x{r}:\n{text}"
                );
                // The window it names shows the code.
                let named = draw(&h.app, c, rr);
                assert_eq!(
                    decode(named.backend().buffer(), Background::Dark),
                    [uri(&h)],
                    "{c}x{rr}, named at {w}x{r}"
                );
                assert!(!text.contains("Scan it"), "{w}x{r}:\n{text}");
                for line in secret_lines(&h) {
                    assert!(text.contains(&line), "{w}x{r} hides the secret:\n{text}");
                }
            }
        }
        eprintln!(
            "{} characters of name: the QR code needs {columns}×{rows_needed}",
            name.chars().count()
        );
    }
}

#[test]
fn the_longest_name_fits_with_the_text_beside_or_under_and_the_note_names_the_nearer() {
    let longest = "😀".repeat(64);
    let h = enrolled(&longest, true);
    let windows = keysmith::for_tests::windows(card(&h));
    // Under the code, the note drawn without colours takes a row more: the answer holds for
    // both.
    assert_eq!(windows, [(133, 53), (105, 66)]);
    for (columns, rows_needed) in windows {
        let at_size = draw(&h.app, columns, rows_needed);
        assert_eq!(
            decode(at_size.backend().buffer(), Background::Dark),
            [uri(&h)],
            "{columns}x{rows_needed}"
        );
    }
    // One row short of the code with the text under it, and one column short of the one
    // with the text beside it: each is told the window nearer to it.
    for ((w, r), said) in [((105, 64), "105×66"), ((132, 53), "133×53")] {
        let terminal = draw(&h.app, w, r);
        let text = rows(terminal.backend().buffer()).join("\n");
        assert!(
            !text.contains('▀') && !text.contains('▄'),
            "{w}x{r}:\n{text}"
        );
        assert!(
            text.contains(&format!("needs a window of {said}")),
            "{w}x{r}:\n{text}"
        );
    }
}
