//! Values out of range, found where they are in the file. The top of the file is checked as
//! it is read; a profile when it is used or saved, so that a file of thousands of profiles
//! loads and saves at once (checking one takes as long as compiling its policy).

use std::collections::HashMap;
use std::path::Path;

use toml_edit::Table;

use super::Config;
use super::check::first_fault;
use super::error::{ConfigError, Position};
use super::key_path::{dotted, value_span};
use super::options::Options;

/// Profile `name`'s first value out of range, as the loader names it, if it has one. `text`
/// is the file the profile was read from.
pub fn profile_fault(
    path: &Path,
    text: &str,
    name: &str,
    options: &Options,
) -> Option<ConfigError> {
    let fault = first_fault(options)?;
    // Parsed again only for a fault: the spans are worth their time just to point at one.
    let doc = toml_edit::Document::parse(text).ok();
    let root = doc.as_ref().map(toml_edit::Document::as_table);
    Some(fault_at(path, text, root, &["profiles", name], fault))
}

/// The first value of `options` out of range, as an error at its key under `table`.
pub fn out_of_range(
    path: &Path,
    text: &str,
    root: &Table,
    table: &[&str],
    options: &Options,
) -> Option<ConfigError> {
    let fault = first_fault(options)?;
    Some(fault_at(path, text, Some(root), table, fault))
}

fn fault_at(
    path: &Path,
    text: &str,
    root: Option<&Table>,
    table: &[&str],
    (key, problem): (&'static str, String),
) -> ConfigError {
    let keys = [table, &[key]].concat();
    let span = root.and_then(|root| value_span(root, &keys));
    ConfigError::Invalid {
        path: path.to_owned(),
        at: Position::of(text, span.map_or(0, |s| s.start)),
        key: Some(dotted(&keys)),
        problem,
    }
}

/// The first fault of a profile that `after` adds or changes from `before`, as a refusal to
/// save it.
pub fn changed_profile(before: &Config, after: &Config) -> Option<ConfigError> {
    let was: HashMap<&str, &Options> = before
        .profiles
        .iter()
        .map(|p| (p.name.as_str(), &p.options))
        .collect();
    after
        .profiles
        .iter()
        .filter(|p| was.get(p.name.as_str()) != Some(&&p.options))
        .find_map(|p| {
            let (key, problem) = first_fault(&p.options)?;
            Some(ConfigError::Unsavable {
                key: Some(dotted(&["profiles", &p.name, key])),
                problem,
            })
        })
}
