//! An independent reading of the `passwordrules` grammar, for checking what keysmith makes:
//! written from Apple's proposal and its reference parser's behaviour, sharing no code with
//! keysmith's own reading (which goes through the `password-rules-parser` crate).
//!
//! - Rules are `name: value` separated by `;`; names are `minlength`, `maxlength`,
//!   `max-consecutive`, `required` and `allowed`, in lower case.
//! - `required` and `allowed` take classes separated by `,`: `upper`, `lower`, `digit`,
//!   `special` (printable ASCII punctuation and the space), `ascii-printable` (space to `~`),
//!   `unicode`, in any case, or `[...]`: printable ASCII characters, a `-` only first, a `]`
//!   only last (written `]]`); other characters are ignored.
//! - Several `minlength` take the largest, several `maxlength` and `max-consecutive` the
//!   smallest. The allowed characters are the `allowed` and `required` classes together,
//!   or every printable ASCII character when there are none.

/// The rules, read.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Every character a password may hold (printable ASCII, space included as the rules
    /// say; `unicode` adds everything printable in ASCII).
    pub allowed: Vec<char>,
    /// One set per `required` rule: a password holds at least one of its characters.
    pub required: Vec<Vec<char>>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub max_consecutive: Option<usize>,
    /// Whether a `[...]` class names the space itself.
    pub custom_space: bool,
}

fn printable() -> impl Iterator<Item = char> {
    ' '..='~'
}

fn class(name: &str) -> Option<Vec<char>> {
    let chars: Vec<char> = match name.to_ascii_lowercase().as_str() {
        "upper" => ('A'..='Z').collect(),
        "lower" => ('a'..='z').collect(),
        "digit" => ('0'..='9').collect(),
        "special" => printable().filter(|c| !c.is_ascii_alphanumeric()).collect(),
        "ascii-printable" | "unicode" => printable().collect(),
        _ => return None,
    };
    Some(chars)
}

/// A `[...]` class at the start of `text` (which starts with `[`): its characters and the
/// rest of the text after it.
fn custom(text: &str) -> Option<(Vec<char>, &str)> {
    let body = &text[1..];
    let mut chars = Vec::new();
    for (i, c) in body.char_indices() {
        if c == ']' {
            // `]]` at the end of a class is a literal `]` and then the end.
            if body[i + 1..].starts_with(']') {
                chars.push(']');
                return Some((chars, &body[i + 2..]));
            }
            return Some((chars, &body[i + 1..]));
        }
        let first = i == 0;
        if (c == '-' && !first) || !(' '..='~').contains(&c) {
            continue;
        }
        chars.push(c);
    }
    None
}

/// Reads `text`; `None` where it breaks the grammar.
pub fn parse(text: &str) -> Option<Rules> {
    let mut rules = Rules {
        allowed: Vec::new(),
        required: Vec::new(),
        min_length: None,
        max_length: None,
        max_consecutive: None,
        custom_space: false,
    };
    let mut any_class = false;
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let colon = rest.find(':')?;
        let name = rest[..colon].trim();
        rest = rest[colon + 1..].trim_start();
        match name {
            "minlength" | "maxlength" | "max-consecutive" => {
                let end = rest.find(';').unwrap_or(rest.len());
                let n: usize = rest[..end].trim().parse().ok()?;
                rest = &rest[end..];
                let slot = match name {
                    "minlength" => &mut rules.min_length,
                    "maxlength" => &mut rules.max_length,
                    _ => &mut rules.max_consecutive,
                };
                *slot = Some(match (*slot, name) {
                    (Some(old), "minlength") => old.max(n),
                    (Some(old), _) => old.min(n),
                    (None, _) => n,
                });
            }
            "required" | "allowed" => {
                let mut set: Vec<char> = Vec::new();
                loop {
                    rest = rest.trim_start();
                    if rest.starts_with('[') {
                        let (chars, after) = custom(rest)?;
                        rules.custom_space |= chars.contains(&' ');
                        set.extend(chars);
                        rest = after;
                    } else {
                        let end = rest
                            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
                            .unwrap_or(rest.len());
                        set.extend(class(&rest[..end])?);
                        rest = &rest[end..];
                    }
                    rest = rest.trim_start();
                    match rest.strip_prefix(',') {
                        Some(after) => rest = after,
                        None => break,
                    }
                }
                set.sort_unstable();
                set.dedup();
                any_class = true;
                rules.allowed.extend(&set);
                if name == "required" {
                    rules.required.push(set);
                }
            }
            _ => return None,
        }
        rest = rest.trim_start();
        match rest.strip_prefix(';') {
            Some(after) => rest = after.trim_start(),
            None if rest.is_empty() => {}
            None => return None,
        }
    }
    if !any_class {
        rules.allowed = printable().collect();
    }
    rules.allowed.sort_unstable();
    rules.allowed.dedup();
    Some(rules)
}

