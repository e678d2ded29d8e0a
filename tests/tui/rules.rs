//! Characters mode's Symbols, Exclude and Rules fields as `Msg`
//! sequences through `App`, and what they look like from 60×20 up.

use crate::support::keys::*;
use keysmith::for_tests::PasswordField;
use keysmith::for_tests::Tone;
use keysmith_core::Toggle;
use keysmith_core::policy::Class;
use tui_input::InputRequest;

use crate::support::Driver;
use crate::support::screen::screen_text;
use crate::support::spec::{DIGITS, LOWER, SYMBOLS, UPPER, assert_only_from, has_any, longest_run};

const RULES: &str = "minlength: 12; maxlength: 20; required: lower; required: upper; \
                     required: digit; required: [-!#$%&*_.]; max-consecutive: 2;";
const RULES_SYMBOLS: &str = "-!#$%&*_.";

/// Tabs round the ring to `field` (it is further than the shared driver's eight steps).
fn focus(h: &mut Driver, field: PasswordField) {
    for _ in 0..20 {
        if h.app.screens.password.focus == field {
            return;
        }
        h.press(TAB);
    }
    panic!("Tab never reached {field:?}");
}

fn flowed(rows: &[String]) -> String {
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_fields_follow_the_toggles_in_the_ring() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    let order = h.app.screens.password.order();
    let at = |f: PasswordField| order.iter().position(|&g| g == f).expect("in the ring");
    assert!(at(PasswordField::Toggle(Toggle::NoRepeats)) < at(PasswordField::Symbols));
    assert_eq!(at(PasswordField::Symbols) + 1, at(PasswordField::Exclude));
    let minimums = Class::ALL.map(|class| at(PasswordField::Minimum(class)));
    assert_eq!(at(PasswordField::Exclude) + 1, minimums[0]);
    assert!(minimums.windows(2).all(|pair| pair[0] + 1 == pair[1]));
    assert_eq!(minimums[3] + 1, at(PasswordField::MaxConsecutive));
    assert_eq!(
        at(PasswordField::MaxConsecutive) + 1,
        at(PasswordField::Site)
    );
    assert_eq!(at(PasswordField::Site) + 1, at(PasswordField::Rules));
}

#[test]
fn typed_symbols_are_the_only_symbols_used() {
    let mut h = Driver::new();
    h.password_screen_with_length("24");
    let before = h.characters().entropy().expect("valid").bits;
    focus(&mut h, PasswordField::Symbols);
    h.type_text("-_.");
    let after = h.characters().entropy().expect("valid").bits;
    assert!(after < before, "{after} < {before}");
    h.regenerate();
    let allowed = format!("{LOWER}{UPPER}{DIGITS}-_.");
    for password in h.passwords(200) {
        assert_only_from(&password, &allowed, "symbols -_.");
        assert!(has_any(&password, "-_."), "each class: {password}");
    }
    assert_eq!(h.app.screens.password.focus, PasswordField::Output);
}

#[test]
fn excluded_characters_never_appear() {
    let mut h = Driver::new();
    h.password_screen_with_length("40");
    focus(&mut h, PasswordField::Exclude);
    let excluded = "aeiouAEIOU01!\"'`";
    h.type_text(excluded);
    h.regenerate();
    for password in h.passwords(200) {
        assert!(!has_any(&password, excluded), "{password}");
        assert_eq!(password.len(), 40);
    }
}

