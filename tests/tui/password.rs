//! User stories on the Password screen as `Msg` sequences through `App`: no
//! terminal, a seeded RNG, and a clock that moves only when a test says so.
//!
//! Texts are spelled out here, and alphabets in `support::spec`, by hand rather than taken
//! from the crate, so that these tests check the app against the documented behaviour, not
//! against itself.

use crate::support::keys::*;
use std::collections::HashSet;

use keysmith::for_tests::PasswordField;
use keysmith::for_tests::RegisterField;
use keysmith::for_tests::Screen;
use keysmith::for_tests::{Startup, Tone};
use keysmith_core::Toggle;
use tui_input::InputRequest;

use crate::support::spec::{
    DIGITS, LOOK_ALIKES, LOWER, SYMBOLS, UPPER, WEAK_LENGTH, assert_only_from, has_any,
};
use crate::support::{CITY, Driver, NAME, screen};

#[test]
fn a_length_of_8_is_weak_and_offers_no_menu() {
    let mut h = Driver::new();
    h.press(F3);
    assert_eq!(h.app.screen, Screen::Password);
    h.type_text("8");
    assert_eq!(h.characters().problem().as_deref(), Some(WEAK_LENGTH));
    assert!(!h.characters().menu_visible());

    h.press(ENTER);
    assert_eq!(h.status(), WEAK_LENGTH);
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);

    // The ring is the mode and profile selectors at the top and the length: no key reaches a
    // menu.
    assert_eq!(
        h.app.screens.password.order(),
        [
            PasswordField::Mode,
            PasswordField::Profile,
            PasswordField::Length
        ]
    );
    for (action, lands) in [
        (TAB, PasswordField::Mode),
        (BACKTAB, PasswordField::Profile),
        (DOWN, PasswordField::Mode),
        (UP, PasswordField::Profile),
        (key('2'), PasswordField::Length),
        (key('r'), PasswordField::Length),
    ] {
        h.press(action);
        assert_eq!(h.app.screens.password.focus, lands, "{action:?}");
        if lands != PasswordField::Length {
            h.focus_password(PasswordField::Length);
        }
    }
    assert!(h.characters().result.is_none());
    assert_eq!(h.characters().set.number(), 4, "PickOption did nothing");
}

#[test]
fn the_mode_selector_heads_the_ring_but_the_screen_opens_on_the_length() {
    use keysmith_core::Kind;
    let mut h = Driver::new();
    h.press(F3);
    let generator = &h.app.screens.password;
    assert_eq!(generator.mode, Kind::Password);
    assert_eq!(
        generator.focus,
        PasswordField::Length,
        "typing a length works at once"
    );
    assert_eq!(
        generator.order(),
        [
            PasswordField::Mode,
            PasswordField::Profile,
            PasswordField::Length
        ]
    );
    h.type_text("12");
    assert!(h.characters().menu_visible());
    h.press(UP);
    h.press(UP);
    assert_eq!(h.app.screens.password.focus, PasswordField::Mode);
    // Enter on the selectors goes back down to the length, the mode unchanged.
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Profile);
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);
    assert_eq!(h.app.screens.password.mode, Kind::Password);
    assert!(h.characters().result.is_none(), "nothing generated");
}

#[test]
fn a_length_of_9_shows_the_menu_and_enter_moves_to_it() {
    let mut h = Driver::new();
    h.press(F3);
    h.type_text("9");
    assert_eq!(h.characters().problem(), None);
    assert!(h.characters().menu_visible());
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Menu);
    assert!(
        h.characters().result.is_none(),
        "Enter on the length only moves"
    );
}

#[test]
fn the_length_field_takes_digits_only_and_explains_bad_lengths() {
    let mut h = Driver::new();
    h.press(F3);
    h.type_text("x1-2 ");
    assert_eq!(h.characters().length.value(), "12");

    h.erase_field();
    let empty = h.characters().problem().expect("empty length");
    assert!(empty.contains("more than 8"), "{empty}");

    h.type_text("0");
    assert_eq!(h.characters().problem().as_deref(), Some(WEAK_LENGTH));

    h.erase_field();
    h.type_text("1025");
    let too_long = h.characters().problem().expect("too long");
    assert!(too_long.contains("1024"), "{too_long}");

    h.erase_field();
    h.paste("184467440737095516161844674407370955161");
    let huge = h.characters().problem().expect("no overflow");
    assert!(huge.contains("1024"), "{huge}");
    assert!(!h.characters().menu_visible());
}

#[test]
fn option_1_gives_only_small_letters() {
    let mut h = Driver::new();
    h.password_screen_with_length("20");
    h.press(key('1'));
    assert_eq!(h.app.screens.password.focus, PasswordField::Menu);
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Output);
    for password in h.passwords(50) {
        assert_eq!(password.len(), 20);
        assert_only_from(&password, LOWER, "option 1");
    }
}

