//! The settings file's `[sites."example.com"] rules = "…"` tables: sites added to Apple's
//! built-in table, or replacing a built-in entry, for `--site` and `keysmith sites`.
//!
//! ```toml
//! [sites."intranet.example.com"]
//! rules = "minlength: 14; required: lower; required: upper; required: digit;"
//! ```
//!
//! A domain that is not one, or rules that do not parse, make the file invalid (its line
//! named), as any value out of range does; other keys in a site's table are kept, unused.

use std::ops::Range;
use std::path::Path;

use toml_edit::{Table, TableLike};

use super::error::{ConfigError, Position};
use super::model::UnknownKey;
use keysmith_core::policy::parse_rules;
use keysmith_core::sites::Sites;

/// The key of the sites' table, beside the profiles at the top of the file.
pub const SITES_KEY: &str = "sites";

/// Apple's sites with the file's over them, and the keys of the file's site tables that
/// keysmith does not know.
pub fn read(
    path: &Path,
    text: &str,
    root: &Table,
) -> Result<(Sites, Vec<UnknownKey>), ConfigError> {
    let mut sites = Sites::built_in();
    let mut unknown = Vec::new();
    let Some(item) = root.get(SITES_KEY) else {
        return Ok((sites, unknown));
    };
    let invalid = |span: Option<Range<usize>>, key: String, problem: String| ConfigError::Invalid {
        path: path.to_owned(),
        at: Position::of(text, span.map_or(0, |s| s.start)),
        key: Some(key),
        problem,
    };
    let Some(table) = item.as_table_like() else {
        let problem = "is not a table of [sites.\"DOMAIN\"] tables".to_owned();
        return Err(invalid(item.span(), SITES_KEY.into(), problem));
    };
    for (domain, entry) in table.iter() {
        let key = format!("{SITES_KEY}.{domain:?}");
        let Some(entry) = entry.as_table_like() else {
            let problem = "is not a table with a rules key".to_owned();
            return Err(invalid(entry.span(), key, problem));
        };
        let rules_key = format!("{key}.rules");
        let Some(rules_item) = entry.get("rules") else {
            return Err(invalid(
                item_span(table, domain),
                key,
                "has no rules".into(),
            ));
        };
        let Some(rules) = rules_item.as_str() else {
            let problem = "is not a string".to_owned();
            return Err(invalid(rules_item.span(), rules_key, problem));
        };
        if let Err(refused) = parse_rules(rules) {
            return Err(invalid(rules_item.span(), rules_key, refused.to_string()));
        }
        sites = sites.with_site(domain, rules).map_err(|refused| {
            invalid(item_span(table, domain), key.clone(), refused.to_string())
        })?;
        unknown.extend(unknown_keys(text, entry, &key));
    }
    Ok((sites, unknown))
}

/// Where a site's table starts: its key, else its value.
fn item_span(table: &dyn TableLike, key: &str) -> Option<Range<usize>> {
    let (k, item) = table.get_key_value(key)?;
    k.span().or_else(|| item.span())
}

fn unknown_keys(text: &str, entry: &dyn TableLike, prefix: &str) -> Vec<UnknownKey> {
    entry
        .iter()
        .filter(|(key, _)| *key != "rules")
        .map(|(key, item)| UnknownKey {
            key: format!("{prefix}.{key}"),
            at: item_span(entry, key)
                .or_else(|| item.span())
                .map_or(Position { line: 1, column: 1 }, |s| {
                    Position::of(text, s.start)
                }),
        })
        .collect()
}
