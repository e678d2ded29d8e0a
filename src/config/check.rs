//! Values out of range, refused with the words the command line uses for the same flag.
//!
//! A key is out of range when the flag alone, with that value, is refused: `length = 5` as
//! `--length 5`, `rules = "…"` as `--rules '…'`. Options that only clash with one another
//! (minimums past the length, symbols with set 3) are not errors of the file: the Password
//! screen or the command shows that refusal when the profile is used, as it would for flags.

use keysmith_core::passphrase::{Case, PassphrasePolicy};
use keysmith_core::policy::MAX_LENGTH;
use keysmith_core::policy::{Minimums, Policy, PolicyOptions};
use keysmith_core::sites::domain_of;

use super::options::Options;

/// The first key of `options` out of range, in the file's key order, and why.
pub fn first_fault(options: &Options) -> Option<(&'static str, String)> {
    let alone = |change: &dyn Fn(&mut PolicyOptions)| {
        let mut policy = PolicyOptions::default();
        change(&mut policy);
        Policy::compile(&policy).err().map(|e| e.to_string())
    };
    // A minimum is out of range when even the longest password cannot hold it.
    let minimum = |n: Option<usize>, set: fn(&mut Minimums, usize)| {
        n.and_then(|n| {
            if n > MAX_LENGTH {
                return Some(format!(
                    "at least {n} is more than the longest password, {MAX_LENGTH} characters"
                ));
            }
            alone(&|p| {
                p.length = Some(MAX_LENGTH);
                set(&mut p.minimums, n);
            })
        })
    };
    let words = |change: &dyn Fn(&mut PassphrasePolicy)| {
        // Title case and no number: the separator is checked for its own length and
        // characters, not for how it meets the other options.
        let mut policy = PassphrasePolicy {
            case: Case::Title,
            number: false,
            ..PassphrasePolicy::default()
        };
        change(&mut policy);
        policy.validate().err().map(|e| e.to_string())
    };
    let site = |site: &str| domain_of(site).err().map(|e| e.to_string());
    let checks: [(&'static str, Option<String>); 11] = [
        (
            "length",
            options.length.and_then(|n| alone(&|p| p.length = Some(n))),
        ),
        (
            "symbols",
            options
                .symbols
                .as_ref()
                .and_then(|s| alone(&|p| p.symbols = Some(s.clone()))),
        ),
        ("min_lower", minimum(options.min_lower, |m, n| m.lower = n)),
        ("min_upper", minimum(options.min_upper, |m, n| m.upper = n)),
        (
            "min_digits",
            minimum(options.min_digits, |m, n| m.digits = n),
        ),
        (
            "min_symbols",
            minimum(options.min_symbols, |m, n| m.symbols = n),
        ),
        (
            "max_consecutive",
            options
                .max_consecutive
                .and_then(|k| alone(&|p| p.max_consecutive = Some(k))),
        ),
        (
            "rules",
            options
                .rules
                .as_ref()
                .and_then(|r| alone(&|p| p.rules = Some(r.clone()))),
        ),
        ("site", options.site.as_deref().and_then(site)),
        ("words", options.words.and_then(|n| words(&|p| p.words = n))),
        (
            "separator",
            options
                .separator
                .as_ref()
                .and_then(|s| words(&|p| p.separator = s.clone())),
        ),
    ];
    checks
        .into_iter()
        .find_map(|(key, fault)| fault.map(|fault| (key, fault)))
}

/// `options` with every key out of range given `fallback`'s value for it instead (what the
/// file said before), or left out: what the TUI remembers while a field holds a value the
/// file could not read back (a letter typed in Symbols).
pub fn valid_or(options: &Options, fallback: &Options) -> Options {
    let mut table = options.to_table();
    let before = fallback.to_table();
    let mut options = options.clone();
    // Each pass mends one key, and a key mended is never faulty again: at most one pass a key.
    for _ in 0..table.len() {
        let Some((key, _)) = first_fault(&options) else {
            break;
        };
        match before.get(key) {
            Some(value) if first_fault(&Options::from_table(&[(key, value)])).is_none() => {
                table.insert(key.to_owned(), value.clone());
            }
            Some(_) | None => {
                table.remove(key);
            }
        }
        options = Options::from_table_or_default(&table);
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_faulty_key_takes_the_files_value_or_is_left_out() {
        let typed = Options {
            length: Some(20),
            symbols: Some("-a".into()),
            max_consecutive: Some(0),
            ..Options::default()
        };
        let before = Options {
            symbols: Some("-_".into()),
            ..Options::default()
        };
        let kept = valid_or(&typed, &before);
        assert_eq!(kept.length, Some(20));
        assert_eq!(kept.symbols.as_deref(), Some("-_"));
        assert_eq!(kept.max_consecutive, None);
        assert_eq!(first_fault(&kept), None);
        assert_eq!(
            valid_or(&before, &typed),
            before,
            "valid options are kept as they are"
        );
    }

    fn fault(options: Options) -> Option<(&'static str, String)> {
        first_fault(&options)
    }

    #[test]
    fn each_key_is_refused_as_its_flag_is() {
        assert_eq!(
            fault(Options {
                length: Some(5),
                ..Options::default()
            }),
            Some((
                "length",
                "Weak password: the length must be more than 8".into()
            ))
        );
        assert_eq!(
            fault(Options {
                length: Some(5000),
                ..Options::default()
            })
            .map(|f| f.0),
            Some("length")
        );
        let (key, why) = fault(Options {
            symbols: Some("a".into()),
            ..Options::default()
        })
        .expect("a letter is no symbol");
        assert_eq!(
            (key, why.as_str()),
            ("symbols", "'a' cannot be a symbol: it is a letter")
        );
        assert_eq!(
            fault(Options {
                min_digits: Some(2000),
                ..Options::default()
            })
            .map(|f| f.0),
            Some("min_digits")
        );
        assert_eq!(
            fault(Options {
                max_consecutive: Some(0),
                ..Options::default()
            }),
            Some((
                "max_consecutive",
                "Max consecutive must be at least 1".into()
            ))
        );
        assert_eq!(
            fault(Options {
                rules: Some("minlength: 2000;".into()),
                ..Options::default()
            })
            .map(|f| f.0),
            Some("rules")
        );
        assert_eq!(
            fault(Options {
                words: Some(2),
                ..Options::default()
            }),
            Some((
                "words",
                "Too few words: a passphrase needs at least 3".into()
            ))
        );
        assert_eq!(
            fault(Options {
                separator: Some("------".into()),
                ..Options::default()
            })
            .map(|f| f.0),
            Some("separator")
        );
        assert_eq!(
            fault(Options {
                words: Some(5),
                separator: Some("\u{7}".into()),
                ..Options::default()
            })
            .map(|f| f.0),
            Some("separator")
        );
    }

    #[test]
    fn options_that_only_clash_are_no_fault_of_the_file() {
        // Minimums past the default length, symbols with set 3, an empty separator in lower
        // case: each is refused when used, as the same flags are, but the file is fine.
        for options in [
            Options {
                min_digits: Some(20),
                ..Options::default()
            },
            Options {
                set: Some(keysmith_core::CharSet::Alnum),
                symbols: Some("-".into()),
                ..Options::default()
            },
            Options {
                separator: Some(String::new()),
                ..Options::default()
            },
            Options {
                separator: Some("1".into()),
                number: Some(true),
                ..Options::default()
            },
        ] {
            assert_eq!(fault(options.clone()), None, "{options:?}");
        }
    }
}