#[test]
fn pasted_rules_show_their_summary_and_passwords_meet_them() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    let before = h.characters().entropy().expect("valid").bits;
    focus(&mut h, PasswordField::Rules);
    h.paste(RULES);
    let generator = &h.app.screens.password;
    assert!(generator.characters.rules_decide());
    assert_eq!(generator.characters.problem(), None);
    let after = generator.characters.entropy().expect("valid").bits;
    assert!((after - before).abs() > 1.0, "{after} vs {before}");
    let summary = "12–20 chars · needs lower, upper, digit, [!#$%&*-._]";
    for (w, hgt) in [(60, 20), (80, 24), (120, 40)] {
        let rows = screen_text(&h.app, w, hgt);
        let text = flowed(&rows);
        assert!(text.contains(summary), "{w}x{hgt}:\n{}", rows.join("\n"));
        assert!(text.contains("max 2 in a row"), "{w}x{hgt}");
        assert!(
            text.contains(&format!("{after:.2} bits")),
            "{w}x{hgt}:\n{}",
            rows.join("\n")
        );
        assert!(
            text.contains("(the rules decide)"),
            "{w}x{hgt}:\n{}",
            rows.join("\n")
        );
    }
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Output);
    let allowed = format!("{LOWER}{UPPER}{DIGITS}{RULES_SYMBOLS}");
    for password in h.passwords(500) {
        assert_eq!(password.len(), 16);
        assert_only_from(&password, &allowed, "the rules");
        for class in [LOWER, UPPER, DIGITS, RULES_SYMBOLS] {
            assert!(has_any(&password, class), "{password} lacks {class}");
        }
        assert!(longest_run(&password) <= 2, "{password}");
    }
    // A length outside the rules is refused where the length's refusal shows.
    focus(&mut h, PasswordField::Length);
    h.edit(InputRequest::GoToEnd);
    h.type_text("0");
    let problem = h.characters().problem().expect("160 > 20");
    assert!(
        problem.contains("12") && problem.contains("20"),
        "{problem}"
    );
    assert!(h.characters().result.is_none());
    let rows = screen_text(&h.app, 60, 20);
    assert!(flowed(&rows).contains(&problem), "{}", rows.join("\n"));
}

#[test]
fn bad_rules_show_the_error_with_its_column() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Rules);
    h.paste("minlength: 12; required: lowr;");
    let problem = h.characters().problem().expect("a parse error");
    assert!(problem.starts_with("Rules: "), "{problem}");
    assert!(problem.contains("column"), "{problem}");
    assert!(!h.characters().rules_decide());
    assert_eq!(h.characters().entropy(), None);
    for (w, hgt) in [(60, 20), (80, 24)] {
        let rows = screen_text(&h.app, w, hgt);
        let text = flowed(&rows);
        assert!(text.contains(&problem), "{w}x{hgt}:\n{}", rows.join("\n"));
        assert_eq!(text.matches("column").count(), 1, "said once: {text}");
    }
    h.press(ENTER);
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.characters().result.is_none());
}

#[test]
fn symbols_with_set_3_are_refused_with_the_message() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    h.press(key('3'));
    focus(&mut h, PasswordField::Symbols);
    h.type_text("-_");
    let problem = h.characters().problem().expect("refused");
    assert!(problem.contains("set 3"), "{problem}");
    assert!(problem.contains("has none"), "{problem}");
    assert_eq!(h.characters().entropy(), None);
    let rows = screen_text(&h.app, 60, 20);
    assert!(flowed(&rows).contains(&problem), "{}", rows.join("\n"));
    h.regenerate();
    assert!(h.characters().result.is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    // Emptied again, set 3 makes passwords as before.
    h.erase_field();
    assert_eq!(h.characters().problem(), None);
}

#[test]
fn a_letter_in_symbols_is_refused_by_name_as_it_is_typed() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Symbols);
    h.type_text("-_.!a€ ");
    // Refused at the key, on the status line as Name and Length do, each character named.
    assert_eq!(h.characters().chars.symbols.value(), "-_.!");
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("Symbols"), "{}", h.status());
    assert!(h.status().contains("' '"), "{}", h.status());
    assert_eq!(h.characters().problem(), None, "nothing wrong went in");
    h.paste("a€ #");
    assert_eq!(h.characters().chars.symbols.value(), "-_.!#");
    for named in ["'a'", "'€'", "' '"] {
        assert!(h.status().contains(named), "{named} in {}", h.status());
    }
    let screen = screen_text(&h.app, 80, 24).join("\n");
    assert!(screen.contains("5 of 32"), "{screen}");
}

