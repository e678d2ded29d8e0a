//! The rules parser's edge cases, and what keysmith makes of each.

use crate::policy::byteset::ByteSet;
use crate::policy::{PolicyError, SiteRules, parse_rules};

fn parsed(text: &str) -> SiteRules {
    parse_rules(text)
        .unwrap_or_else(|e| panic!("{text:?}: {e}"))
        .expect("not blank")
}

fn refused(text: &str) -> String {
    match parse_rules(text) {
        Err(e) => e.to_string(),
        Ok(r) => panic!("{text:?} accepted as {r:?}"),
    }
}

fn printable() -> ByteSet {
    ByteSet::range(b'!', b'~')
}

#[test]
fn unknown_rule_names_are_refused_at_their_column() {
    assert_eq!(
        refused("minlength: 8; colour: blue"),
        "Rules: expected one of \"required\", \"allowed\", \"max-consecutive\", \"minlength\", \
         \"maxlength\" or the end of the rules at column 15"
    );
    assert_eq!(
        refused("required: upper, purple"),
        "Rules: expected one of \"upper\", \"lower\", \"digit\", \"special\", \"ascii-printable\", \
         \"unicode\" or '[' at column 18"
    );
}

#[test]
fn positions_count_characters_of_the_text_as_given() {
    // The crate trims and counts bytes; the column is the character the user sees.
    assert_eq!(
        refused("   required: upper lower"),
        "Rules: expected one of ',', ';' or the end of the rules at column 20"
    );
    assert_eq!(
        refused("allowed: [é]; colour"),
        "Rules: expected one of \"required\", \"allowed\", \"max-consecutive\", \"minlength\", \
         \"maxlength\" or the end of the rules at column 15"
    );
    assert_eq!(
        refused("minlength: 9;\nmaxlength: x"),
        "Rules: expected one of a number, ';' or the end of the rules at line 2, column 12"
    );
}

#[test]
fn numbers_too_large_for_the_parser_say_so() {
    assert_eq!(
        refused("minlength: 99999999999"),
        "Rules: expected a number up to 4294967295 at column 12"
    );
}

#[test]
fn unicode_is_read_as_ascii_printable_without_space() {
    assert_eq!(parsed("allowed: unicode").allowed, printable());
    assert_eq!(parsed("allowed: ascii-printable").allowed, printable());
    let required = parsed("required: unicode");
    assert_eq!(required.required[0].chars, printable());
    assert_eq!(required.required[0].label, "unicode");
}

#[test]
fn space_only_where_a_custom_class_names_it() {
    assert!(!parsed("allowed: special").allowed.contains(b' '));
    assert!(!parsed("minlength: 12").allowed.contains(b' '));
    // The crate folds `[ ]` into `special` here; keysmith still sees that space was named.
    let named = parsed("allowed: special, [ ]");
    assert!(named.allowed.contains(b' '));
    assert_eq!(named.allowed.len(), 33);
    assert_eq!(parsed("allowed: ascii-printable, [ ]").allowed.len(), 95);
}

#[test]
fn custom_classes_with_dash_and_bracket() {
    assert_eq!(parsed("allowed: [-abc]]").allowed, ByteSet::of(b"-abc]"));
    assert_eq!(parsed("allowed: [-]").allowed, ByteSet::of(b"-"));
    assert_eq!(parsed("allowed: []]").allowed, ByteSet::of(b"]"));
    assert_eq!(
        parsed("required: [[(]").required[0].chars,
        ByteSet::of(b"[(")
    );
    // A dash anywhere but first is the crate's syntax error, not a range.
    assert_eq!(
        refused("allowed: [a-z]"),
        "Rules: expected ']' at column 12"
    );
    // Characters beyond ASCII are never dropped in silence: a class of nothing else is
    // refused by name, and a class with some ASCII keeps it and names the rest.
    assert_eq!(
        refused("allowed: [é]"),
        "Rules: keysmith makes passwords of printable ASCII, and cannot make 'é'"
    );
    let mixed = parsed("allowed: [aé]");
    assert_eq!(mixed.allowed, ByteSet::of(b"a"));
    assert_eq!(mixed.not_drawn, "é");
}

#[test]
fn whitespace_and_case_do_not_matter() {
    let tidy = parsed("required: upper; allowed: lower; max-consecutive: 2; minlength: 10");
    let loose = parsed("  REQUIRED :UPPER;\n\tAllowed: Lower ;max-CONSECUTIVE:2;MinLength : 10 ; ");
    assert_eq!(tidy, loose);
    assert_eq!(tidy.max_consecutive, Some(2));
    assert_eq!(tidy.min_length, Some(10));
}

#[test]
fn several_classes_on_a_required_line_mean_their_union() {
    let rules = parsed("required: upper, digit; required: [-!#]");
    assert_eq!(rules.required.len(), 2);
    assert_eq!(
        rules.required[0].chars,
        ByteSet::range(b'A', b'Z').union(ByteSet::range(b'0', b'9'))
    );
    assert_eq!(rules.required[0].label, "upper or digit");
    assert_eq!(rules.required[1].label, "[!#-]");
    // Required classes are allowed too.
    assert!(ByteSet::of(b"A0!#-").is_subset(rules.allowed));
    assert_eq!(rules.allowed.len(), 26 + 10 + 3);
}

#[test]
fn repeated_bounds_keep_the_tightest() {
    let rules = parsed(
        "minlength: 10; minlength: 12; maxlength: 30; maxlength: 20; max-consecutive: 3; max-consecutive: 2",
    );
    assert_eq!(
        (rules.min_length, rules.max_length, rules.max_consecutive),
        (Some(12), Some(20), Some(2))
    );
}

#[test]
fn blank_rules_are_no_rules() {
    assert_eq!(parse_rules("  \n "), Ok(None));
    assert_eq!(parse_rules(""), Ok(None));
}

#[test]
fn the_summary_says_what_the_rules_parsed_to() {
    let rules = parsed(
        "minlength: 12; maxlength: 20; required: lower; required: upper; required: digit; \
         required: [-!#$%&*_.]; max-consecutive: 2;",
    );
    assert_eq!(
        rules.to_string(),
        "12–20 chars · needs lower, upper, digit, [!#$%&*-._] · symbols !#$%&*-._ · max 2 in a row"
    );
    assert_eq!(
        parsed("allowed: lower, [ab0]").to_string(),
        "only lower, 0 · no symbols"
    );
    assert_eq!(
        parsed("minlength: 9").to_string(),
        "at least 9 chars · all symbols · space allowed, never drawn"
    );
    assert_eq!(
        parsed("allowed: lower, [- ]").to_string(),
        "only lower · symbols - and space"
    );
    assert_eq!(
        parsed("minlength: 9; allowed: lower, [-äß!]").to_string(),
        "at least 9 chars · only lower · symbols !- · äß allowed, never drawn (beyond ASCII)"
    );
    assert_eq!(
        parsed("required: upper; allowed: special").to_string(),
        "needs upper · only upper · all symbols · space allowed, never drawn"
    );
}

#[test]
fn errors_are_keysmiths_own() {
    assert!(matches!(
        parse_rules("allowed: [abc"),
        Err(PolicyError::RulesSyntax { column: 14, .. })
    ));
}
