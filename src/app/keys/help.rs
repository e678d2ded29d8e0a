//! The help's lines, from the key tables: a heading a place, then one binding a line.

use std::sync::LazyLock;

use super::tables::{Os, all_tables};
use crate::kit::keys::{Listed, Place};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(String),
    Entry {
        label: String,
        description: &'static str,
    },
    Blank,
}

/// Each heading with its bindings on `os`, headings in the order of `Place`.
pub fn sections(os: Os) -> Vec<(String, Vec<&'static dyn Listed>)> {
    let mut sections: Vec<(Place, String, Vec<&dyn Listed>)> = Vec::new();
    for (screen, table) in all_tables(os) {
        for binding in table {
            let heading = binding.place().heading(screen);
            match sections.iter_mut().find(|(_, h, _)| *h == heading) {
                Some((_, _, bindings)) => bindings.push(binding),
                None => sections.push((binding.place(), heading, vec![binding])),
            }
        }
    }
    sections.sort_by_key(|(place, _, _)| *place);
    sections
        .into_iter()
        .map(|(_, heading, bindings)| (heading, bindings))
        .collect()
}

/// The help's lines. The tables are static, so they are laid out once, not on every key
/// (the app asks for their number to scroll) or every frame.
pub fn help_lines() -> &'static [HelpLine] {
    static LINES: LazyLock<Vec<HelpLine>> = LazyLock::new(lay_out);
    &LINES
}

fn lay_out() -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for (heading, bindings) in sections(Os::HOST) {
        if !lines.is_empty() {
            lines.push(HelpLine::Blank);
        }
        lines.push(HelpLine::Heading(heading));
        lines.extend(bindings.into_iter().map(|binding| HelpLine::Entry {
            label: binding.label(),
            description: binding.description(),
        }));
    }
    lines
}
