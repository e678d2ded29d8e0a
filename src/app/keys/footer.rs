//! The footer's keys: what works here, most useful first, each thing done listed once.

use super::context::{Context, Table};
use super::tables::{ALWAYS, HELP_KEY, SUSPEND};
use crate::kit::keys::{Key, Listed, Shown};

/// A footer entry: the keys, and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FooterEntry {
    pub label: String,
    pub description: &'static str,
}

/// The bindings for the footer, most useful first: help (so the way to every other key is
/// never cut off), what the focused field does, what the screen or overlay does there, the
/// next field, quitting, then the screens. A key bound twice here does the first thing; keys
/// that do the same share one entry.
pub fn footer(ctx: &Context) -> Vec<FooterEntry> {
    let rank = |table: Table| match table {
        Table::Global(t) if std::ptr::eq(t, HELP_KEY) => 0,
        Table::Field(_) => 1,
        Table::Screen(_) | Table::Help(_) | Table::Dialog(_) => 2,
        Table::Nav(_) => 3,
        Table::Global(t) if std::ptr::eq(t, ALWAYS) || std::ptr::eq(t, SUSPEND) => 4,
        Table::Global(_) | Table::Switch(_) => 5,
    };
    // A binding whose every key an earlier one takes (Tab where a field offers a completion)
    // never runs here.
    let mut taken: Vec<Key> = Vec::new();
    let reachable = ctx.active().into_iter().filter(|(_, binding)| {
        let keys = binding.keys();
        let hidden = !keys.is_empty() && keys.iter().all(|key| taken.contains(key));
        taken.extend_from_slice(keys);
        !hidden
    });
    let mut active: Vec<(usize, &dyn Listed)> = reachable
        .filter(|(_, binding)| binding.shown() == Shown::Footer)
        // The key of the screen shown would show it again: no use offering it.
        .filter(|(table, binding)| {
            !matches!(table, Table::Switch(_)) || binding.description() != ctx.screen.title()
        })
        .map(|(table, binding)| (rank(table), binding))
        .collect();
    active.sort_by_key(|(rank, _)| *rank);
    let mut entries: Vec<(FooterEntry, _)> = Vec::new();
    let mut seen_labels = Vec::new();
    for (_, binding) in active {
        let label = binding.label();
        if seen_labels.contains(&label) {
            continue;
        }
        seen_labels.push(label.clone());
        match entries.iter_mut().find(|(_, id)| *id == binding.identity()) {
            Some((entry, _)) => entry.label = format!("{}/{label}", entry.label),
            None => entries.push((
                FooterEntry {
                    label,
                    description: binding.description(),
                },
                binding.identity(),
            )),
        }
    }
    entries.into_iter().map(|(entry, _)| entry).collect()
}