#[test]
fn option_2_gives_capital_and_small_letters_with_each_class() {
    let mut h = Driver::new();
    h.password_screen_with_length("20");
    h.press(key('2'));
    h.press(ENTER);
    let letters = format!("{LOWER}{UPPER}");
    for password in h.passwords(50) {
        assert_only_from(&password, &letters, "option 2");
        assert!(
            has_any(&password, LOWER) && has_any(&password, UPPER),
            "{password}"
        );
    }
}

#[test]
fn option_3_gives_letters_and_numbers_with_each_class() {
    let mut h = Driver::new();
    h.password_screen_with_length("20");
    h.press(key('3'));
    h.press(ENTER);
    let alnum = format!("{LOWER}{UPPER}{DIGITS}");
    for password in h.passwords(50) {
        assert_only_from(&password, &alnum, "option 3");
        for class in [LOWER, UPPER, DIGITS] {
            assert!(has_any(&password, class), "{password} lacks {class}");
        }
    }
}

#[test]
fn option_4_gives_the_94_printable_ascii_characters_with_each_class() {
    let mut h = Driver::new();
    h.password_screen_with_length("20");
    h.press(key('4'));
    h.press(ENTER);
    let all = format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}");
    assert_eq!(all.len(), 94);
    let mut seen = HashSet::new();
    for password in h.passwords(200) {
        assert_only_from(&password, &all, "option 4");
        for class in [LOWER, UPPER, DIGITS, SYMBOLS] {
            assert!(has_any(&password, class), "{password} lacks {class}");
        }
        seen.extend(password.chars());
    }
    assert_eq!(seen.len(), 94, "every one of the 94 turns up in 4000 draws");
}

#[test]
fn up_and_down_in_the_menu_move_a_highlight_and_only_space_enter_or_a_digit_pick() {
    let mut h = Driver::new();
    h.password_screen_with_length("12");
    assert_eq!(h.characters().set.number(), 4, "the default is option 4");
    h.press(UP);
    h.press(UP);
    assert_eq!(h.characters().set.number(), 4, "the arrows change nothing");
    assert_eq!(h.characters().menu_cursor.number(), 2);
    h.press(DOWN);
    assert_eq!(h.characters().menu_cursor.number(), 3);
    h.press(SPACE);
    assert_eq!(
        h.characters().set.number(),
        3,
        "Space picks the highlighted set"
    );
    h.press_times(UP, 2);
    assert_eq!(h.characters().menu_cursor.number(), 1);
    assert_eq!(h.app.screens.password.focus, PasswordField::Menu);
    // Past the first set, Up leaves the menu as it leaves any field; the set stays.
    h.press(UP);
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);
    assert_eq!(h.characters().set.number(), 3);
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Menu);
    assert_eq!(
        h.characters().menu_cursor.number(),
        3,
        "the highlight starts on the set"
    );
    h.press_times(DOWN, 1);
    // Past the last set, Down goes on to the toggles.
    h.press(DOWN);
    assert_ne!(h.app.screens.password.focus, PasswordField::Menu);
    h.press(UP);
    assert_eq!(
        h.characters().menu_cursor.number(),
        3,
        "back on the set in use"
    );
    h.press_times(UP, 2);
    assert_eq!(h.characters().menu_cursor.number(), 1);
    h.press(ENTER);
    assert_eq!(
        h.characters().set.number(),
        1,
        "Enter picks the highlighted set"
    );
    assert_only_from(&h.result(), LOWER, "picked with the arrows and Enter");
}

#[test]
fn changing_the_set_with_a_password_shown_redraws_it_from_the_new_set() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    h.press(ENTER);
    h.focus_password(PasswordField::Menu);
    h.press(key('1'));
    assert_only_from(&h.result(), LOWER, "redrawn");
    assert_eq!(h.app.screens.password.focus, PasswordField::Menu);
}

#[test]
fn no_look_alikes_keeps_out_every_look_alike() {
    let mut h = Driver::new();
    h.password_screen_with_length("64");
    h.press(ENTER);
    h.focus_password(PasswordField::Toggle(Toggle::NoLookAlikes));
    assert!(
        !h.characters().toggles.contains(Toggle::NoLookAlikes),
        "off by default"
    );
    h.press(SPACE);
    assert!(h.characters().toggles.contains(Toggle::NoLookAlikes));
    assert_eq!(
        h.app.screens.password.focus,
        PasswordField::Toggle(Toggle::NoLookAlikes)
    );
    let shown = h.result();
    assert!(
        !has_any(&shown, LOOK_ALIKES),
        "the shown one is redrawn: {shown}"
    );
    for password in h.passwords(100) {
        assert!(!has_any(&password, LOOK_ALIKES), "{password}");
        assert_eq!(password.len(), 64);
    }
}

