//! HTML character references in rules pasted from a web page's `passwordrules` attribute
//! (`&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&#39;`, `&#x27;`) read as the characters
//! they stand for, before parsing.
//!
//! Only complete references with their `;` are read: `[-_&#@]` and `[$%&#*?]` are
//! characters a site allows, not references, and stay as they are (Apple's table has both).

/// `text` with its references decoded, and for each byte of the result (and its end) the
/// byte of `text` it came from, so parse errors point into what the user gave.
pub(super) struct Decoded {
    pub text: String,
    origin: Vec<usize>,
}

impl Decoded {
    /// The byte of the original text that byte `index` of the decoded one came from.
    pub fn original_index(&self, index: usize) -> usize {
        self.origin
            .get(index)
            .or(self.origin.last())
            .copied()
            .unwrap_or(0)
    }
}

/// The longest reference read: `&#x10FFFF;`.
const LONGEST: usize = 10;

pub(super) fn decode(text: &str) -> Decoded {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut rest = text;
    while let Some(ch) = rest.chars().next() {
        let at = text.len() - rest.len();
        let (decoded, used) = reference(rest).unwrap_or((ch, ch.len_utf8()));
        out.push(decoded);
        origin.extend(std::iter::repeat_n(at, decoded.len_utf8()));
        rest = &rest[used..];
    }
    origin.push(text.len());
    Decoded { text: out, origin }
}

/// The character a reference at the start of `text` stands for, and its length in bytes.
fn reference(text: &str) -> Option<(char, usize)> {
    let body = text.strip_prefix('&')?;
    let end = body.bytes().take(LONGEST).position(|b| b == b';')?;
    let name = &body[..end];
    let ch = match name {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()?
                }
                Some(_) => return None,
                None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
                    number.parse().ok()?
                }
                None => return None,
            };
            // NUL and the surrogates stand for no character; such text is left as typed.
            char::from_u32(value).filter(|&c| c != '\0')?
        }
    };
    Some((ch, 1 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn reads_named_and_numeric_references() {
        let text = "required: [&quot;&amp;&lt;&gt;&apos;&#39;&#x2D;&#X7e;&#33;]";
        let decoded = decode(text);
        assert_eq!(decoded.text, "required: [\"&<>''-~!]");
        // The `[` is byte 10 in both; the `]` ends each.
        assert_eq!(decoded.original_index(10), 10);
        assert_eq!(decoded.original_index(11), 11);
        assert_eq!(decoded.original_index(12), 17, "`&` from `&amp;`");
        let end = decoded.text.len() - 1;
        assert_eq!(decoded.original_index(end), text.len() - 1);
        assert_eq!(decoded.original_index(end + 1), text.len());
        assert_eq!(decode("&lt;ééé").text, "<ééé");
    }

    #[test]
    fn leaves_what_is_not_a_complete_reference() {
        for text in [
            "allowed: lower, [-_&#@]",
            "required: [$%&#*?!@^]",
            "[!\"§$%&#]",
            "&amp",
            "&#;",
            "&#x;",
            "&#0;",
            "&#xD800;",
            "&#99999999999;",
            "&nbsp;",
            "&",
            "&;",
            "é&é;",
        ] {
            assert_eq!(decode(text).text, text);
        }
    }
}
