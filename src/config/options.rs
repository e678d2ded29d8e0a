//! The options a profile holds, and the top of the file the TUI remembers: one key a command
//! line option, by the option's name (`min_lower` for `--min-lower`). A key left out means the
//! option's default, as a flag left out does.

use serde::{Deserialize, Serialize};

use super::values::{name, whole};
use keysmith_core::CharSet;
use keysmith_core::passphrase::{Case, PassphrasePolicy};
use keysmith_core::policy::{Minimums, PolicyOptions, Toggle};

use keysmith_core::Kind;

/// Every key of `Options`, in the order a new file lists them.
pub const OPTION_KEYS: [&str; 20] = [
    "mode",
    "length",
    "set",
    "no_each_class",
    "no_look_alikes",
    "no_repeats",
    "symbols",
    "exclude",
    "min_lower",
    "min_upper",
    "min_digits",
    "min_symbols",
    "max_consecutive",
    "rules",
    "site",
    "words",
    "separator",
    "case",
    "number",
    "wordlist",
];

/// The options of a profile (or of the top of the file); `None` where the file says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    #[serde(default, with = "name", skip_serializing_if = "Option::is_none")]
    pub mode: Option<Kind>,
    // Characters mode, as `keysmith password` takes them.
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub length: Option<usize>,
    #[serde(default, with = "name", skip_serializing_if = "Option::is_none")]
    pub set: Option<CharSet>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_each_class: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_look_alikes: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_repeats: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbols: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<String>,
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub min_lower: Option<usize>,
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub min_upper: Option<usize>,
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub min_digits: Option<usize>,
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub min_symbols: Option<usize>,
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub max_consecutive: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<String>,
    /// A domain whose rules `--site` would take (built in, or the file's `[sites]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    // Words mode, as `keysmith passphrase` takes them.
    #[serde(default, with = "whole", skip_serializing_if = "Option::is_none")]
    pub words: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub separator: Option<String>,
    #[serde(default, with = "name", skip_serializing_if = "Option::is_none")]
    pub case: Option<Case>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<bool>,
    /// As written in the file: a relative path is taken from the file's folder
    /// (`Loaded::wordlist`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wordlist: Option<String>,
}

impl Options {
    /// The password options these say, defaults where they say nothing.
    pub fn policy_options(&self) -> PolicyOptions {
        let defaults = PolicyOptions::default();
        PolicyOptions {
            length: self.length,
            set: self.set.unwrap_or(defaults.set),
            toggles: defaults
                .toggles
                .with(Toggle::EachClass, !self.no_each_class.unwrap_or(false))
                .with(Toggle::NoLookAlikes, self.no_look_alikes.unwrap_or(false))
                .with(Toggle::NoRepeats, self.no_repeats.unwrap_or(false)),
            symbols: self.symbols.clone(),
            exclude: self.exclude.clone().unwrap_or(defaults.exclude),
            minimums: Minimums {
                lower: self.min_lower.unwrap_or(0),
                upper: self.min_upper.unwrap_or(0),
                digits: self.min_digits.unwrap_or(0),
                symbols: self.min_symbols.unwrap_or(0),
            },
            max_consecutive: self.max_consecutive,
            rules: self.rules.clone(),
        }
    }

    /// The passphrase options these say, defaults where they say nothing (the word list apart).
    pub fn passphrase_policy(&self) -> PassphrasePolicy {
        let defaults = PassphrasePolicy::default();
        PassphrasePolicy {
            words: self.words.unwrap_or(defaults.words),
            separator: self.separator.clone().unwrap_or(defaults.separator),
            case: self.case.unwrap_or(defaults.case),
            number: self.number.unwrap_or(defaults.number),
        }
    }

