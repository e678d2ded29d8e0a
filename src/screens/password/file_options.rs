//! The screen's options as the settings file spells them, and the screen set from them (the
//! file's remembered options at the start, or a profile). Both go through `ScreenValues`, the
//! fields' text without the fields, so that what a profile looks like on the screen is worked
//! out by a pure function (`normalised`).

use super::NoLength;
use super::characters::site_match::SiteMatch;
use super::characters::values::CharacterValues;
use super::words::values::WordValues;
use crate::config::Options;
use crate::kit::CharFilter;
use keysmith_core::Kind;
use keysmith_core::policy::{DEFAULT_LENGTH, Policy};
use keysmith_core::sites::Sites;

/// The screen's fields as text, and its mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenValues {
    pub mode: Kind,
    pub characters: CharacterValues,
    pub words: WordValues,
}

impl ScreenValues {
    /// What the fields show for `options`; what they leave out is its default. A site with
    /// rules fills Rules where `options` give none (a file names one or the other).
    pub fn from_options(options: &Options, no_length: NoLength, sites: &Sites) -> ScreenValues {
        let site = options.site.as_deref().map_or_else(String::new, |site| {
            CharFilter::Printable.fit(site, super::characters::SITE_LIMIT)
        });
        let mut password = options.policy_options();
        if password.rules.is_none() {
            password.rules = sites.find(&site).ok().flatten().map(|found| found.rules);
        }
        let length = match (password.length, no_length) {
            (Some(length), _) => Some(length),
            (None, NoLength::Empty) => None,
            // The rules' length without counting the policy: a file of thousands of
            // profiles is read in one go.
            (None, NoLength::Default) => {
                Some(Policy::length_for(&password).unwrap_or(DEFAULT_LENGTH))
            }
        };
        ScreenValues {
            mode: options.mode.unwrap_or_else(|| mode_of(options)),
            characters: CharacterValues {
                site,
                ..CharacterValues::from_policy(&password, length)
            },
            words: WordValues::from_policy(&options.passphrase_policy()),
        }
    }

    /// The fields as the settings file spells them; an empty word count is left out, and
    /// the length is kept as typed, refused or not: saving keeps the file's own for one it
    /// refuses (`config::valid_or`), rather than dropping the key. A site is kept in place of
    /// its rules while Rules holds them, or as typed while it has none and Rules is blank;
    /// never beside other rules, as `keysmith password --profile` refuses a file with both.
    /// `site` is how the Site and Rules fields stand (`SiteMatch::of` them), which the
    /// screen has compiled already.
    pub fn options(&self, site: &SiteMatch) -> Options {
        let words = self.words.policy().ok();
        let mut options = Options::from_screen(
            self.mode,
            &self.characters.options(),
            &words.clone().unwrap_or_default(),
            None,
        );
        if words.is_none() {
            options.words = None;
        }
        options.length = self.characters.length.parse().ok();
        let characters = &self.characters;
        match site {
            SiteMatch::Filled(_) => {
                options.site = Some(characters.site.clone());
                options.rules = None;
            }
            SiteMatch::Unknown if options.rules.is_none() => {
                options.site = Some(characters.site.clone());
            }
            SiteMatch::Unknown | SiteMatch::Edited(_) | SiteMatch::Blank => {}
        }
        options
    }
}

/// `options` as the screen would show them and save them again: what a profile is, once
/// loaded.
pub fn normalised(options: &Options, sites: &Sites) -> Options {
    let values = ScreenValues::from_options(options, NoLength::Default, sites);
    let characters = &values.characters;
    values.options(&SiteMatch::of(sites, &characters.site, &characters.rules))
}

/// The mode a profile means when it names none: Words where it sets only Words mode's keys.
fn mode_of(options: &Options) -> Kind {
    let o = options;
    let words = o.words.is_some() || o.separator.is_some() || o.case.is_some();
    let words = words || o.number.is_some() || o.wordlist.is_some();
    let counts = [
        o.length,
        o.min_lower,
        o.min_upper,
        o.min_digits,
        o.min_symbols,
    ];
    let flags = [o.no_each_class, o.no_look_alikes, o.no_repeats];
    let texts = [&o.symbols, &o.exclude, &o.rules, &o.site];
    let characters = counts.iter().any(Option::is_some)
        || flags.iter().any(Option::is_some)
        || texts.iter().any(|text| text.is_some())
        || o.set.is_some()
        || o.max_consecutive.is_some();
    if words && !characters {
        Kind::Passphrase
    } else {
        Kind::Password
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::kit::Settings;
    use crate::screens::ScreenState;
    use crate::screens::password::State;

    fn text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of("[ -~\u{7f}\té]{0,120}")
    }

    fn count() -> impl Strategy<Value = Option<usize>> {
        proptest::option::of(prop_oneof![0..40usize, 0..2000usize, any::<usize>()])
    }

    /// Domains with rules (a short site's, a subdomain, a login shared, a web address), one
    /// without, and any text.
    fn site() -> impl Strategy<Value = Option<String>> {
        let named = vec![
            "paypal.com",
            "accounts.google.com",
            "consorsbank.de",
            "fortnite.com",
            "https://www.apple.com/signup?x=1",
            "gogle.com",
        ];
        proptest::option::of(prop_oneof![
            proptest::sample::select(named).prop_map(str::to_owned),
            "[ -~]{0,40}",
        ])
    }

    fn options() -> impl Strategy<Value = Options> {
        (
            (count(), count(), count(), count(), count(), count()),
            (text(), text(), text(), text(), site()),
            (proptest::option::of(any::<bool>()), count()),
        )
            .prop_map(|(counts, texts, flags)| Options {
                length: counts.0,
                min_lower: counts.1,
                min_digits: counts.2,
                max_consecutive: counts.3,
                words: counts.4,
                min_symbols: counts.5,
                symbols: texts.0,
                exclude: texts.1,
                rules: texts.2,
                separator: texts.3,
                site: texts.4,
                no_repeats: flags.0,
                min_upper: flags.1,
                ..Options::default()
            })
    }

    proptest! {
        /// The pure reading is the screen's: a profile is recognised by what the screen
        /// would show for it, fields' limits and filters included.
        #[test]
        fn normalised_is_what_the_screen_shows_and_saves(options in options()) {
            let sites = Sites::built_in();
            let mut screen = State::new(&Settings::default());
            screen.set_fields(&options, NoLength::Default);
            let shown = normalised(&options, &sites);
            prop_assert_eq!(&screen.file_options(), &shown);
            prop_assert_eq!(normalised(&shown, &sites), shown);
        }
    }
}
