//! Sites whose rules allow 8 characters or fewer (16 of the built-in ones): the tutorial's
//! rule refuses them, and only a yes to an explicit question on the screen makes a password
//! anyway, labelled weak, with its exact entropy. The yes holds for those rules alone.

use crate::support::keys::*;
use keysmith::for_tests::{PasswordField, Settings, Tone};
use keysmith_core::EntropyLabel;
use keysmith_core::policy::{Policy, PolicyOptions, ShortSites};
use keysmith_core::sites::Sites;

use crate::support::Driver;
use crate::support::screen::{draw, screen_text};

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (120, 40)];

/// A site whose rules allow 8 characters at most: lower, upper and digit required.
const SHORT_SITE: &str = "bancochile.cl";

/// The Site field holds a short site, and Enter in Rules asked to generate.
fn asked(seed: u64) -> Driver {
    let mut d = Driver::seeded(Settings::default(), seed);
    d.password_screen_with_length("16");
    d.focus_password(PasswordField::Site);
    d.type_text(SHORT_SITE);
    d.press(ENTER);
    assert_eq!(d.app.screens.password.focus, PasswordField::Rules);
    d.press(ENTER);
    d
}

/// The entropy of the short site's passwords at its 8 characters, to 0.01 bit, as the core
/// counts it when short sites are allowed.
fn weak_bits() -> String {
    let rules = Sites::built_in().lookup(SHORT_SITE).expect("known").rules;
    let options = PolicyOptions {
        length: Some(8),
        rules: Some(rules),
        ..PolicyOptions::default()
    };
    let policy = Policy::compile_with(&options, ShortSites::Allow).expect("allowed");
    format!("{:.2}", policy.entropy_bits())
}

fn question_open(d: &Driver) -> bool {
    screen_text(&d.app, 80, 24)
        .iter()
        .any(|row| row.contains("Weak password?"))
}

#[test]
fn without_a_yes_a_short_site_gets_no_password() {
    let mut d = asked(1);
    assert!(d.characters().result.is_none());
    for (w, h) in SIZES {
        let text = screen_text(&d.app, w, h).join("\n");
        assert!(
            text.contains("allow at most 8 characters"),
            "{w}×{h}\n{text}"
        );
        // The question may wrap before "bits": the figure alone is looked for.
        assert!(text.contains(&weak_bits()), "{w}×{h}\n{text}");
        assert!(text.contains("y makes it"), "{w}×{h}: the keys\n{text}");
    }
    // Keys other than the answers do nothing while it asks.
    d.press(key('c'));
    d.press(ENTER);
    assert!(question_open(&d));
    assert!(d.characters().result.is_none());
    d.press(ESC);
    assert!(!question_open(&d));
    assert!(d.characters().result.is_none(), "no is no");
    assert_eq!(d.status_tone(), Some(Tone::Info));
    // The note under the length says how to go on.
    let note = screen_text(&d.app, 120, 40).join(" ");
    let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        note.contains("asks whether to make a weak one anyway"),
        "{note}"
    );
    // n says no too.
    d.press(ENTER);
    assert!(question_open(&d));
    d.press(key('n'));
    assert!(!question_open(&d));
    assert!(d.characters().result.is_none());
}

#[test]
fn a_yes_makes_a_weak_password_that_meets_the_rules() {
    let mut d = asked(2);
    d.press(key('y'));
    assert!(!question_open(&d));
    let password = d.result();
    assert_eq!(password.len(), 8);
    assert!(
        password.chars().any(|c| c.is_ascii_lowercase()),
        "{password}"
    );
    assert!(
        password.chars().any(|c| c.is_ascii_uppercase()),
        "{password}"
    );
    assert!(password.chars().any(|c| c.is_ascii_digit()), "{password}");
    assert!(
        password.chars().all(|c| c.is_ascii_alphanumeric()),
        "{password}"
    );
    // The entropy is the core's exact count for the rules at 8, and labelled weak.
    let entropy = d.characters().entropy().expect("an entropy");
    assert_eq!(format!("{:.2}", entropy.bits), weak_bits());
    assert_eq!(entropy.label, EntropyLabel::Weak);
    assert!(d.status().contains("weak password"), "{}", d.status());
    assert!(d.status().contains("8 characters"), "{}", d.status());
    for (w, h) in SIZES {
        let text = screen_text(&d.app, w, h).join("\n");
        assert!(text.contains(&password), "{w}×{h}\n{text}");
        assert!(text.contains("bits — weak"), "{w}×{h}\n{text}");
    }
    // A new one needs no second yes while the rules stay.
    d.press(key('r'));
    assert!(!question_open(&d));
    assert_eq!(d.result().len(), 8);
    assert_ne!(d.result(), password);
}

/// The yes lapsed: the rules refused again, the length as it was before it.
fn refused_again(d: &Driver) {
    assert!(d.characters().policy().is_err(), "refused again");
    assert_eq!(
        d.characters().length.value(),
        "16",
        "the length before the yes"
    );
}

#[test]
fn the_yes_lapses_when_the_rules_change() {
    let mut d = asked(3);
    d.press(key('y'));
    assert_eq!(d.result().len(), 8);
    // Another short site: asked again.
    d.focus_password(PasswordField::Site);
    d.erase_field();
    d.type_text("allianz.com.br");
    refused_again(&d);
    d.press(ENTER);
    d.press(ENTER);
    assert!(question_open(&d));
    d.press(key('y'));
    assert_eq!(d.result().len(), 4);
    // Rules edited by hand to other weak rules: asked again.
    d.focus_password(PasswordField::Rules);
    d.type_text(" required: digit;");
    refused_again(&d);
    d.press(ENTER);
    assert!(question_open(&d));
}

#[test]
fn the_question_at_each_size() {
    let d = asked(4);
    for (width, height) in SIZES {
        let terminal = draw(&d.app, width, height);
        insta::assert_snapshot!(format!("short_site_{width}x{height}"), terminal.backend());
    }
}
