//! The custom classes `[...]` of a rules text, read again for what the parsed rules cannot
//! say: whether one names the space, and which characters beyond ASCII they list.
//!
//! The crate's `special` and `ascii-printable` classes include space, and its
//! canonicalisation folds a custom class into them when it covers them (`allowed: special,
//! [ ]` comes back as just `special`), so the parsed rules cannot tell whether the site named
//! space itself; and the crate drops characters beyond printable ASCII from custom classes
//! without a word. keysmith generates space only where a custom class names it, and names
//! the characters it cannot produce, so it reads the custom classes of the (already
//! accepted) text again, with the crate's own grammar: `[`, an optional `-` first, any
//! characters but `-` and `]`, an optional `]` last (written `]]`), then `]`. Outside a
//! custom class no rule or class name contains `[`. Bytes of characters beyond ASCII are
//! never `-`, `[` or `]`, so the scan can go byte by byte.

/// The text inside each custom class, brackets left out.
fn custom_classes(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut classes = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'[' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if bytes.get(end) == Some(&b'-') {
            end += 1;
        }
        while end < bytes.len() && !matches!(bytes[end], b'-' | b']') {
            end += 1;
        }
        if bytes[end..].starts_with(b"]]") {
            end += 1;
        }
        classes.push(text.get(i + 1..end).unwrap_or(""));
        i = end + 1;
    }
    classes
}

pub(super) fn custom_class_names_space(text: &str) -> bool {
    custom_classes(text).iter().any(|class| class.contains(' '))
}

/// The characters beyond ASCII that custom classes list, in order, each once.
pub(super) fn beyond_ascii(text: &str) -> String {
    let mut found = String::new();
    for c in custom_classes(text).iter().flat_map(|class| class.chars()) {
        if !c.is_ascii() && !found.contains(c) {
            found.push(c);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{beyond_ascii, custom_class_names_space};

    #[test]
    fn finds_space_only_inside_custom_classes() {
        assert!(custom_class_names_space("allowed: special, [ ]"));
        assert!(custom_class_names_space("required: [- a]]"));
        assert!(custom_class_names_space("allowed: [[ ]"));
        assert!(!custom_class_names_space(
            "required: upper, lower; allowed: special"
        ));
        assert!(!custom_class_names_space(
            "allowed: [-ab]]; required: digit"
        ));
        assert!(!custom_class_names_space("allowed: [ab] , [cd]"));
        assert!(!custom_class_names_space(""));
    }

    #[test]
    fn names_the_characters_beyond_ascii() {
        assert_eq!(
            beyond_ascii("allowed: [-äüöÄÜÖß!$%&/()=?+#,.:]; required: [’a]"),
            "äüöÄÜÖß’"
        );
        assert_eq!(beyond_ascii("allowed: [äa], [ä]"), "ä");
        assert_eq!(beyond_ascii("required: lower; allowed: [-!]"), "");
    }
}
