//! How a word is spelled in each case, written straight into one shared string.

use super::case::Case;

/// One way to spell a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Spelling {
    Lower,
    /// The first character capital, the rest small.
    Title,
    Upper,
}

/// The spellings a word takes in `case`: one, or for Mixed two (lower, then title).
pub(super) fn spellings(case: Case) -> &'static [Spelling] {
    match case {
        Case::Lower => &[Spelling::Lower],
        Case::Title => &[Spelling::Title],
        Case::Upper => &[Spelling::Upper],
        Case::Mixed => &[Spelling::Lower, Spelling::Title],
    }
}

/// Appends `word` spelled so to `text`. ASCII words, the common case, are mapped in place;
/// others through the standard library's Unicode mappings (a final Σ becomes ς, ß becomes SS).
pub(super) fn spell_into(text: &mut String, word: &str, spelling: Spelling) {
    let start = text.len();
    if word.is_ascii() {
        text.push_str(word);
        let spelled = &mut text[start..];
        match spelling {
            Spelling::Lower => spelled.make_ascii_lowercase(),
            Spelling::Upper => spelled.make_ascii_uppercase(),
            Spelling::Title => {
                spelled.make_ascii_lowercase();
                if let Some(first) = spelled.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
            }
        }
        return;
    }
    match spelling {
        Spelling::Lower => text.push_str(&word.to_lowercase()),
        Spelling::Upper => text.push_str(&word.to_uppercase()),
        Spelling::Title => {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                text.extend(first.to_uppercase());
                text.push_str(&chars.as_str().to_lowercase());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(word: &str, spelling: Spelling) -> String {
        let mut text = String::from("before");
        spell_into(&mut text, word, spelling);
        text.split_off("before".len())
    }

    #[test]
    fn ascii_and_unicode_words_are_spelled_as_the_standard_library_would() {
        let words = [
            "abacus", "McDonald", "t-shirt", "1st", "ÉCOLE", "straße", "ΟΔΟΣ", "ǆemal", "x",
        ];
        for word in words {
            assert_eq!(
                spelled(word, Spelling::Lower),
                word.to_lowercase(),
                "{word}"
            );
            assert_eq!(
                spelled(word, Spelling::Upper),
                word.to_uppercase(),
                "{word}"
            );
            let mut chars = word.chars();
            let first: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            let title = first + &chars.as_str().to_lowercase();
            assert_eq!(spelled(word, Spelling::Title), title, "{word}");
        }
        assert_eq!(spelled("McDonald", Spelling::Title), "Mcdonald");
        assert_eq!(spelled("ΟΔΟΣ", Spelling::Title), "Οδος");
        assert_eq!(spelled("straße", Spelling::Upper), "STRASSE");
        assert_eq!(spelled("ǆemal", Spelling::Title), "Ǆemal");
    }
}
