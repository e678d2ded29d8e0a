//! Refusals of policies that no password can meet, or that are past what is counted and
//! sampled exactly, with their messages.

use super::refusals::{message, rules};
use crate::charset::CharSet;
use crate::policy::{Minimums, Policy, PolicyOptions, Toggle, Toggles};

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
        "The required characters add up to 13 (4 lower, 4 upper, 4 digits, 1 symbol), more than \
         the length of 10"
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
