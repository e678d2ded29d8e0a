//! Text from files and flags made safe to show on a terminal. A control character in a
//! profile name or a path is an instruction to the terminal (an escape sequence clears the
//! screen, or writes the clipboard through OSC 52), and an invisible one (a direction
//! override) changes what the rest of the line seems to say: each is shown as an escape
//! (`\u{1b}`, `\n`) instead. A long list is cut, saying how many were left out.

use std::borrow::Cow;
use std::fmt::Display;

use keysmith_core::wordlist::is_printable;

/// `text`, with every character that does not show as itself escaped.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_printable) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_printable(c) {
            shown.push(c);
        } else {
            shown.extend(c.escape_debug());
            // `escape_debug` leaves the invisible format characters as they are.
            if shown.ends_with(c) {
                shown.pop();
                shown.extend(c.escape_unicode());
            }
        }
    }
    Cow::Owned(shown)
}

/// A path as `escaped` shows text.
pub fn path(path: &std::path::Path) -> String {
    escaped(&path.display().to_string()).into_owned()
}

/// The first `shown` of `items`, each escaped, joined by commas, and a count of the rest:
/// `a, b, c and 99,990 more`.
pub fn list<T: Display>(items: &[T], shown: usize) -> String {
    let mut text = items
        .iter()
        .take(shown)
        .map(|item| escaped(&item.to_string()).into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let rest = items.len().saturating_sub(shown);
    if rest > 0 {
        text.push_str(&format!(" and {} more", thousands(rest)));
    }
    text
}

/// `n` with a comma every three digits: `99,990`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_invisible_characters_are_shown_escaped() {
        assert!(matches!(
            escaped("bank é 日本"),
            Cow::Borrowed("bank é 日本")
        ));
        assert_eq!(escaped("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escaped("x\ny\t"), "x\\ny\\t");
        assert_eq!(escaped("\u{9b}"), "\\u{9b}");
        assert_eq!(escaped("ab\u{202e}cd"), "ab\\u{202e}cd");
        assert_eq!(escaped("\u{feff}"), "\\u{feff}");
    }

    #[test]
    fn long_lists_are_cut_with_a_count() {
        let names: Vec<String> = (0..100_000).map(|n| format!("p{n}")).collect();
        assert_eq!(list(&names, 3), "p0, p1, p2 and 99,997 more");
        assert_eq!(list(&names[..2], 3), "p0, p1");
        assert_eq!(list(&["a\u{7}"], 3), "a\\u{7}");
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