#[test]
fn everything_fits_from_60x20_with_rules_and_a_password() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Symbols);
    h.type_text("-_.!#");
    focus(&mut h, PasswordField::Exclude);
    h.type_text("0O");
    focus(&mut h, PasswordField::Rules);
    h.paste(RULES);
    h.press(ENTER);
    let password = h.result();
    let bits = format!("{:.2} bits", h.characters().entropy().expect("valid").bits);
    for (w, hgt) in [(60, 20), (80, 24), (120, 40)] {
        let rows = screen_text(&h.app, w, hgt);
        let all = rows.join("\n");
        assert!(
            rows.iter().any(|row| row.trim_end() == password),
            "{w}x{hgt}: the password alone on its line:\n{all}"
        );
        // At 60×20 the option fields fold to one line saying what they hold while the focus
        // is on the password; Tab back to them unfolds them (`tests/counts_tui.rs`).
        let labels: &[&str] = if hgt == 20 {
            &[
                "▸ symbols -_.!# · exclude 0O · rules",
                "each class",
                "Length",
            ]
        } else {
            &["Symbols", "Exclude", "Rules", "each class", "Length"]
        };
        for label in labels {
            assert!(all.contains(label), "{w}x{hgt} lacks {label}:\n{all}");
        }
        assert!(all.contains(&bits), "{w}x{hgt} lacks {bits}:\n{all}");
        assert!(
            flowed(&rows).contains("max 2 in a row"),
            "{w}x{hgt}:\n{all}"
        );
    }
    for password in h.passwords(100) {
        assert_only_from(&password, &format!("{LOWER}{UPPER}{DIGITS}-_.!#"), "");
        assert!(!has_any(&password, "0O"), "{password}");
    }
    let _ = SYMBOLS;
}

#[test]
fn a_looser_longest_run_than_the_rules_says_the_rules_apply() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Rules);
    h.paste(RULES);
    focus(&mut h, PasswordField::MaxConsecutive);
    h.type_text("3");
    let text = screen_text(&h.app, 80, 24).join("\n");
    assert!(text.contains("the rules' 2 applies"), "{text}");
    assert_eq!(
        h.characters().policy().map(|p| p.max_consecutive()),
        Ok(Some(2))
    );
    h.erase_field();
    h.type_text("1");
    let text = screen_text(&h.app, 80, 24).join("\n");
    assert!(
        !text.contains("applies"),
        "the field's 1 is the stricter:\n{text}"
    );
}

#[test]
fn the_symbols_hint_counts_the_symbols_typed() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Symbols);
    h.type_text("-_.-");
    let text = screen_text(&h.app, 80, 24).join("\n");
    assert!(text.contains("-_.-                     3 of 32"), "{text}");
}

#[test]
fn hints_say_what_blank_means_only_while_a_field_is_blank() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    let screen = screen_text(&h.app, 80, 24).join("\n");
    assert!(screen.contains("blank: no limit"), "{screen}");
    assert!(screen.contains("never used"), "{screen}");
    assert!(screen.contains("1. Only letters a–z (26)"), "{screen}");
    focus(&mut h, PasswordField::MaxConsecutive);
    h.type_text("1");
    focus(&mut h, PasswordField::Exclude);
    h.type_text("aeiouAEIOU");
    let screen = screen_text(&h.app, 80, 24).join("\n");
    assert!(!screen.contains("blank: no limit"), "{screen}");
    assert!(screen.contains("10 characters never used"), "{screen}");
}

#[test]
fn a_two_line_rules_error_keeps_the_tab_row_and_the_footer_at_80x24() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Rules);
    h.type_text(
        "required: upper, lower, digit; allowed: [-]; minlength: 8; maxlength: 7; colour: blue",
    );
    let rows = screen_text(&h.app, 80, 24);
    assert!(
        rows[0].contains("keysmith"),
        "the tab row:\n{}",
        rows.join("\n")
    );
    assert!(
        rows[23].contains("F1 help"),
        "the footer:\n{}",
        rows.join("\n")
    );
    let text = rows.join("\n");
    assert!(text.contains("Rules"), "{text}");
    assert!(text.contains("Length"), "{text}");
    // The title gives way before the fields: the Site row stays.
    assert!(text.contains("  Site  "), "the Site row: {text}");
}

#[test]
fn the_folded_options_line_is_cut_with_an_ellipsis_at_60_columns() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    focus(&mut h, PasswordField::Symbols);
    h.type_text("-_.!#$%&");
    focus(&mut h, PasswordField::Exclude);
    h.type_text("aeiouAEIOU");
    focus(&mut h, PasswordField::MaxConsecutive);
    h.type_text("1");
    focus(&mut h, PasswordField::Rules);
    h.type_text("minlength: 12");
    focus(&mut h, PasswordField::Menu);
    let rows = screen_text(&h.app, 60, 20);
    let folded = rows
        .iter()
        .find(|row| row.contains('▸'))
        .unwrap_or_else(|| panic!("the folded line:\n{}", rows.join("\n")));
    // The summary ends with the rules when it shows whole; cut, it ends in an ellipsis.
    let end = folded.trim_end();
    assert!(
        end.ends_with("rules") || end.ends_with('…'),
        "cut without a mark: {folded:?}"
    );
}