#[test]
fn no_repeats_gives_distinct_characters() {
    let mut h = Driver::new();
    h.password_screen_with_length("60");
    h.focus_password(PasswordField::Toggle(Toggle::NoRepeats));
    assert!(
        !h.characters().toggles.contains(Toggle::NoRepeats),
        "off by default"
    );
    h.press(SPACE);
    assert!(h.characters().toggles.contains(Toggle::NoRepeats));
    let entropy = h.characters().entropy().expect("valid options");
    assert!(entropy.no_repeats_cost.is_some_and(|cost| cost > 0.0));
    h.press(ENTER);
    for password in h.passwords(50) {
        let distinct: HashSet<char> = password.chars().collect();
        assert_eq!(distinct.len(), 60, "{password}");
    }
}

#[test]
fn each_class_can_be_turned_off() {
    let mut h = Driver::new();
    h.password_screen_with_length("9");
    h.focus_password(PasswordField::Toggle(Toggle::EachClass));
    assert!(
        h.characters().toggles.contains(Toggle::EachClass),
        "on by default"
    );
    h.press(SPACE);
    assert!(!h.characters().toggles.contains(Toggle::EachClass));
    h.press(ENTER);
    let passwords = h.passwords(100);
    let all = format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}");
    for password in &passwords {
        assert_only_from(password, &all, "each class off");
    }
    assert!(
        passwords.iter().any(|p| ![LOWER, UPPER, DIGITS, SYMBOLS]
            .iter()
            .all(|c| has_any(p, c))),
        "with each-class off, some 9-character password lacks a class"
    );
    h.focus_password(PasswordField::Toggle(Toggle::EachClass));
    h.press(SPACE);
    assert!(
        h.characters().toggles.contains(Toggle::EachClass),
        "and back on"
    );
}

#[test]
fn regenerate_and_enter_on_the_result_make_a_new_password() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    h.press(ENTER);
    let first = h.result();
    assert_eq!(first.len(), 16);
    h.press(key('r'));
    let second = h.result();
    assert_ne!(first, second);
    assert_eq!(h.app.screens.password.focus, PasswordField::Output);
    h.press(ENTER);
    let third = h.result();
    assert_ne!(second, third);
}

#[test]
fn the_result_joins_the_focus_ring_once_there_is_one() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    h.press(BACKTAB);
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);
    h.press(BACKTAB);
    assert_eq!(h.app.screens.password.focus, PasswordField::Profile);
    h.press(BACKTAB);
    assert_eq!(
        h.app.screens.password.focus,
        PasswordField::Mode,
        "the mode selector heads the ring"
    );
    h.press(BACKTAB);
    assert_eq!(
        h.app.screens.password.focus,
        PasswordField::Rules,
        "the last option, as no Result yet"
    );
    h.press(ENTER);
    assert_eq!(h.app.screens.password.focus, PasswordField::Output);
    h.press(TAB);
    assert_eq!(h.app.screens.password.focus, PasswordField::Mode, "wraps");
    h.press(TAB);
    assert_eq!(h.app.screens.password.focus, PasswordField::Profile);
    h.press(TAB);
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);
}

#[test]
fn copy_before_generating_says_there_is_nothing_to_copy() {
    let mut h = Driver::new();
    h.password_screen_with_length("16");
    assert!(h.press(key('c')).is_empty());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("Nothing to copy"), "{}", h.status());
}

#[test]
fn use_in_register_fills_the_register_password_and_says_so() {
    let mut h = Driver::new();
    h.password_screen_with_length("20");
    h.press(ENTER);
    let password = h.result();
    h.press(key('u'));
    assert_eq!(h.app.screens.register.password.value(), password);
    assert!(
        h.app.screens.register.strength.is_some(),
        "strength is assessed"
    );
    assert_eq!(h.status_tone(), Some(Tone::Info));
    assert!(h.status().contains("Register"), "{}", h.status());
    assert!(h.status().contains("password"), "{}", h.status());
    assert_eq!(h.app.screen, Screen::Register, "on to where it was used");
    assert_eq!(h.app.screens.register.focus, RegisterField::Gender);

    h.focus_register(RegisterField::Name);
    h.type_text(NAME);
    h.focus_register(RegisterField::City);
    h.type_text(CITY);
    h.focus_register(RegisterField::Gender);
    h.press(SPACE);
    let code = h.send_code();
    h.submit_code(&code);
    assert_eq!(h.dialog().0, "Login successful", "the generated one passes");
}

