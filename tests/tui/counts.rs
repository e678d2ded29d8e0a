//! Characters mode's minimum per class and longest run, as `Msg`
//! sequences through `App`: what the passwords meet, the exact entropy the screen shows, the
//! refusals, the menu's sizes, and how the option fields fold at 60×20.

use crate::support::keys::*;
use keysmith::for_tests::PasswordField as Field;
use keysmith_core::policy::{Class, Minimums, Policy};

use crate::support::Driver;
use crate::support::screen::screen_text;
use crate::support::spec::{DIGITS, LOWER, SYMBOLS, UPPER, longest_run};

/// The screen's words joined by single spaces, so wrapped text reads as one line.
fn flowed(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn count_of(password: &str, class: &str) -> usize {
    password.chars().filter(|c| class.contains(*c)).count()
}

/// Length 12, then the minimums typed into their four wells.
fn with_minimums(lower: &str, upper: &str, digits: &str, symbols: &str) -> Driver {
    let mut d = Driver::new();
    d.password_screen_with_length("12");
    for (class, text) in Class::ALL.into_iter().zip([lower, upper, digits, symbols]) {
        d.focus_password(Field::Minimum(class));
        d.type_text(text);
    }
    d
}

#[test]
fn typed_minimums_hold_in_every_password_and_the_entropy_is_the_cores() {
    let mut d = with_minimums("", "3", "4", "1");
    let generator = &d.app.screens.password;
    let options = generator.characters.options();
    assert_eq!(
        options.minimums,
        Minimums {
            lower: 0,
            upper: 3,
            digits: 4,
            symbols: 1
        }
    );
    let exact = Policy::compile(&options).expect("valid").entropy_bits();
    let shown = generator.characters.entropy().expect("an entropy").bits;
    assert_eq!(shown, exact);
    let screen = screen_text(&d.app, 80, 24).join("\n");
    assert!(screen.contains(&format!("{exact:.2} bits")), "{screen}");
    d.press(ENTER);
    for password in d.passwords(300) {
        assert_eq!(password.chars().count(), 12);
        assert!(count_of(&password, UPPER) >= 3, "{password}");
        assert!(count_of(&password, DIGITS) >= 4, "{password}");
        assert!(count_of(&password, SYMBOLS) >= 1, "{password}");
        assert!(
            count_of(&password, LOWER) >= 1,
            "each class still holds: {password}"
        );
    }
}

#[test]
fn a_longest_run_of_one_never_repeats_a_neighbour() {
    let mut d = Driver::new();
    d.password_screen_with_length("16");
    d.act(key('1'));
    let before = d.characters().entropy().expect("valid").bits;
    d.focus_password(Field::MaxConsecutive);
    d.type_text("1");
    let after = d.characters().entropy().expect("valid").bits;
    // 26 × 25^15 passwords of small letters with no two alike side by side.
    let expected = 26f64.log2() + 15.0 * 25f64.log2();
    assert!((after - expected).abs() < 0.005, "{after} vs {expected}");
    assert!(after < before);
    d.regenerate();
    for password in d.passwords(300) {
        assert_eq!(longest_run(&password), 1, "{password}");
    }
}

#[test]
fn minimums_past_the_length_are_refused_and_no_password_stays() {
    let mut d = with_minimums("3", "4", "4", "");
    d.regenerate();
    assert!(d.characters().result.is_some());
    // 3 + 4 + 4 and each class's one symbol make 12; a second symbol makes 13.
    d.focus_password(Field::Minimum(Class::Symbol));
    d.type_text("2");
    let generator = &d.app.screens.password;
    assert!(
        generator.characters.result.is_none(),
        "the shown password no longer meets them"
    );
    let problem = generator.characters.problem().expect("a refusal");
    assert!(
        problem.contains("13") && problem.contains("12"),
        "{problem}"
    );
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = screen_text(&d.app, w, h).join("\n");
        assert!(flowed(&screen).contains(&problem), "{w}x{h}:\n{screen}");
        assert!(
            screen.contains("No password meets these options"),
            "{w}x{h}:\n{screen}"
        );
    }
    d.regenerate();
    assert!(d.characters().result.is_none());
}

#[test]
fn a_longest_run_of_zero_is_refused_with_its_reason() {
    let mut d = Driver::new();
    d.password_screen_with_length("16");
    d.focus_password(Field::MaxConsecutive);
    d.type_text("0");
    let problem = d.characters().problem().expect("a refusal");
    assert!(problem.to_lowercase().contains("consecutive"), "{problem}");
}

#[test]
fn the_menu_counts_what_symbols_and_exclude_leave() {
    let mut d = Driver::new();
    d.password_screen_with_length("16");
    d.focus_password(Field::Symbols);
    d.type_text("-_");
    d.focus_password(Field::Exclude);
    d.type_text("abc");
    let screen = screen_text(&d.app, 80, 24).join("\n");
    for line in [
        "1. Only letters a–z (23)",
        "2. Capital and small letters (49)",
        "3. Capital and small letters and numbers (59)",
        "4. Capital and small letters, numbers and symbols (61)",
    ] {
        assert!(screen.contains(line), "{line}:\n{screen}");
    }
}

#[test]
fn at_60x20_the_fields_unfold_where_the_focus_is_and_the_password_keeps_its_line() {
    let mut d = with_minimums("", "3", "", "");
    d.focus_password(Field::MaxConsecutive);
    d.type_text("2");
    d.regenerate();
    let password = d.result();
    // On the result: the menu is whole, the fields fold to what they say.
    let rows = screen_text(&d.app, 60, 20);
    let all = rows.join("\n");
    assert!(all.contains("▸ 3 upper · max 2 in a row"), "{all}");
    assert!(all.contains("4. Capital and small letters"), "{all}");
    assert!(rows.iter().any(|row| row.trim_end() == password), "{all}");
    // In the fields: they unfold, the menu folds to its header.
    d.focus_password(Field::Minimum(Class::Upper));
    let rows = screen_text(&d.app, 60, 20);
    let all = rows.join("\n");
    for label in ["Symbols", "Exclude", "At least", "Max in a row", "Rules"] {
        assert!(all.contains(label), "{label}:\n{all}");
    }
    assert!(all.contains("Characters: set 4"), "{all}");
    assert!(rows.iter().any(|row| row.trim_end() == password), "{all}");
}

#[test]
fn a_four_digit_minimum_shows_whole_after_its_class() {
    let mut d = Driver::new();
    d.password_screen_with_length("1024");
    d.act(key('2'));
    d.focus_password(Field::Minimum(Class::Lower));
    d.type_text("1000");
    d.focus_password(Field::MaxConsecutive);
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = screen_text(&d.app, w, h).join("\n");
        assert!(
            screen.contains("At least      a-z 1000  A-Z"),
            "{w}x{h}:\n{screen}"
        );
    }
    assert_eq!(d.characters().options().minimums.lower, 1000);
}
