//! Every refusal, from the options that cause it, with its message.

use crate::charset::CharSet;
use crate::policy::{Minimums, Policy, PolicyOptions, Toggle, Toggles};

fn message(options: PolicyOptions) -> String {
    match Policy::compile(&options) {
        Err(e) => e.to_string(),
        Ok(p) => panic!("{options:?} accepted: {:?}", p.requirements()),
    }
}

fn rules(text: &str) -> PolicyOptions {
    PolicyOptions {
        rules: Some(text.into()),
        ..PolicyOptions::default()
    }
}

fn length(n: usize) -> PolicyOptions {
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

#[test]
fn impossible_counts() {
    let too_many = PolicyOptions {
        length: Some(10),
        minimums: Minimums {
            lower: 4,
            upper: 4,
            digits: 4,
            symbols: 0,
        },
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(too_many),
        "The required characters add up to 13, more than the length of 10"
    );
    let distinct_digits = PolicyOptions {
        length: Some(12),
        toggles: Toggles::of(&[Toggle::NoRepeats]),
        minimums: Minimums {
            digits: 11,
            ..Minimums::default()
        },
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(distinct_digits),
        "No repeats: at least 11 digits need 11 different ones, and only 10 are left"
    );
    let long = PolicyOptions {
        length: Some(30),
        set: CharSet::Lower,
        toggles: Toggles::of(&[Toggle::NoRepeats]),
        ..PolicyOptions::default()
    };
    assert_eq!(
        message(long),
        "No repeats: only 26 characters are left, so the length can be at most 26"
    );
    let one_char = PolicyOptions {
        length: Some(10),
        max_consecutive: Some(3),
        ..rules("allowed: [a]")
    };
    assert_eq!(
        message(one_char),
        "No password of 10 characters meets all of these requirements together"
    );
    let hits_past_length = PolicyOptions {
        length: Some(9),
        minimums: Minimums {
            digits: 8,
            ..Minimums::default()
        },
        ..rules("required: [a]; required: [b]; allowed: digit")
    };
    assert_eq!(
        message(hits_past_length),
        "No password of 9 characters meets all of these requirements together"
    );
}

#[test]
fn beyond_what_is_counted_exactly() {
    assert_eq!(
        message(rules(
            "required: [a]; required: [b]; required: [c]; required: [d]; required: [e]"
        )),
        "The rules require 5 different sets of characters; keysmith counts exactly with at most 4"
    );
    let heavy = PolicyOptions {
        length: Some(1024),
        max_consecutive: Some(2),
        minimums: Minimums {
            digits: 500,
            ..Minimums::default()
        },
        ..PolicyOptions::default()
    };
    let text = message(heavy);
    assert!(
        text.starts_with("Too complex to count and sample exactly: "),
        "{text}"
    );
}

#[test]
fn counts_past_the_work_limit_are_refused_with_what_to_change() {
    let every = |n| Minimums {
        lower: n,
        upper: n,
        digits: n,
        symbols: n,
    };
    let policy = |n, length, run| PolicyOptions {
        length: Some(length),
        minimums: every(n),
        max_consecutive: Some(run),
        ..PolicyOptions::default()
    };
    // The worst accepted: four minimums of 4 over 1024 characters with no two alike in a row.
    assert!(Policy::compile(&policy(4, 1024, 1)).is_ok());
    let refused = message(policy(5, 1024, 1));
    assert!(
        refused.contains("lower a minimum or drop the limit"),
        "{refused}"
    );
    assert!(
        refused.contains("5 lowercase letters, 5 uppercase letters, 5 digits, 5 symbols"),
        "{refused}"
    );
    // What sites ask for stays well inside it.
    assert!(Policy::compile(&policy(7, 64, 2)).is_ok());
    assert!(Policy::compile(&policy(2, 1024, 2)).is_ok());
}