#[test]
fn no_repeats_past_the_size_of_the_set_is_refused_with_a_message() {
    let mut h = Driver::new();
    h.password_screen_with_length("95");
    h.press(key('4'));
    h.focus_password(PasswordField::Toggle(Toggle::NoRepeats));
    h.press(SPACE);
    let problem = h.characters().problem().expect("refused");
    assert!(problem.contains("94"), "{problem}");
    assert_eq!(h.characters().entropy(), None);

    h.press(ENTER);
    assert!(h.characters().result.is_none());
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert!(h.status().contains("94"), "{}", h.status());
    h.press(key('r'));
    assert!(h.characters().result.is_none());
    let _ = screen::text(&h.app);
}

#[test]
fn turning_no_repeats_on_past_the_set_drops_a_shown_password() {
    let mut h = Driver::new();
    h.password_screen_with_length("30");
    h.press(key('1'));
    h.press(ENTER);
    assert!(h.characters().result.is_some());
    h.focus_password(PasswordField::Toggle(Toggle::NoRepeats));
    h.press(SPACE);
    assert!(h.characters().result.is_none(), "30 > 26: no password fits");
    assert!(h.characters().problem().expect("refused").contains("26"));
    assert_eq!(
        h.app.screens.password.focus,
        PasswordField::Toggle(Toggle::NoRepeats)
    );
    h.press(SPACE);
    assert!(
        h.characters().result.is_none(),
        "nothing comes back by itself"
    );
}

#[test]
fn editing_the_length_redraws_a_shown_password_to_the_new_length() {
    let mut h = Driver::new();
    h.password_screen_with_length("12");
    h.press(ENTER);
    assert_eq!(h.result().len(), 12);
    h.focus_password(PasswordField::Length);
    // The number the focus lands on is offered: End to append to it.
    h.edit(InputRequest::GoToEnd);
    h.type_text("0");
    assert_eq!(h.result().len(), 120);
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);
}

// ============================================================================================
// Bugs found while writing these flows
// ============================================================================================

#[test]
fn use_in_register_never_puts_a_different_password_than_the_one_shown() {
    let mut h = Driver::new();
    h.password_screen_with_length("200");
    h.press(ENTER);
    let password = h.result();
    h.press(key('u'));
    let put_in = h.app.screens.register.password.value() == password;
    let refused = h.status_tone() == Some(Tone::Error);
    assert!(
        put_in || refused,
        "the Register password holds {} of the {} characters, and the status says {:?}",
        h.app.screens.register.password.char_count(),
        password.len(),
        h.status()
    );
}

#[test]
fn the_length_field_says_what_it_left_out() {
    let mut h = Driver::new();
    h.press(F3);
    h.type_text("12.5");
    assert_eq!(h.characters().length.value(), "125");
    assert_eq!(
        h.status(),
        "Length takes no such character: left out 1 character: '.'"
    );
    h.erase_field();
    h.paste("99999999999999999999");
    assert_eq!(h.characters().length.value(), "99999");
    assert_eq!(
        h.status(),
        "Length holds at most 5 characters: 15 more left out"
    );
}

#[test]
fn the_weak_length_refusal_waits_for_enter_and_clears_when_fixed() {
    use keysmith::for_tests::Note;
    let mut h = Driver::new();
    h.press(F3);
    h.type_text("8");
    assert!(matches!(h.characters().length_note(), Some(Note::Hint(_))));
    h.press(ENTER);
    assert_eq!(
        h.characters().length_note(),
        Some(Note::Problem(WEAK_LENGTH.to_string()))
    );
    assert_eq!(h.status(), WEAK_LENGTH);
    h.type_text("0");
    assert_eq!(h.characters().length_note(), None);
    assert_eq!(h.status(), "", "80 passes: the refusal is stale");
}

#[test]
fn the_first_start_offers_a_length_of_16_and_shows_a_password() {
    let mut h = Driver::new();
    h.start(Startup::none());
    h.press(F3);
    let characters = h.characters();
    assert_eq!(characters.length.value(), "16");
    assert!(
        characters.length.is_offered(),
        "selected: typing replaces it"
    );
    assert_eq!(h.result().chars().count(), 16);
    assert_eq!(h.app.screens.password.focus, PasswordField::Length);
    let text = screen::screen_text(&h.app, 80, 24).join("\n");
    assert!(text.contains(&h.result()), "{text}");
    // As the tutorial asks: type a length, and it replaces the one offered.
    h.type_text("20");
    assert_eq!(h.characters().length.value(), "20");
    h.press(ENTER);
    h.press(ENTER);
    assert_eq!(
        h.result().chars().count(),
        20,
        "Enter, Enter: a password of the length typed"
    );
}
