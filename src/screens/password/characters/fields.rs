//! Characters mode's option fields: Symbols, Exclude, the four minimums, Max in a row, Site
//! and Rules, as text the user edits, and what they say as numbers.

use super::super::Field;
use crate::kit::{CharFilter, TextField};
use keysmith_core::policy::Class;

/// How many characters the Symbols and Exclude fields hold: every printable ASCII one.
pub const CHARS_LIMIT: usize = 95;
/// How long a pasted `passwordrules` text may be.
pub const RULES_LIMIT: usize = 512;
/// How long a typed or pasted domain or web address may be: a whole address with its query.
pub const SITE_LIMIT: usize = 512;

/// How many digits a minimum or the longest run holds: enough for any length up to 1024.
pub const COUNT_LIMIT: usize = 4;

/// The Symbols, Exclude, minimums, longest run, Site and Rules fields.
#[derive(Debug, Clone)]
pub struct CharFields {
    pub symbols: TextField,
    pub exclude: TextField,
    /// At least this many of each class, by `Class::index`; blank is none.
    pub minimums: [TextField; 4],
    /// No run of more identical characters than this; blank is no limit.
    pub max_consecutive: TextField,
    /// A domain or web address whose rules fill `rules`.
    pub site: TextField,
    pub rules: TextField,
}

impl Default for CharFields {
    fn default() -> Self {
        let count = || TextField::new(COUNT_LIMIT, CharFilter::Digits);
        CharFields {
            symbols: TextField::new(CHARS_LIMIT, CharFilter::Symbols),
            exclude: TextField::new(CHARS_LIMIT, CharFilter::Printable),
            minimums: std::array::from_fn(|_| count()),
            max_consecutive: count(),
            site: TextField::new(SITE_LIMIT, CharFilter::Printable),
            rules: TextField::new(RULES_LIMIT, CharFilter::Printable),
        }
    }
}

impl CharFields {
    /// The field behind `field`, its name in messages, and how much it holds.
    pub(super) fn text_field(
        &mut self,
        field: Field,
    ) -> Option<(&mut TextField, &'static str, usize)> {
        Some(match field {
            Field::Symbols => (&mut self.symbols, "Symbols", CHARS_LIMIT),
            Field::Exclude => (&mut self.exclude, "Exclude", CHARS_LIMIT),
            Field::Minimum(class) => (
                &mut self.minimums[class.index()],
                minimum_name(class),
                COUNT_LIMIT,
            ),
            Field::MaxConsecutive => (&mut self.max_consecutive, "Max in a row", COUNT_LIMIT),
            Field::Site => (&mut self.site, "Site", SITE_LIMIT),
            Field::Rules => (&mut self.rules, "Rules", RULES_LIMIT),
            Field::Mode
            | Field::Profile
            | Field::Length
            | Field::Menu
            | Field::Toggle(_)
            | Field::Words
            | Field::Separator
            | Field::Case
            | Field::Number
            | Field::Output => return None,
        })
    }
}

/// How a message names a minimum's field.
pub fn minimum_name(class: Class) -> &'static str {
    match class {
        Class::Lower => "At least (lower)",
        Class::Upper => "At least (upper)",
        Class::Digit => "At least (digits)",
        Class::Symbol => "At least (symbols)",
    }
}
