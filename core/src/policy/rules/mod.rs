//! Site rules: the `passwordrules` syntax that sites publish (Apple's proposal), parsed by
//! 1Password's `password-rules-parser` and mapped onto keysmith's characters.
//!
//! Mapping, class by class: `upper`, `lower` and `digit` as named; `special` is the 32
//! ASCII punctuation characters; `ascii-printable` is all 94 printable characters; custom
//! `[...]` is its printable ASCII characters (those beyond ASCII are never drawn, as Apple's
//! own parser ignores them, and `SiteRules::not_drawn` names them). **`unicode` is read as `ascii-printable`**, as the crate does:
//! every printable ASCII character is a Unicode character, so the passwords meet the rule,
//! while characters beyond ASCII would be at the mercy of how the site normalises, stores and
//! lets users type them. The crate counts space as `special` and `ascii-printable`; keysmith
//! generates space only when a custom class names it (then those classes include it too,
//! as the site's rules say). A custom class naming a character beyond printable ASCII is
//! refused, naming it, rather than dropped as the crate drops it.

mod custom;
mod entities;
mod summary;

use password_rules_parser::error::{Expected, PasswordRulesError};
use password_rules_parser::{CharacterClass, parse_password_rules};

use super::byteset::ByteSet;
use super::error::PolicyError;
use crate::charset::SYMBOLS;

/// A site's rules, mapped onto keysmith's characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteRules {
    /// Every character the rules allow: their `allowed` classes and their `required` ones.
    pub allowed: ByteSet,
    /// One entry per `required:` line: at least one character from the union of its classes.
    pub required: Vec<RequiredSet>,
    /// `minlength`, if given.
    pub min_length: Option<usize>,
    /// `maxlength`, if given.
    pub max_length: Option<usize>,
    /// `max-consecutive`: no run of more identical characters, if given.
    pub max_consecutive: Option<usize>,
    /// Whether the rules allow the space, and whether keysmith draws it.
    pub space: Space,
    /// Characters beyond ASCII that the rules' custom classes list, which keysmith never
    /// draws (as Apple's own reading ignores them); the summary names them.
    pub not_drawn: String,
}

/// The space in a site's rules. Apple's `special`, `ascii-printable` and `unicode` classes
/// include it; keysmith draws it only where a custom class `[...]` names it, since a space
/// is easily lost when a password is copied, typed or trimmed by a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    /// The rules do not allow it.
    NotAllowed,
    /// The rules allow it through a named class, and keysmith leaves it out: its passwords
    /// still meet the rules, and the entropy counts what it draws.
    LeftOut,
    /// A custom class names it, so keysmith draws it like any allowed character.
    Drawn,
}

/// One `required:` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredSet {
    /// The characters of the line's classes together.
    pub chars: ByteSet,
    /// Its classes as the rules name them, e.g. `lower or digit`, `[-!#]`.
    pub label: String,
}

/// Reads a rules text, its HTML character references (`&quot;`, `&#39;`, …) decoded first,
/// as a rules attribute copied from a web page carries them. Blank text is no rules
/// (`None`), not an error.
pub fn parse_rules(text: &str) -> Result<Option<SiteRules>, PolicyError> {
    let decoded = entities::decode(text);
    if decoded.text.trim().is_empty() {
        return Ok(None);
    }
    let parsed =
        parse_password_rules(&decoded.text, true).map_err(|e| syntax_error(text, &decoded, &e))?;
    let unproducible = custom::unproducible(&decoded.text);
    // A class of nothing keysmith can make would vanish, a requirement with it: refused. The
    // characters left out of other classes are named in the summary instead.
    if custom::wholly_unproducible(&decoded.text) {
        return Err(PolicyError::RulesUnproducible {
            chars: unproducible,
        });
    }
    let space = custom::names_space(&decoded.text);
    let named_space = parsed
        .allowed
        .iter()
        .chain(parsed.required.iter().flatten())
        .any(|c| {
            matches!(
                c,
                CharacterClass::Special | CharacterClass::AsciiPrintable | CharacterClass::Unicode
            )
        });
    let chars_of = |class: &CharacterClass| class_chars(class, space);
    let required: Vec<RequiredSet> = parsed
        .required
        .iter()
        .map(|line| RequiredSet {
            chars: line
                .iter()
                .fold(ByteSet::EMPTY, |set, class| set.union(chars_of(class))),
            label: line
                .iter()
                .map(class_label)
                .collect::<Vec<_>>()
                .join(" or "),
        })
        .collect();
    let allowed = parsed
        .allowed
        .iter()
        .map(chars_of)
        .chain(required.iter().map(|r| r.chars))
        .fold(ByteSet::EMPTY, ByteSet::union);
    let number = |n: Option<u32>| n.map(|n| n as usize);
    Ok(Some(SiteRules {
        allowed,
        required,
        min_length: number(parsed.min_length),
        max_length: number(parsed.max_length),
        max_consecutive: number(parsed.max_consecutive),
        not_drawn: unproducible.into_iter().collect(),
        space: match (space, named_space) {
            (true, _) => Space::Drawn,
            (false, true) => Space::LeftOut,
            (false, false) => Space::NotAllowed,
        },
    }))
}

