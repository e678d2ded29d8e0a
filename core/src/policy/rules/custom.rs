//! The custom classes `[...]` of a rules text, read again from the text itself.
//!
//! The crate keeps only the characters of a custom class that are printable ASCII or space,
//! dropping the others without a word, and then drops a `required:` line left empty; so
//! `required: [é]` would come back as no requirement at all. keysmith makes printable ASCII
//! only: it refuses a class of nothing it can make, and names the characters it leaves out
//! of the others (`unproducible`, `wholly_unproducible`).
//!
//! The crate's `special` and `ascii-printable` classes include space, and its
//! canonicalisation folds a custom class into them when it covers them (`allowed: special,
//! [ ]` comes back as just `special`), so the parsed rules cannot tell whether the site named
//! space itself. keysmith generates space only where a custom class names it
//! (`names_space`).
//!
//! Both read the (already accepted) text with the crate's own grammar: `[`, an optional `-`
//! first, any characters but `-` and `]`, an optional `]` last (written `]]`), then `]`.
//! Outside a custom class no rule or class name contains `[`.

/// The characters between the brackets of each custom class, as written.
fn bodies(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && bytes[i] != b'[' {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i + 1;
        let mut end = start;
        if bytes.get(end) == Some(&b'-') {
            end += 1;
        }
        while end < bytes.len() && !matches!(bytes[end], b'-' | b']') {
            end += 1;
        }
        if bytes[end..].starts_with(b"]]") {
            end += 1;
        }
        i = end + 1;
        // `[`, `-` and `]` are ASCII, so both ends are on character boundaries.
        text.get(start..end)
    })
}

/// Whether a custom class names the space character.
pub(super) fn names_space(text: &str) -> bool {
    bodies(text).any(|body| body.contains(' '))
}

/// The characters custom classes name that keysmith cannot make (anything but printable
/// ASCII and space), each once, in the order written.
pub(super) fn unproducible(text: &str) -> Vec<char> {
    let mut found = Vec::new();
    let makeable = |c: char| c.is_ascii_graphic() || c == ' ';
    for c in bodies(text).flat_map(str::chars) {
        if !makeable(c) && !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

/// Whether some custom class names only characters keysmith cannot make: that class would
/// vanish from the rules, a requirement with it.
pub(super) fn wholly_unproducible(text: &str) -> bool {
    let makeable = |c: char| c.is_ascii_graphic() || c == ' ';
    bodies(text).any(|body| !body.is_empty() && !body.chars().any(makeable))
}

#[cfg(test)]
mod tests {
    use super::{names_space, unproducible, wholly_unproducible};

    #[test]
    fn finds_space_only_inside_custom_classes() {
        assert!(names_space("allowed: special, [ ]"));
        assert!(names_space("required: [- a]]"));
        assert!(names_space("allowed: [[ ]"));
        assert!(!names_space("required: upper, lower; allowed: special"));
        assert!(!names_space("allowed: [-ab]]; required: digit"));
        assert!(!names_space("allowed: [ab] , [cd]"));
        assert!(!names_space(""));
    }

    #[test]
    fn finds_what_cannot_be_made_only_inside_custom_classes() {
        assert_eq!(
            unproducible("required: [é]; allowed: [éa\tü]"),
            ['é', '\t', 'ü']
        );
        assert_eq!(
            unproducible("required: [-!#]]; allowed: [ ]"),
            [] as [char; 0]
        );
        assert!(unproducible("minlength: 12; required: upper").is_empty());
    }

    #[test]
    fn a_class_of_nothing_makeable_is_told_from_one_with_some() {
        assert!(wholly_unproducible("required: [é]; allowed: lower"));
        assert!(!wholly_unproducible("allowed: [-äüöÄÜÖß!$%&/()=?+#,.:]"));
        assert!(!wholly_unproducible("required: upper"));
    }
}
