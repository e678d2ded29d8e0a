//! Whether a custom class `[...]` of a rules text names the space character.
//!
//! The crate's `special` and `ascii-printable` classes include space, and its
//! canonicalisation folds a custom class into them when it covers them (`allowed: special,
//! [ ]` comes back as just `special`), so the parsed rules cannot tell whether the site named
//! space itself. keysmith generates space only where a custom class names it, so it reads
//! the custom classes of the (already accepted) text again, with the crate's own grammar:
//! `[`, an optional `-` first, any characters but `-` and `]`, an optional `]` last (written
//! `]]`), then `]`. Outside a custom class no rule or class name contains `[`.

pub(super) fn custom_class_names_space(text: &str) -> bool {
    let bytes = text.as_bytes();
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
        if bytes[i + 1..end].contains(&b' ') {
            return true;
        }
        i = end + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::custom_class_names_space;

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
}
