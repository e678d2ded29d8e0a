//! Remembering and profiles in the TUI, as `Msg` sequences through `App`, with the runtime's
//! part played by the test: what the app starts with, which saves it asks for and when, and
//! how Ctrl+S names and replaces a profile.
//!
//! `remembering` is what the app starts with and the saves of the options it asks for,
//! `selector` the Profile selector, `saving` Ctrl+S, its prompt and the replace question. The
//! profiles and starts they share are here.

mod remembering;
mod saving;
mod selector;

use crate::support::keys::*;
use keysmith::for_tests::PasswordField as Field;
use keysmith::for_tests::{Effect, SettingsFile, Startup};
use keysmith::for_tests::{Options, Profile, Remembered};
use keysmith_core::CharSet;
use keysmith_core::sites::Sites;
use tui_input::InputRequest;

use crate::support::Driver;

pub(super) const FILE: &str = "/home/u/.config/keysmith/config.toml";

pub(super) fn bank() -> Profile {
    Profile::new(
        "bank",
        Options {
            length: Some(12),
            set: Some(CharSet::Alnum),
            min_digits: Some(2),
            ..Options::default()
        },
    )
}

pub(super) fn phrase() -> Profile {
    Profile::new(
        "phrase",
        Options {
            words: Some(5),
            separator: Some("-".into()),
            ..Options::default()
        },
    )
}

pub(super) fn startup(file: SettingsFile, remembered: Options, profiles: Vec<Profile>) -> Startup {
    Startup {
        file,
        remembered: Remembered {
            options: remembered,
            otp_format: None,
        },
        profiles,
        sites: Sites::built_in(),
        note: None,
    }
}

pub(super) fn started(startup: Startup) -> Driver {
    let mut d = Driver::new();
    d.app.start(startup, &mut d.rng);
    d
}

pub(super) fn remembering(profiles: Vec<Profile>) -> Driver {
    remembering_with(Options::default(), profiles)
}

/// Started with a file that remembers `options` and holds `profiles`.
pub(super) fn remembering_with(options: Options, profiles: Vec<Profile>) -> Driver {
    started(startup(
        SettingsFile::Remembering(FILE.into()),
        options,
        profiles,
    ))
}

/// F3, and Shift+Tab from the length up to the Profile selector.
pub(super) fn to_selector(d: &mut Driver) {
    d.press(F3);
    d.press(BACKTAB);
    assert_eq!(d.app.screens.password.focus, Field::Profile);
}

/// The saves of the remembered options among `effects`.
pub(super) fn remembers(effects: &[Effect]) -> Vec<Remembered> {
    let pick = |effect: &Effect| match effect {
        Effect::Remember(remembered) => Some(remembered.clone()),
        _ => None,
    };
    effects.iter().filter_map(pick).collect()
}

pub(super) fn typed(d: &mut Driver, text: &str) {
    for c in text.chars() {
        d.edit(InputRequest::InsertChar(c));
    }
}
