//! Key paths in the settings file: how one is written, and where its value is.

use std::ops::Range;

use toml_edit::{Table, TableLike};

/// Where the value at `path` is in the file's text.
pub(super) fn value_span(root: &Table, path: &[&str]) -> Option<Range<usize>> {
    let (last, tables) = path.split_last()?;
    let mut table: &dyn TableLike = root;
    for key in tables {
        table = table.get(key)?.as_table_like()?;
    }
    table.get(last)?.span()
}

/// `prefix.key`, the key quoted where TOML needs it.
pub(super) fn join(prefix: &str, key: &str) -> String {
    let key = if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        key.to_owned()
    } else {
        format!("{key:?}")
    };
    if prefix.is_empty() {
        key
    } else {
        format!("{prefix}.{key}")
    }
}

/// A key path as TOML writes it: `profiles."my bank".length`.
pub(super) fn dotted(path: &[&str]) -> String {
    path.iter()
        .fold(String::new(), |prefix, key| join(&prefix, key))
}
