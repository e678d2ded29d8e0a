//! Refusals of options that contradict one another or leave nothing to draw, with their
//! messages. The counting limits are in `limits`.

use crate::charset::CharSet;
use crate::policy::{Minimums, Policy, PolicyOptions, Toggle, Toggles};

pub(super) fn message(options: PolicyOptions) -> String {
    match Policy::compile(&options) {
        Err(e) => e.to_string(),
        Ok(p) => panic!("{options:?} accepted: {:?}", p.requirements()),
    }
}

pub(super) fn rules(text: &str) -> PolicyOptions {
    PolicyOptions {
        rules: Some(text.into()),
        ..PolicyOptions::default()
    }
}

pub(super) fn length(n: usize) -> PolicyOptions {
    PolicyOptions {
        length: Some(n),
        ..PolicyOptions::default()
    }
}

#[test]
fn lengths() {
    let weak = "Weak password: the length must be more than 8";
    assert_eq!(message(length(8)), weak);
    assert_eq!(message(length(0)), weak);
    assert_eq!(
        message(length(1025)),
        "Too long: the length must be at most 1024"
    );
    assert_eq!(
        message(rules("maxlength: 8")),
        "Weak password: the length must be more than 8 (the rules' maxlength is 8)"
    );
    assert_eq!(
        message(rules("minlength: 2000")),
        "Too long: the rules' minlength is 2000, over the maximum of 1024"
    );
    assert_eq!(
        message(rules("minlength: 20; maxlength: 12")),
        "The rules contradict themselves: minlength 20 is more than maxlength 12"
    );
    let outside = PolicyOptions {
        length: Some(30),
        ..rules("minlength: 12; maxlength: 20")
    };
    assert_eq!(
        message(outside),
        "The rules need a length from 12 to 20, not 30"
    );
    // Below 9 the tutorial's rule speaks first, even against the rules' bounds.
    let short = PolicyOptions {
        length: Some(6),
        ..rules("minlength: 4; maxlength: 20")
    };
    assert_eq!(message(short), weak);
}

#[test]
fn max_consecutive() {
    let zero = PolicyOptions {
        max_consecutive: Some(0),
        ..PolicyOptions::default()
    };
    assert_eq!(message(zero), "Max consecutive must be at least 1");
    assert_eq!(
        message(rules("max-consecutive: 0")),
        "The rules' max-consecutive: 0 allows no password at all"
    );
}

#[test]
fn symbols() {
    let with = |set: CharSet, symbols: &str| PolicyOptions {
        set,
        symbols: Some(symbols.into()),
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(with(CharSet::Alnum, "-_")),
        "Symbols replace the symbols of set 4; set 3 (Capital and small letters and numbers) has none"
    );
    assert_eq!(
        message(with(CharSet::All, "")),
        "Symbols is empty: name at least one symbol, or choose set 3"
    );
    assert_eq!(
        message(with(CharSet::All, "-a")),
        "'a' cannot be a symbol: it is a letter"
    );
    assert_eq!(
        message(with(CharSet::All, "7")),
        "'7' cannot be a symbol: it is a digit"
    );
    assert_eq!(
        message(with(CharSet::All, "- ")),
        "' ' cannot be a symbol: space is never generated as a symbol"
    );
    assert_eq!(
        message(with(CharSet::All, "€")),
        "'€' cannot be a symbol: symbols must be printable ASCII"
    );
    assert_eq!(
        message(with(CharSet::All, "\t")),
        "'\\t' cannot be a symbol: symbols must be printable ASCII"
    );
    let narrower = PolicyOptions {
        symbols: Some("-@".into()),
        ..rules("allowed: lower, [-!]")
    };
    assert_eq!(message(narrower), "'@' is a symbol the rules do not allow");
}

#[test]
fn emptied_alphabets_and_requirements() {
    let all_gone = PolicyOptions {
        set: CharSet::Lower,
        exclude: "abcdefghijklmnopqrstuvwxyz".into(),
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(all_gone),
        "No character is left to make a password from: exclude removes every one"
    );
    let no_digits = PolicyOptions {
        exclude: "0123456789".into(),
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(no_digits),
        "Each class needs a digit, but exclude removes every one"
    );
    let look_alikes = PolicyOptions {
        exclude: "23456789".into(),
        toggles: Toggles::of(&[Toggle::EachClass, Toggle::NoLookAlikes]),
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(look_alikes),
        "Each class needs a digit, but no look-alikes and exclude remove every one"
    );
    let min_digits = PolicyOptions {
        set: CharSet::Letters,
        minimums: Minimums {
            digits: 2,
            ..Minimums::default()
        },
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(min_digits),
        "At least 2 digits are required, but set 2 has none"
    );
    let rule = PolicyOptions {
        exclude: "abc".into(),
        ..rules("required: [abc]; allowed: lower")
    };
    assert_eq!(
        message(rule),
        "The rules require [abc], but exclude removes every one"
    );
    let narrowed = PolicyOptions {
        symbols: Some("!".into()),
        ..rules("required: [-#]; allowed: lower, [!]")
    };
    assert_eq!(
        message(narrowed),
        "The rules require [#-], but symbols removes every one"
    );
    let not_allowed = PolicyOptions {
        minimums: Minimums {
            upper: 1,
            ..Minimums::default()
        },
        ..rules("allowed: lower")
    };
    assert_eq!(
        message(not_allowed),
        "An uppercase letter is required, but the rules allow none"
    );
}