    /// What the Password screen shows, as the file will say it: the mode, the length, the
    /// set, the word count, separator and case always; every other option where it is not
    /// its default, so the file stays short enough to read.
    pub fn from_screen(
        mode: Kind,
        password: &PolicyOptions,
        passphrase: &PassphrasePolicy,
        wordlist: Option<&str>,
    ) -> Options {
        let on = |toggle: Toggle| password.toggles.contains(toggle);
        let some_count = |n: usize| (n > 0).then_some(n);
        let m = &password.minimums;
        Options {
            mode: Some(mode),
            length: password.length,
            set: Some(password.set),
            no_each_class: (!on(Toggle::EachClass)).then_some(true),
            no_look_alikes: on(Toggle::NoLookAlikes).then_some(true),
            no_repeats: on(Toggle::NoRepeats).then_some(true),
            symbols: password.symbols.clone(),
            exclude: (!password.exclude.is_empty()).then(|| password.exclude.clone()),
            min_lower: some_count(m.lower),
            min_upper: some_count(m.upper),
            min_digits: some_count(m.digits),
            min_symbols: some_count(m.symbols),
            max_consecutive: password.max_consecutive,
            rules: password
                .rules
                .clone()
                .filter(|rules| !rules.trim().is_empty()),
            site: None,
            words: Some(passphrase.words),
            separator: Some(passphrase.separator.clone()),
            case: Some(passphrase.case),
            number: passphrase.number.then_some(true),
            wordlist: wordlist.map(str::to_owned),
        }
    }

    /// Options from TOML key-value pairs (each valid on its own).
    pub(super) fn from_table(pairs: &[(&str, &toml::Value)]) -> Options {
        let table: toml::Table = pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), (*value).clone()))
            .collect();
        Options::from_table_or_default(&table)
    }

    /// Options from a table `to_table` made; the defaults if it does not read back.
    pub(super) fn from_table_or_default(table: &toml::Table) -> Options {
        toml::Value::Table(table.clone())
            .try_into()
            .unwrap_or_default()
    }

    /// The keys these options set, as TOML values.
    pub(super) fn to_table(&self) -> toml::Table {
        // Strings, whole numbers and booleans only: nothing toml cannot write.
        toml::Table::try_from(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use keysmith_core::policy::Toggles;

    fn every_key() -> Options {
        Options {
            mode: Some(Kind::Passphrase),
            length: Some(20),
            set: Some(CharSet::Alnum),
            no_each_class: Some(true),
            no_look_alikes: Some(true),
            no_repeats: Some(false),
            symbols: Some("-_".into()),
            exclude: Some("x".into()),
            min_lower: Some(1),
            min_upper: Some(2),
            min_digits: Some(3),
            min_symbols: Some(0),
            max_consecutive: Some(2),
            rules: Some("minlength: 12;".into()),
            site: Some("example.com".into()),
            words: Some(6),
            separator: Some("-".into()),
            case: Some(Case::Title),
            number: Some(true),
            wordlist: Some("words.txt".into()),
        }
    }

    #[test]
    fn option_keys_are_exactly_the_fields() {
        let table = every_key().to_table();
        let keys: Vec<&str> = table.keys().map(String::as_str).collect();
        let mut expected = OPTION_KEYS.to_vec();
        expected.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, expected);
        assert!(Options::default().to_table().is_empty());
    }

    #[test]
    fn the_screen_round_trips_through_options() {
        let password = PolicyOptions {
            length: Some(24),
            set: CharSet::Alnum,
            toggles: Toggles::of(&[Toggle::NoRepeats]),
            symbols: None,
            exclude: "abc".into(),
            minimums: Minimums {
                lower: 0,
                upper: 2,
                digits: 3,
                symbols: 0,
            },
            max_consecutive: Some(2),
            rules: Some("required: upper;".into()),
        };
        let passphrase = PassphrasePolicy {
            words: 5,
            separator: ".".into(),
            case: Case::Mixed,
            number: true,
        };
        let options = Options::from_screen(Kind::Passphrase, &password, &passphrase, Some("w.txt"));
        assert_eq!(options.policy_options(), password);
        assert_eq!(options.passphrase_policy(), passphrase);
        assert_eq!(options.min_lower, None, "defaults are left out");
        assert_eq!(
            Options::default().policy_options(),
            PolicyOptions::default()
        );
        assert_eq!(
            Options::default().passphrase_policy(),
            PassphrasePolicy::default()
        );
    }
}