impl Rules {
    /// The characters keysmith may draw: the allowed ones, without the space unless a
    /// `[...]` class names it.
    pub fn drawable(&self) -> Vec<char> {
        self.allowed
            .iter()
            .copied()
            .filter(|&c| c != ' ' || self.custom_space)
            .collect()
    }

    /// Why `password` breaks the rules, or `None` when it meets them all.
    pub fn fault(&self, password: &str) -> Option<String> {
        let chars: Vec<char> = password.chars().collect();
        let n = chars.len();
        if self.min_length.is_some_and(|min| n < min) {
            return Some(format!("{n} characters, under minlength"));
        }
        if self.max_length.is_some_and(|max| n > max) {
            return Some(format!("{n} characters, over maxlength"));
        }
        // Every rule's characters are ASCII, so a table by code point answers membership.
        let table = |set: &[char]| {
            let mut table = [false; 128];
            set.iter().for_each(|&c| table[c as usize] = true);
            table
        };
        let within = |table: &[bool; 128], c: char| c.is_ascii() && table[c as usize];
        let allowed = table(&self.allowed);
        if let Some(c) = chars.iter().find(|&&c| !within(&allowed, c)) {
            return Some(format!("{c:?} is not allowed"));
        }
        if let Some(set) = self.required.iter().find(|set| {
            let required = table(set);
            !chars.iter().any(|&c| within(&required, c))
        }) {
            return Some(format!("none of the required {set:?}"));
        }
        if let Some(k) = self.max_consecutive {
            let mut run = 0;
            for (i, c) in chars.iter().enumerate() {
                run = if i > 0 && chars[i - 1] == *c {
                    run + 1
                } else {
                    1
                };
                if run > k {
                    return Some(format!("a run of {run} {c:?}, over max-consecutive {k}"));
                }
            }
        }
        None
    }
}

#[test]
fn the_validator_reads_the_grammar() {
    let rules = parse("minlength: 8; maxlength: 12; required: lower, upper; required: [-!]]; allowed: digit; max-consecutive: 2").expect("reads");
    assert_eq!(
        (rules.min_length, rules.max_length, rules.max_consecutive),
        (Some(8), Some(12), Some(2))
    );
    assert_eq!(rules.required.len(), 2);
    assert_eq!(rules.required[1], vec!['!', '-', ']']);
    assert_eq!(rules.allowed.len(), 52 + 10 + 3);
    assert_eq!(rules.fault("abcD1-ef"), None);
    assert!(rules.fault("abcD1ef9").is_some(), "no symbol");
    assert!(rules.fault("abcD1-eee").is_some(), "a run of 3");
    assert!(rules.fault("abcD1-e").is_some(), "too short");
    assert!(rules.fault("abcD1-e#").is_some(), "# not allowed");
    let open = parse("minlength: 4").expect("reads");
    assert_eq!(open.allowed.len(), 95);
    assert_eq!(open.drawable().len(), 94);
    let spaced = parse("allowed: [a b]").expect("reads");
    assert!(spaced.custom_space && spaced.drawable().contains(&' '));
    assert_eq!(
        parse("required: [-a-b]").expect("reads").required[0],
        vec!['-', 'a', 'b']
    );
    assert!(parse("required: frob").is_none());
    assert!(parse("minlength: x").is_none());
}
