//! Which characters a text field takes, and in what form.

use keysmith_core::OtpFormat;

/// Which characters a field takes, and in what form (codes are upper-cased, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharFilter {
    /// Anything printable.
    Printable,
    Digits,
    /// ASCII symbols only: the characters set 4 may draw from.
    Symbols,
    /// A line of prose (a name, a city): as `Printable`, but a tab or line break between
    /// words is one space, as a pasted "José María\tO'Brien" means.
    Prose,
    /// The characters of a code of this format.
    Otp(OtpFormat),
}

impl CharFilter {
    /// `text` as a field with this filter and `limit` keeps it when set to it: what the
    /// filter takes, cut to the limit.
    pub fn fit(self, text: &str, limit: usize) -> String {
        self.prepare(text)
            .chars()
            .filter_map(|c| self.accept(c))
            .take(limit)
            .collect()
    }

    /// `text` before it is filtered: for prose, each run of tabs and line breaks inside it
    /// becomes one space, and those at either end go.
    pub fn prepare(self, text: &str) -> std::borrow::Cow<'_, str> {
        let breaks = |c: char| c.is_whitespace() && c.is_control();
        match self {
            CharFilter::Prose if text.contains(breaks) => {
                let mut out = String::with_capacity(text.len());
                for (i, piece) in text.split(breaks).filter(|p| !p.is_empty()).enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(piece);
                }
                std::borrow::Cow::Owned(out)
            }
            CharFilter::Printable
            | CharFilter::Digits
            | CharFilter::Symbols
            | CharFilter::Prose
            | CharFilter::Otp(_) => std::borrow::Cow::Borrowed(text),
        }
    }

    /// The character as the field keeps it, or `None` if the field does not take it.
    pub fn accept(self, c: char) -> Option<char> {
        match self {
            CharFilter::Printable => (!c.is_control()).then_some(c),
            CharFilter::Digits => c.is_ascii_digit().then_some(c),
            CharFilter::Symbols => c.is_ascii_punctuation().then_some(c),
            CharFilter::Prose => (!c.is_control()).then_some(c),
            CharFilter::Otp(format) => format.normalize(c),
        }
    }
}
