//! Characters mode's Site field as `Msg` sequences through `App`: the completion it offers
//! and the keys that take it, a known site filling the rules and moving the length into
//! their bounds, rules edited by hand, an unknown domain, and the site remembered and saved
//! in a profile.

use crate::support::keys::*;
use crate::support::screen::screen_text;
use crate::support::spec::{assert_only_from, longest_run};
use keysmith::for_tests::{Context, FocusKind, Options, PasswordField, SettingsFile, Startup};
use keysmith::for_tests::{Effect, Profile, Remembered, Tone};
use keysmith_core::policy::{Policy, PolicyOptions, parse_rules};
use keysmith_core::sites::Sites;
use tui_input::InputRequest;

use crate::support::Driver;

/// The sizes every flow is looked at: the smallest, the usual, a large one.
const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (120, 40)];

/// The rules a lookup of `site` gives, as `keysmith password --site` takes them.
fn rules_of(site: &str) -> String {
    Sites::built_in().lookup(site).expect("a known site").rules
}

/// F3, the default length, and the focus in the Site field.
fn in_site_field() -> Driver {
    let mut d = Driver::new();
    d.password_screen_with_length("16");
    d.focus_password(PasswordField::Site);
    d
}

fn site(d: &Driver) -> &str {
    d.characters().chars.site.value()
}

fn rules(d: &Driver) -> &str {
    d.characters().chars.rules.value()
}

