//! What a new user hit: messages, dialogs and help shown whole at every size
//! from 60×20 up, nothing wrapped mid-secret, help that scrolls to its end.

use crate::support::keys::*;
use crate::support::screen::{every_size as sizes, screen_text};
use crate::support::{Driver, wrong_code};
use keysmith::for_tests::AppMsg;
use keysmith::for_tests::{HelpLine, help_lines};
use keysmith::for_tests::{PasswordField, RegisterField};

/// A name and a city at the field's limit of 64 characters.
const LONG_NAME: &str = "Maria Anna Walburga Ignatia Mozart von Salzburg und Sankt Gilgen";
const LONG_CITY: &str = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch Wales";

/// The screen's text with its rows joined by spaces and runs of spaces folded, so that a
/// message wrapped over lines can be looked for whole.
fn flowed(rows: &[String]) -> String {
    rows.iter()
        .map(|row| row.trim_matches(|c| c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text inside the box whose top border holds `title`, rows joined by spaces.
fn boxed(rows: &[String], title: &str) -> String {
    let Some(top) = rows.iter().position(|row| row.contains(title)) else {
        return String::new();
    };
    let chars = |row: &String| row.chars().collect::<Vec<char>>();
    let first = chars(&rows[top]);
    let title_at = first
        .windows(title.chars().count())
        .position(|w| w.iter().collect::<String>() == title)
        .unwrap_or(0);
    let left = first[..title_at]
        .iter()
        .rposition(|&c| c == '┌')
        .unwrap_or(0);
    let right = first[left..]
        .iter()
        .position(|&c| c == '┐')
        .map_or(first.len(), |i| left + i);
    let mut inside = Vec::new();
    for row in &rows[top + 1..] {
        let cells = chars(row);
        if cells.get(left) == Some(&'└') {
            break;
        }
        inside.push(
            cells[left + 1..right.min(cells.len())]
                .iter()
                .collect::<String>(),
        );
    }
    inside.join(" ")
}

fn weak_password_refusal() -> Driver {
    let mut d = Driver::new();
    d.fill_register_form("Ada", "Lisbon", "password1");
    d.submit();
    d
}

#[test]
fn the_too_weak_message_is_whole_at_every_size_and_has_one_full_stop() {
    let d = weak_password_refusal();
    let status = d.status().to_string();
    assert!(status.starts_with("The password is too weak"), "{status}");
    assert!(
        status.ends_with("Try the Password screen (F3) for a strong one"),
        "{status}"
    );
    assert!(!status.contains(".."), "{status}");
    for (w, h) in sizes() {
        let rows = screen_text(&d.app, w, h);
        assert!(
            flowed(&rows).contains(&status),
            "{w}x{h} cuts {status:?}:\n{}",
            rows.join("\n")
        );
    }
}

#[test]
fn the_success_dialog_wraps_a_long_welcome_and_keeps_its_close_hint() {
    let mut d = Driver::new();
    d.fill_register_form(LONG_NAME, LONG_CITY, "analytical-engine-1843");
    let code = d.send_code();
    d.submit_code(&code);
    let (title, message) = d.dialog();
    assert_eq!(title, "Login successful");
    assert_eq!(message, format!("Welcome, {LONG_NAME} from {LONG_CITY}!"));
    for (w, h) in sizes() {
        let rows = screen_text(&d.app, w, h);
        let text = boxed(&rows, "Login successful");
        // A 58-letter word is broken where no line holds it: compare without the breaks.
        let unbroken = |s: &str| s.split_whitespace().collect::<String>();
        assert!(
            unbroken(&text).contains(&unbroken(&message)),
            "{w}x{h} cuts the welcome:\n{}",
            rows.join("\n")
        );
        assert!(
            text.contains("Enter or Esc to close"),
            "{w}x{h} has no close hint:\n{}",
            rows.join("\n")
        );
    }
}

#[test]
fn the_strength_warning_is_wrapped_under_the_password_at_every_size() {
    let mut d = Driver::new();
    d.type_text("x").press(TAB);
    d.type_text("y").press(TAB);
    // A keyboard row: zxcvbn warns about it.
    d.type_text("qwertyuiop");
    let warning = d
        .app
        .screens
        .register
        .strength
        .as_ref()
        .and_then(|s| s.warning.clone());
    let warning = warning.expect("zxcvbn warns about a keyboard row");
    for (w, h) in sizes() {
        let rows = screen_text(&d.app, w, h);
        assert!(
            flowed(&rows).contains(&warning),
            "{w}x{h} cuts {warning:?}:\n{}",
            rows.join("\n")
        );
        for row in rows.iter().filter(|row| row.contains(&warning[..8])) {
            let after = &row[row.find(&warning[..8]).unwrap_or(0)..];
            let before_border = after.split('│').next().unwrap_or("");
            assert!(
                before_border.ends_with(' '),
                "{w}x{h}: the warning runs into the border: {row:?}"
            );
        }
    }
}

#[test]
fn help_scrolls_to_its_last_line_at_the_smallest_size() {
    let mut d = Driver::new();
    d.send(AppMsg::Resize(60, 20));
    d.press(F1);
    let top = screen_text(&d.app, 60, 20);
    assert!(
        top.iter().any(|row| row.contains("Anywhere")),
        "{}",
        top.join("\n")
    );
    assert!(
        top.iter().any(|row| row.contains("↓")),
        "a scroll mark:\n{}",
        top.join("\n")
    );
    d.press(END);
    let bottom = screen_text(&d.app, 60, 20);
    let Some(HelpLine::Entry { label, description }) = help_lines().last().cloned() else {
        panic!("the help ends with a binding");
    };
    assert!(
        bottom
            .iter()
            .any(|row| row.contains(label.as_str()) && row.contains(description)),
        "End shows the last binding:\n{}",
        bottom.join("\n")
    );
    assert!(
        bottom.iter().any(|row| row.contains("↑")),
        "{}",
        bottom.join("\n")
    );
    // One line up from the end moves the view at once: End stops at the last full page.
    d.press(UP);
    assert_ne!(
        screen_text(&d.app, 60, 20),
        bottom,
        "Up after End moved nothing"
    );
    d.press(HOME);
    assert_eq!(screen_text(&d.app, 60, 20), top);
}

#[test]
fn a_wrong_code_message_and_the_denied_dialog_fit_at_60x20() {
    let mut d = Driver::new();
    d.fill_register_form(LONG_NAME, LONG_CITY, "analytical-engine-1843");
    let code = d.send_code();
    d.submit_code(&wrong_code(&code));
    let rows = screen_text(&d.app, 60, 20);
    assert!(
        flowed(&rows).contains("Wrong code — 2 tries left"),
        "{}",
        rows.join("\n")
    );
}

#[test]
fn the_password_screen_opens_neutral_and_refuses_only_what_is_entered() {
    let mut d = Driver::new();
    d.press(F3);
    let rows = screen_text(&d.app, 80, 24).join("\n");
    assert!(!rows.contains("Weak password"), "{rows}");
    d.type_text("1");
    let rows = screen_text(&d.app, 80, 24).join("\n");
    assert!(
        !rows.contains("Weak password"),
        "typing 1 on the way to 16:\n{rows}"
    );
    d.type_text("6");
    assert!(
        screen_text(&d.app, 80, 24)
            .join("\n")
            .contains("Characters:")
    );
    assert_eq!(d.app.screens.register.focus, RegisterField::Name);
}

#[test]
fn the_results_footer_names_r_beside_enter() {
    let mut d = Driver::new();
    d.generate_password(16);
    for (w, h) in [(60, 20), (80, 24)] {
        let rows = screen_text(&d.app, w, h);
        let footer = rows.last().cloned().unwrap_or_default();
        assert!(
            footer.contains("Enter/r new password"),
            "{w}x{h}: {footer:?}"
        );
    }
}

#[test]
fn characters_mode_with_rules_pasted_fits_from_60x20() {
    use keysmith::for_tests::PasswordField;
    let mut d = Driver::new();
    d.password_screen_with_length("16");
    while d.app.screens.password.focus != PasswordField::Rules {
        d.press(TAB);
    }
    d.paste(
        "minlength: 12; maxlength: 20; required: lower; required: upper; required: digit; \
         required: [-!#$%&*_.]; max-consecutive: 2;",
    );
    d.press(ENTER);
    let password = d.result();
    let bits = d.characters().entropy().map(|e| e.bits);
    let bits = format!("{:.2} bits", bits.unwrap_or_default());
    let summary = "rules: 12–20 chars · needs lower, upper, digit, [!#$%&*-._] · \
                   symbols !#$%&*-._ · max 2 in a row";
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let rows = screen_text(&d.app, w, h);
        let all = rows.join("\n");
        assert!(flowed(&rows).contains(summary), "{w}x{h}:\n{all}");
        assert!(
            rows.iter().any(|row| row.trim_end() == password),
            "{w}x{h}: the password alone on its line:\n{all}"
        );
        assert!(all.contains(&bits), "{w}x{h}:\n{all}");
        assert!(all.contains("(the rules decide)"), "{w}x{h}:\n{all}");
        // At 60×20 the option fields fold to one line while the focus is on the password.
        let labels = if h == 20 {
            assert!(all.contains("▸ rules"), "{w}x{h}:\n{all}");
            &[][..]
        } else {
            &["Symbols", "Exclude", "At least", "Max in a row", "Rules"][..]
        };
        for label in labels {
            assert!(all.contains(label), "{w}x{h} lacks {label}:\n{all}");
        }
    }
    // Back in the Rules field at 60×20: the fields unfold, the password keeps its line, and
    // the summary keeps its first line.
    while d.app.screens.password.focus != PasswordField::Rules {
        d.press(BACKTAB);
    }
    let rows = screen_text(&d.app, 60, 20);
    let all = rows.join("\n");
    for label in ["Symbols", "Exclude", "At least", "Max in a row", "Rules"] {
        assert!(all.contains(label), "60x20 lacks {label}:\n{all}");
    }
    assert!(all.contains("rules: 12–20 chars"), "{all}");
    assert!(
        rows.iter().any(|row| row.trim_end().ends_with(" …")),
        "a summary cut short says so:\n{all}"
    );
    assert!(rows.iter().any(|row| row.trim_end() == password), "{all}");
}

#[test]
fn a_long_status_takes_up_to_four_lines_and_shows_whole() {
    let mut d = Driver::new();
    let path = "/home/someone/projects/dotfiles/keysmith/config.toml";
    let message = format!(
        "Options not remembered: not saved, so as not to overwrite a file that cannot be read \
         now: {path}, line 2, column 11: invalid basic string"
    );
    d.app.status = Some(keysmith::for_tests::Status::error(message.clone()));
    for (w, h) in [(60, 20), (80, 24)] {
        let rows = screen_text(&d.app, w, h);
        assert!(
            flowed(&rows).contains(&message),
            "{w}x{h}:\n{}",
            rows.join("\n")
        );
    }
}

#[test]
fn a_long_field_away_from_the_focus_shows_its_start_and_an_ellipsis() {
    let mut d = Driver::new();
    let name = "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Senior";
    d.type_text(name);
    d.press(TAB);
    for (width, height) in [(60, 20), (80, 24)] {
        let rows = screen_text(&d.app, width, height);
        let row = rows
            .iter()
            .find(|row| row.contains("Name"))
            .expect("the name row");
        assert!(row.contains("Hubert Blaine"), "{width}x{height}: {row}");
        assert!(row.contains('…'), "{width}x{height}: {row}");
        assert!(!row.contains("Senior"), "{width}x{height}: {row}");
    }
}

#[test]
fn a_dialog_leaves_no_fragment_of_the_screen_beside_it() {
    let mut d = Driver::new();
    d.fill_register_form(LONG_NAME, LONG_CITY, "analytical-engine-1843");
    let code = d.send_code();
    d.submit_code(&wrong_code(&code));
    for (width, height) in [(60, 20), (80, 24), (120, 40)] {
        let rows = screen_text(&d.app, width, height);
        let dialog: Vec<&String> = rows
            .iter()
            .skip_while(|row| !row.contains("Login denied"))
            .take_while(|row| !row.trim().is_empty())
            .collect();
        assert!(dialog.len() >= 3, "{}", rows.join("\n"));
        for row in dialog {
            let (start, end) = (
                row.find('┌').or(row.find('│')).or(row.find('└')),
                row.rfind(['┐', '│', '┘']),
            );
            let (Some(start), Some(end)) = (start, end) else {
                panic!("a row of the dialog without its border: {row:?}");
            };
            let outside = format!("{}{}", &row[..start], &row[end + '┐'.len_utf8()..]);
            assert!(
                outside.trim().is_empty(),
                "{width}x{height}: beside the dialog: {outside:?}\n{}",
                rows.join("\n")
            );
        }
    }
}

#[test]
fn in_a_wide_window_the_register_form_is_centred() {
    let d = Driver::new();
    let rows = screen_text(&d.app, 200, 60);
    // The screen's rows: below the tab row, above the status and the footer.
    let body = &rows[1..rows.len() - 3];
    let columns = |row: &String| {
        let chars: Vec<char> = row.chars().collect();
        let first = chars.iter().position(|c| *c != ' ')?;
        let last = chars.iter().rposition(|c| *c != ' ')?;
        Some((first, last))
    };
    let drawn: Vec<(usize, usize)> = body.iter().filter_map(columns).collect();
    let left = drawn
        .iter()
        .map(|(first, _)| *first)
        .min()
        .expect("something drawn");
    let right = 199
        - drawn
            .iter()
            .map(|(_, last)| *last)
            .max()
            .expect("something drawn");
    assert!(
        left >= 38 && left.abs_diff(right) <= 1,
        "{left} columns free on the left, {right} on the right:\n{}",
        rows.join("\n")
    );
}

/// The help's lines shown at `width`×`height` as it is scrolled to its end: each whole or cut
/// with an ellipsis. How many were checked.
fn help_lines_whole_or_marked(width: u16, height: u16) -> usize {
    let mut d = Driver::new();
    d.press(F1);
    let descriptions: Vec<String> = help_lines()
        .iter()
        .filter_map(|line| match line {
            HelpLine::Entry { description, .. } => Some(description.to_string()),
            HelpLine::Heading(_) | HelpLine::Blank => None,
        })
        .collect();
    let mut seen = 0;
    for _ in 0..12 {
        for row in screen_text(&d.app, width, height) {
            if !row.trim_start().starts_with("│   ") {
                continue;
            }
            let inside = row.trim().trim_matches(|c| c == '│' || c == ' ');
            let Some((_, shown)) = inside.split_once("  ") else {
                continue;
            };
            let shown = shown.trim();
            seen += 1;
            let whole = descriptions.iter().any(|d| d == shown);
            let marked = shown
                .strip_suffix('…')
                .is_some_and(|start| descriptions.iter().any(|d| d.starts_with(start.trim_end())));
            assert!(
                whole || marked,
                "{width}x{height}: cut without a mark: {row:?}"
            );
        }
        d.press(PAGE_DOWN);
    }
    seen
}

#[test]
fn at_60x20_every_help_line_shows_whole_or_ends_in_an_ellipsis() {
    let descriptions = help_lines()
        .iter()
        .filter(|line| matches!(line, HelpLine::Entry { .. }))
        .count();
    let seen = help_lines_whole_or_marked(60, 20);
    assert!(seen >= descriptions / 2, "{seen} help lines checked");
}

/// Walks every size from 60×20 to 200×60: the help's lines, the code's expiry beside a
/// two-line strength hint, a status that names the settings file, and the folded options line
/// are each whole, or cut where an ellipsis says so.
#[test]
fn at_every_size_text_is_whole_or_visibly_cut() {
    // A password strong enough to send a code with, that zxcvbn still warns about at length.
    let mut register = Driver::new();
    register.fill_register_form("Ada", "Lisbon", "abcdefgabcdefgabcdefg");
    let warning = register.app.screens.register.strength.as_ref();
    let warning = warning.and_then(|s| s.warning.clone()).unwrap_or_default();
    assert!(
        warning.chars().count() > 45,
        "two lines under the password: {warning:?}"
    );
    register.send_code();
    let status =
        "Options not remembered: the settings file is a directory; nothing is saved this run";
    // Four option fields set, so that their folded line is long; it ends with the rules.
    let mut password = Driver::new();
    password.generate_password(20);
    for (field, text) in [
        (PasswordField::Symbols, "-_.!#$%&"),
        (PasswordField::Exclude, "aeiouAEIOU"),
        (PasswordField::MaxConsecutive, "1"),
        (PasswordField::Rules, "minlength: 12"),
    ] {
        password.focus_password(field);
        password.type_text(text);
    }
    // Away from the option fields, which then fold to their one line where the window is low.
    password.focus_password(PasswordField::Menu);
    password.app.status = Some(keysmith::for_tests::Status::error(status));
    let mut folded_seen = 0;
    for (width, height) in sizes() {
        let help_seen = help_lines_whole_or_marked(width, height);
        assert!(
            help_seen > 0,
            "{width}x{height}: no help line found to check"
        );
        let rows = screen_text(&register.app, width, height);
        assert!(
            rows.iter().any(|row| row.contains("expires in")),
            "{width}x{height}:\n{}",
            rows.join("\n")
        );
        let rows = screen_text(&password.app, width, height);
        assert!(
            flowed(&rows).contains(status),
            "{width}x{height}:\n{}",
            rows.join("\n")
        );
        if let Some(folded) = rows.iter().find(|row| row.contains('▸')) {
            folded_seen += 1;
            let end = folded.trim_end();
            assert!(
                end.ends_with("rules") || end.ends_with('…'),
                "{width}x{height}: {folded:?}"
            );
        }
    }
    assert!(folded_seen > 0, "the options line folded at no size");
}