fn class_chars(class: &CharacterClass, space: bool) -> ByteSet {
    let space = if space {
        ByteSet::of(b" ")
    } else {
        ByteSet::EMPTY
    };
    match class {
        CharacterClass::Upper => ByteSet::range(b'A', b'Z'),
        CharacterClass::Lower => ByteSet::range(b'a', b'z'),
        CharacterClass::Digit => ByteSet::range(b'0', b'9'),
        CharacterClass::Special => ByteSet::of(SYMBOLS).union(space),
        CharacterClass::AsciiPrintable | CharacterClass::Unicode => {
            ByteSet::range(b'!', b'~').union(space)
        }
        CharacterClass::Custom(chars) => chars
            .iter()
            .filter(|c| c.is_ascii_graphic() || **c == ' ')
            .fold(ByteSet::EMPTY, |set, &c| set.with(c as u8)),
    }
}

fn class_label(class: &CharacterClass) -> String {
    match class {
        CharacterClass::Upper => "upper".into(),
        CharacterClass::Lower => "lower".into(),
        CharacterClass::Digit => "digit".into(),
        CharacterClass::Special => "special".into(),
        CharacterClass::AsciiPrintable => "ascii-printable".into(),
        CharacterClass::Unicode => "unicode".into(),
        CharacterClass::Custom(chars) => format!("[{}]", chars.iter().collect::<String>()),
    }
}

/// The crate's error as keysmith's: what was expected at the furthest point it reached, at
/// its place in the text as given (before references were decoded).
fn syntax_error(
    text: &str,
    decoded: &entities::Decoded,
    error: &PasswordRulesError,
) -> PolicyError {
    let Some(furthest) = error.expectations.iter().map(|e| e.index).max() else {
        return PolicyError::RulesUnreadable {
            reason: "a number may be too large".into(),
        };
    };
    let at: Vec<_> = error
        .expectations
        .iter()
        .filter(|e| e.index == furthest)
        .collect();
    let mut names: Vec<String> = at.iter().map(|e| expected_name(e.expected)).collect();
    names.dedup();
    // The crate parses the text trimmed, and counts columns in bytes: positions are
    // recounted in the text as given, in characters.
    let trimmed = decoded.text.len() - decoded.text.trim_start().len();
    let index = decoded.original_index(trimmed + furthest);
    let (line, column) = position(text, index);
    // The crate stops before a number too large for it and asks for what could follow one.
    let after_a_number = at.iter().all(|e| {
        matches!(
            e.expected,
            Expected::Eof | Expected::Char(';') | Expected::Number
        )
    });
    let at_number = after_a_number && text.as_bytes().get(index).is_some_and(u8::is_ascii_digit);
    let expected = match names.as_slice() {
        _ if at_number => format!("a number up to {}", u32::MAX),
        [one] => one.clone(),
        [rest @ .., last] => format!("one of {} or {last}", rest.join(", ")),
        [] => "something else".into(),
    };
    PolicyError::RulesSyntax {
        expected,
        line,
        column,
    }
}

/// The 1-based line and column (in characters) of a byte index.
fn position(text: &str, index: usize) -> (u32, u32) {
    let before = text.get(..index).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

fn expected_name(expected: Expected) -> String {
    match expected {
        Expected::Eof => "the end of the rules".into(),
        Expected::Char(c) => format!("'{c}'"),
        Expected::Tag(tag) => format!("\"{tag}\""),
        Expected::Number => "a number".into(),
    }
}
