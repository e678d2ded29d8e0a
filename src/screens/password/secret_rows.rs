//! A secret wider than the window, broken into rows that hold nothing but its characters, so
//! that reading the rows in order (or dragging the mouse over them) gives the secret exactly.

use unicode_width::UnicodeWidthStr;

/// Where a secret may be broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaks<'a> {
    /// A password: rows of a fixed width, a multiple of [`GROUP`] where the window allows.
    Groups,
    /// A passphrase: after each separator, so that no word is split; without a separator
    /// (title case), before each capital, where its words start.
    After(&'a str),
}

/// Passwords are read in groups of this many characters.
pub const GROUP: usize = 8;

/// The secret's rows for a window `width` columns wide: one row where it fits, else the rows
/// `breaks` allows, each no wider than `width`. A word wider than the window is split where
/// it must, so a secret is always shown whole.
pub fn rows<'a>(secret: &'a str, width: usize, breaks: Breaks) -> Vec<&'a str> {
    let width = width.max(1);
    if secret.width() <= width {
        return vec![secret];
    }
    match breaks {
        Breaks::Groups => by_width(secret, group_width(width)),
        Breaks::After(separator) if !separator.is_empty() => {
            packed(secret, ends_after(secret, separator), width)
        }
        Breaks::After(_) => packed(secret, ends_before_capitals(secret), width),
    }
}

/// The width of a password's rows: whole groups where at least one fits.
pub fn group_width(width: usize) -> usize {
    if width >= GROUP {
        width - width % GROUP
    } else {
        width.max(1)
    }
}

/// Where the pieces of `secret` end (byte offsets): after each `separator`.
fn ends_after(secret: &str, separator: &str) -> Vec<usize> {
    let mut ends: Vec<usize> = secret
        .match_indices(separator)
        .map(|(at, _)| at + separator.len())
        .collect();
    ends.push(secret.len());
    ends
}

/// Where the pieces of `secret` end: before each capital that follows a character not a
/// capital.
fn ends_before_capitals(secret: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut previous_capital = true;
    for (at, c) in secret.char_indices() {
        let capital = c.is_uppercase();
        if capital && !previous_capital {
            ends.push(at);
        }
        previous_capital = capital;
    }
    ends.push(secret.len());
    ends
}

/// The pieces ending at `ends` joined into rows no wider than `width`; a piece wider than a
/// row is split where it must be.
fn packed(secret: &str, ends: Vec<usize>, width: usize) -> Vec<&str> {
    let mut rows = Vec::new();
    let mut row_start = 0;
    let mut piece_start = 0;
    for end in ends {
        if end <= piece_start {
            continue;
        }
        if secret[row_start..end].width() > width && piece_start > row_start {
            rows.push(&secret[row_start..piece_start]);
            row_start = piece_start;
        }
        if secret[row_start..end].width() > width {
            let mut parts = by_width(&secret[row_start..end], width);
            // The last part of a split piece starts the next row, where more may join it.
            let last = parts.pop().unwrap_or_default();
            rows.extend(parts);
            row_start = end - last.len();
        }
        piece_start = end;
    }
    if row_start < secret.len() {
        rows.push(&secret[row_start..]);
    }
    rows
}

/// `text` in rows of at most `width` columns, never splitting a character.
fn by_width(text: &str, width: usize) -> Vec<&str> {
    let mut rows = Vec::new();
    let mut start = 0;
    let mut columns = 0;
    for (at, c) in text.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if columns + w > width && at > start {
            rows.push(&text[start..at]);
            start = at;
            columns = 0;
        }
        columns += w;
    }
    if start < text.len() {
        rows.push(&text[start..]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn check<'a>(secret: &'a str, width: usize, breaks: Breaks<'_>) -> Vec<&'a str> {
        let rows = rows(secret, width, breaks);
        assert_eq!(rows.concat(), secret, "the rows give the secret back");
        for row in &rows {
            assert!(!row.is_empty(), "{rows:?}");
            assert!(row.width() <= width.max(1), "{row:?} is wider than {width}");
        }
        rows
    }

    #[test]
    fn a_secret_that_fits_is_one_row() {
        assert_eq!(check("abc-def", 7, Breaks::After("-")), ["abc-def"]);
        assert_eq!(check("abcdefgh", 60, Breaks::Groups), ["abcdefgh"]);
    }

    #[test]
    fn passwords_break_in_whole_groups() {
        let password: String = ('a'..='z').cycle().take(100).collect();
        let rows = check(&password, 60, Breaks::Groups);
        assert_eq!(rows.iter().map(|r| r.len()).collect::<Vec<_>>(), [56, 44]);
        assert_eq!(check(&password, 5, Breaks::Groups)[0].len(), 5);
    }

    #[test]
    fn passphrases_break_after_separators_and_never_inside_a_word() {
        let phrase = "correct-horse-battery-staple-unicorn-gravity-elephant-typhoon";
        let rows = check(phrase, 30, Breaks::After("-"));
        assert_eq!(
            rows,
            [
                "correct-horse-battery-staple-",
                "unicorn-gravity-elephant-",
                "typhoon"
            ]
        );
        let rows = check("alpha. .beta. .gamma", 10, Breaks::After(". ."));
        assert_eq!(rows, ["alpha. .", "beta. .", "gamma"]);
    }

    #[test]
    fn title_case_without_a_separator_breaks_before_capitals() {
        let rows = check("CorrectHorseBatteryStaple7", 13, Breaks::After(""));
        assert_eq!(rows, ["CorrectHorse", "Battery", "Staple7"]);
    }

    #[test]
    fn a_word_wider_than_the_window_is_split_and_the_rest_packs_on() {
        let rows = check("abcdefghij-kl-mn", 4, Breaks::After("-"));
        assert_eq!(rows, ["abcd", "efgh", "ij-", "kl-", "mn"]);
        check("ab", 0, Breaks::Groups);
        check("日本語-日本語", 3, Breaks::After("-"));
        check("日本語", 2, Breaks::Groups);
    }
}