fn flowed(d: &Driver, (w, h): (u16, u16)) -> String {
    screen_text(&d.app, w, h)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn typing_offers_the_likeliest_domain_and_tab_takes_it() {
    let mut d = in_site_field();
    d.type_text("payp");
    assert_eq!(d.characters().offered_completion(), Some("al.com"));
    assert_eq!(Context::of(&d.app).focus, FocusKind::Completing);
    for size in SIZES {
        let rows = screen_text(&d.app, size.0, size.1);
        let row = rows
            .iter()
            .find(|row| row.contains("Site"))
            .expect("a Site row");
        assert!(row.contains("paypal.com"), "{size:?}: {row}");
        let footer = rows.last().expect("a footer");
        assert!(footer.contains("Tab/Right accept"), "{size:?}: {footer}");
        assert!(
            !footer.contains("Tab next"),
            "Tab is taken: {size:?}: {footer}"
        );
    }
    d.press(TAB);
    assert_eq!(site(&d), "paypal.com");
    assert_eq!(
        d.app.screens.password.focus,
        PasswordField::Site,
        "Tab took it"
    );
    assert_eq!(d.characters().offered_completion(), None);
    assert_eq!(rules(&d), rules_of("paypal.com"));
    // Nothing more is offered: Tab goes on.
    d.press(TAB);
    assert_eq!(d.app.screens.password.focus, PasswordField::Rules);
}

#[test]
fn right_takes_the_completion_only_from_the_end_of_the_text() {
    let mut d = in_site_field();
    d.type_text("goog");
    d.press(LEFT);
    assert_eq!(d.characters().offered_completion(), None);
    assert_eq!(Context::of(&d.app).focus, FocusKind::Text);
    // Right moves the cursor back to the end, as in any field; then it takes the domain.
    d.press(RIGHT);
    assert_eq!(site(&d), "goog");
    assert_eq!(d.characters().offered_completion(), Some("le.com"));
    d.press(RIGHT);
    assert_eq!(site(&d), "google.com");
    assert_eq!(rules(&d), rules_of("google.com"));
}

#[test]
fn a_known_site_fills_the_rules_and_the_summary_names_it() {
    let mut d = in_site_field();
    d.paste("https://www.PayPal.com/signin?country=DE");
    let paypal = rules_of("paypal.com");
    assert_eq!(rules(&d), paypal);
    assert!(d.characters().rules_decide());
    for size in SIZES {
        let text = flowed(&d, size);
        assert!(
            text.contains("rules of paypal.com: 8–20 chars · needs"),
            "{size:?}: {text}"
        );
    }
    // The same policy, entropy and passwords as `keysmith password --site paypal.com -l 16`.
    let cli = Policy::compile(&PolicyOptions {
        length: Some(16),
        rules: Some(paypal.clone()),
        ..PolicyOptions::default()
    })
    .expect("paypal.com at 16");
    let bits = d.characters().entropy().expect("a policy").bits;
    assert!((bits - cli.entropy_bits()).abs() < 1e-9, "{bits}");
    let parsed = parse_rules(&paypal).expect("parses").expect("rules");
    let allowed = String::from_utf8(parsed.allowed.to_vec()).expect("ASCII");
    for password in d.passwords(300) {
        assert_eq!(password.len(), 16);
        assert_only_from(&password, &allowed, "paypal.com");
        assert!(longest_run(&password) <= 3, "{password}");
    }
}

#[test]
fn rules_edited_by_hand_say_they_no_longer_match_the_site() {
    let mut d = in_site_field();
    d.type_text("paypal.com");
    d.press(TAB);
    assert_eq!(d.app.screens.password.focus, PasswordField::Rules);
    d.edit(InputRequest::GoToEnd);
    d.type_text(" minlength: 12;");
    for size in SIZES {
        let text = flowed(&d, size);
        assert!(
            text.contains("edited, no longer the rules of paypal.com: 12–20 chars"),
            "{size:?}: {text}"
        );
    }
    // Typing the site again puts its rules back.
    d.press(BACKTAB);
    d.type_text(".");
    d.edit(InputRequest::DeletePrevChar);
    assert_eq!(rules(&d), rules_of("paypal.com"));
    assert!(flowed(&d, (80, 24)).contains("rules of paypal.com: 8–20"));
}

#[test]
fn the_length_moves_into_the_sites_bounds() {
    // airfrance.com allows 8 to 12 characters: 16 moves down to 12 instead of a refusal.
    let mut d = in_site_field();
    d.type_text("airfrance.com");
    assert_eq!(d.characters().length.value(), "12");
    assert_eq!(d.characters().problem(), None);
    assert!(d.characters().policy().is_ok());
    assert_eq!(
        d.status(),
        "Length 12: the most the rules of airfrance.com allow"
    );
    assert_eq!(d.status_tone(), Some(Tone::Info));
    for size in SIZES {
        let text = flowed(&d, size);
        assert!(text.contains("Length 12"), "{size:?}: {text}");
        assert!(
            text.contains("rules of airfrance.com: 8–12 chars"),
            "{size:?}"
        );
    }
    assert_eq!(d.passwords(50).iter().map(String::len).max(), Some(12));

    // A length under a site's minimum moves up to it.
    let mut d = Driver::new();
    d.password_screen_with_length("10");
    d.focus_password(PasswordField::Site);
    let site = Sites::built_in()
        .with_site("example.org", "minlength: 14; required: digit;")
        .expect("a domain");
    d.app.screens.password.characters.sites = site;
    d.type_text("example.org");
    assert_eq!(d.characters().length.value(), "14");
    assert!(d.status().contains("the least"), "{}", d.status());
}

#[test]
fn an_unknown_domain_is_named_with_the_closest_known_ones() {
    let mut d = in_site_field();
    d.type_text("paypa1.com");
    assert!(flowed(&d, (80, 24)).contains("not known"));
    assert_eq!(rules(&d), "", "nothing filled");
    d.press(ENTER);
    assert_eq!(
        d.app.screens.password.focus,
        PasswordField::Site,
        "Enter stays"
    );
    assert_eq!(d.status_tone(), Some(Tone::Error));
    assert!(
        d.status()
            .starts_with("No site rules for paypa1.com; the closest known domain is paypal.com"),
        "{}",
        d.status()
    );
    for size in SIZES {
        let text = flowed(&d, size);
        assert!(
            text.contains("the closest known domain is paypal.com"),
            "{size:?}: {text}"
        );
    }
    // Leaving by Tab says it too; text that is no domain is refused by name.
    d.erase_field();
    d.type_text("not a domain");
    d.press(TAB);
    assert_eq!(d.app.screens.password.focus, PasswordField::Rules);
    assert!(d.status().contains("is not a domain"), "{}", d.status());
}

/// A settings file that remembers `options` (the test plays the runtime: nothing is read or
/// written).
fn remembering_startup(options: Options) -> Startup {
    Startup {
        file: SettingsFile::Remembering("config.toml".into()),
        remembered: Remembered {
            options,
            otp_format: None,
        },
        profiles: vec![],
        sites: Sites::built_in(),
        note: None,
    }
}

fn remembering(options: Options) -> Driver {
    let mut d = Driver::new();
    d.start(remembering_startup(options));
    d
}

#[test]
fn the_site_is_remembered_in_place_of_its_rules_and_shown_again() {
    let mut d = remembering(Options::default());
    d.press(F3);
    d.focus_password(PasswordField::Site);
    d.type_text("airfrance.com");
    let saved = d.app.screens.password.file_options();
    assert_eq!(saved.site.as_deref(), Some("airfrance.com"));
    assert_eq!(saved.rules, None, "the file names the site, not its rules");
    assert_eq!(saved.length, Some(12));

    let mut again = remembering(saved);
    again.press(F3);
    assert_eq!(again.characters().chars.site.value(), "airfrance.com");
    assert_eq!(rules(&again), rules_of("airfrance.com"));
    assert!(flowed(&again, (80, 24)).contains("rules of airfrance.com: 8–12 chars"));

    // Rules edited by hand are remembered as rules, without the site they left.
    let mut d = again;
    d.focus_password(PasswordField::Rules);
    d.edit(InputRequest::GoToEnd);
    d.type_text(" max-consecutive: 2;");
    let saved = d.app.screens.password.file_options();
    assert_eq!(saved.site, None);
    assert!(
        saved
            .rules
            .is_some_and(|r| r.ends_with("max-consecutive: 2;"))
    );
}

#[test]
fn a_profile_saves_the_site_and_loading_one_fills_its_rules() {
    let mut d = remembering(Options::default());
    d.press(F3);
    d.focus_password(PasswordField::Site);
    d.type_text("google.com");
    d.press(CTRL_S);
    d.type_text("work");
    let effects = d.press(ENTER);
    let [Effect::SaveProfile(save)] = effects.as_slice() else {
        panic!("one save: {effects:?}");
    };
    assert_eq!(save.options.site.as_deref(), Some("google.com"));
    assert_eq!(save.options.rules, None);

    let profile = |name: &str, site: &str| {
        let options = Options {
            site: Some(site.into()),
            ..Options::default()
        };
        Profile::new(name, options)
    };
    let mut d = Driver::new();
    d.start(Startup {
        profiles: vec![
            profile("fly", "airfrance.com"),
            profile("typo", "paypa1.com"),
        ],
        ..remembering_startup(Options::default())
    });
    d.press(F3);
    d.press(BACKTAB);
    assert_eq!(d.app.screens.password.focus, PasswordField::Profile);
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "fly");
    assert_eq!(site(&d), "airfrance.com");
    assert_eq!(rules(&d), rules_of("airfrance.com"));
    // Without a length of its own, 16 moved into the site's bounds, as `--profile` does.
    assert_eq!(d.characters().length.value(), "12");
    assert!(flowed(&d, (60, 20)).contains("rules of airfrance.com"));
    // A profile's unknown site is said as it loads.
    d.press(RIGHT);
    assert_eq!(d.app.screens.password.profiles.shown(), "typo");
    assert_eq!(d.status_tone(), Some(Tone::Error));
    assert!(
        d.status().contains("closest known domain is paypal.com"),
        "{}",
        d.status()
    );
}

#[test]
fn a_remembered_site_offers_its_completion_as_a_typed_one_does() {
    let mut d = remembering(Options {
        site: Some("goog".into()),
        ..Options::default()
    });
    d.press(F3);
    d.focus_password(PasswordField::Site);
    assert_eq!(site(&d), "goog");
    assert_eq!(d.characters().offered_completion(), Some("le.com"));
    d.press(TAB);
    assert_eq!(site(&d), "google.com");
    assert_eq!(rules(&d), rules_of("google.com"));
    // Text with a space before it is not read on from: nothing is offered.
    d.erase_field();
    d.type_text(" goog");
    assert_eq!(d.characters().offered_completion(), None);
}
