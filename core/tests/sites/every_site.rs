//! Every site of the table: its rules parse; 200 passwords at the default length and at each
//! bound meet the rules as the independent validator reads them (with no space unless a
//! `[...]` class names one); the entropy equals the independent count; and the sites whose
//! `maxlength` is 8 or less are refused without `ShortSites::Allow` and served with it.

use keysmith_core::policy::{
    Generator, Policy, PolicyError, PolicyOptions, ShortSites, parse_rules,
};
use keysmith_core::sites::Sites;
use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;

use crate::count::log2_count;
use crate::table;
use crate::validator;

const PASSWORDS: usize = 200;

fn options(rules: &str, length: Option<usize>) -> PolicyOptions {
    PolicyOptions {
        length,
        rules: Some(rules.to_owned()),
        ..PolicyOptions::default()
    }
}

#[test]
fn every_site_is_served_exactly() {
    let entries = table::rules();
    assert_eq!(entries.len(), Sites::built_in_count());
    let mut rng = StdRng::seed_from_u64(434);
    let (mut served, mut short, mut checked) = (0, 0, 0);
    for (domain, rules) in &entries {
        let read = validator::parse(rules).unwrap_or_else(|| panic!("{domain}: {rules}"));
        let parsed = parse_rules(rules).unwrap_or_else(|e| panic!("{domain}: {e}"));
        assert!(parsed.is_some(), "{domain}: no rules read from {rules:?}");
        let weak = read.max_length.is_some_and(|max| max <= 8);
        match Policy::compile(&options(rules, None)) {
            Ok(_) => served += 1,
            Err(PolicyError::RulesMaxLengthWeak { max }) if weak => {
                assert_eq!(Some(max), read.max_length, "{domain}");
                short += 1;
            }
            Err(e) => panic!("{domain}: {e}"),
        }
        let policy = Policy::compile_with(&options(rules, None), ShortSites::Allow)
            .unwrap_or_else(|e| panic!("{domain}: {e}"));
        let lengths = policy.lengths();
        let floor = if weak { 1 } else { 9 };
        assert_eq!(
            *lengths.start(),
            read.min_length.unwrap_or(0).max(floor),
            "{domain}"
        );
        assert_eq!(
            *lengths.end(),
            read.max_length.unwrap_or(1024).min(1024),
            "{domain}"
        );
        assert_eq!(
            policy.length(),
            16.clamp(*lengths.start(), *lengths.end()),
            "{domain}"
        );
        assert_eq!(policy.is_weak(), weak, "{domain}");
        // The summary says so where the rules allow a space that keysmith leaves out.
        let summary = policy.rules().map(ToString::to_string).unwrap_or_default();
        let left_out = read.allowed.contains(&' ') && !read.custom_space;
        assert_eq!(
            summary.contains("space allowed, never drawn"),
            left_out,
            "{domain}: {summary}"
        );
        // And names the characters beyond ASCII it never draws (only custom classes hold any).
        let beyond: Vec<char> = rules.chars().filter(|c| !c.is_ascii()).collect();
        assert_eq!(
            summary.contains("(beyond ASCII)"),
            !beyond.is_empty(),
            "{domain}: {summary}"
        );
        assert!(
            beyond.iter().all(|&c| summary.contains(c)),
            "{domain}: {summary}"
        );
        let drawable = read.drawable();
        let required: Vec<Vec<char>> = read
            .required
            .iter()
            .map(|set| {
                set.iter()
                    .copied()
                    .filter(|c| drawable.contains(c))
                    .collect()
            })
            .collect();
        for length in [*lengths.start(), policy.length(), *lengths.end()] {
            let at = Policy::compile_with(&options(rules, Some(length)), ShortSites::Allow)
                .unwrap_or_else(|e| panic!("{domain} at {length}: {e}"));
            let expected = log2_count(&drawable, &required, length, read.max_consecutive);
            let off = (at.entropy_bits() - expected).abs();
            assert!(
                off < 0.005,
                "{domain} at {length}: {} bits, counted {expected}",
                at.entropy_bits()
            );
            let mut generator = Generator::new(&at);
            for _ in 0..PASSWORDS {
                let password = generator.generate(&mut rng);
                let text = password.expose_secret();
                assert_eq!(text.chars().count(), length, "{domain}");
                if let Some(fault) = read.fault(text) {
                    panic!("{domain} at {length}: {text:?}: {fault}");
                }
                assert!(
                    read.custom_space || !text.contains(' '),
                    "{domain}: {text:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(served + short, entries.len());
    let expected_short = entries
        .iter()
        .filter(|(_, r)| {
            validator::parse(r)
                .and_then(|r| r.max_length)
                .is_some_and(|m| m <= 8)
        })
        .count();
    assert_eq!(short, expected_short);
    assert!(checked >= entries.len() * PASSWORDS);
    println!(
        "{served} sites served as they are, {short} more with ShortSites::Allow; {checked} passwords checked"
    );
}

#[test]
fn no_built_in_rules_hold_an_html_reference() {
    // Decoding references must change no built-in entry: `[-_&#@]` is characters.
    let named = ["&quot;", "&amp;", "&lt;", "&gt;", "&apos;"];
    for (domain, rules) in table::rules() {
        assert!(!named.iter().any(|n| rules.contains(n)), "{domain}");
        let numeric = rules.match_indices("&#").any(|(i, _)| {
            let rest = rules[i + 2..].trim_start_matches(['x', 'X']);
            let digits = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                    .len();
            digits > 0 && rest[digits..].starts_with(';')
        });
        assert!(!numeric, "{domain}");
    }
}
