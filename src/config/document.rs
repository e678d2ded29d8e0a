//! The file's text, read twice: as a document that keeps everything the user wrote (comments,
//! order, keys keysmith does not know), and as the typed `Config`. Saving writes the typed
//! values into the document, so the rest stays as it was.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml_edit::{DocumentMut, Item, Table, TableLike, Value};

use super::error::{ConfigError, Position};
use super::fault;
use super::key_path::{dotted, join};
use super::options::{OPTION_KEYS, Options};
use super::values::name;
use super::{Config, Profile, Remembered, ThemeChoice, UnknownKey};
use keysmith_core::Delivery;
use keysmith_core::sites::Sites;

/// The keys of the top of the file besides the options.
const HEAD_KEYS: [&str; 5] = [
    "otp_format",
    "remember",
    "theme",
    "profiles",
    super::sites::SITES_KEY,
];

#[derive(Deserialize)]
struct Head {
    #[serde(default = "yes")]
    remember: bool,
    #[serde(default, deserialize_with = "name::deserialize")]
    otp_format: Option<Delivery>,
    #[serde(default, deserialize_with = "name::deserialize")]
    theme: Option<ThemeChoice>,
    #[serde(default)]
    profiles: BTreeMap<String, Options>,
}

fn yes() -> bool {
    true
}

/// A file's text, understood.
pub struct Parsed {
    pub doc: DocumentMut,
    pub config: Config,
    pub unknown: Vec<UnknownKey>,
    /// Apple's sites with the file's `[sites]` over them.
    pub sites: Sites,
}

/// Reads `text` (the contents of `path`): a syntax error, a value of the wrong type or out of
/// range is an error naming the line, the column and the key.
pub fn parse(path: &Path, text: &str) -> Result<Parsed, ConfigError> {
    let invalid =
        |span: Option<Range<usize>>, key: Option<String>, problem: &str| ConfigError::Invalid {
            path: path.to_owned(),
            at: Position::of(text, span.map_or(0, |s| s.start)),
            key,
            problem: problem.to_owned(),
        };
    let doc = toml_edit::Document::parse(text.to_owned())
        .map_err(|e| invalid(e.span(), None, e.message()))?;
    let root = doc.as_table();
    let typed = |e: toml::de::Error| {
        let key = e.span().and_then(|s| key_at(root, s.start, ""));
        invalid(e.span(), key, e.message())
    };
    let options: Options = toml::from_str(text).map_err(typed)?;
    let head: Head = toml::from_str(text).map_err(typed)?;

    let names = root
        .get("profiles")
        .and_then(Item::as_table_like)
        .map(|t| t.iter().map(|(k, _)| k.to_owned()).collect::<Vec<_>>())
        .unwrap_or_default();
    let mut profiles_by_name = head.profiles;
    let profiles: Vec<Profile> = names
        .iter()
        .filter_map(|n| {
            let options = profiles_by_name.remove(n)?;
            Some(Profile {
                name: n.clone(),
                options,
            })
        })
        .collect();

    // Only the top of the file is checked here: each profile is checked when it is used or
    // saved (`profile_fault`), so a file of thousands loads and saves at once.
    if let Some(fault) = fault::out_of_range(path, text, root, &[], &options) {
        return Err(fault);
    }

    let mut unknown = Vec::new();
    unknown_keys(
        text,
        root,
        "",
        &[&OPTION_KEYS[..], &HEAD_KEYS[..]],
        &mut unknown,
    );
    if let Some(table) = root.get("profiles").and_then(Item::as_table_like) {
        for (name, item) in table.iter() {
            if let Some(profile) = item.as_table_like() {
                let prefix = dotted(&["profiles", name]);
                unknown_keys(text, profile, &prefix, &[&OPTION_KEYS[..]], &mut unknown);
            }
        }
    }
    let (sites, unknown_in_sites) = super::sites::read(path, text, root)?;
    unknown.extend(unknown_in_sites);
    let config = Config {
        remember: head.remember,
        remembered: Remembered {
            options,
            otp_format: head.otp_format,
        },
        profiles,
        theme: head.theme,
    };
    Ok(Parsed {
        doc: doc.into_mut(),
        config,
        unknown,
        sites,
    })
}

fn unknown_keys(
    text: &str,
    table: &dyn TableLike,
    prefix: &str,
    known: &[&[&str]],
    out: &mut Vec<UnknownKey>,
) {
    for (key, item) in table.iter() {
        if !known.iter().any(|keys| keys.contains(&key)) {
            let at = table
                .get_key_value(key)
                .and_then(|(k, _)| k.span())
                .or_else(|| item.span())
                .map_or(Position { line: 1, column: 1 }, |s| {
                    Position::of(text, s.start)
                });
            out.push(UnknownKey {
                key: join(prefix, key),
                at,
            });
        }
    }
}

/// The dotted path of the key whose value holds byte `offset`.
fn key_at(table: &dyn TableLike, offset: usize, prefix: &str) -> Option<String> {
    table.iter().find_map(|(key, item)| {
        let path = join(prefix, key);
        let inner = item.as_table_like().and_then(|t| key_at(t, offset, &path));
        let here = item.span().is_some_and(|s| s.contains(&offset));
        inner.or(here.then_some(path))
    })
}

/// Writes `options` into `table`: each key set, changed or removed, the others left alone.
pub fn write_options(table: &mut dyn TableLike, options: &Options) {
    let fresh = options.to_table();
    for key in OPTION_KEYS {
        set(table, key, fresh.get(key).map(edit_value));
    }
}

/// Writes the top of the file: the remembered options and code format.
pub fn write_remembered(doc: &mut DocumentMut, remembered: &Remembered) {
    let root = doc.as_table_mut();
    write_options(root, &remembered.options);
    let format = remembered.otp_format.map(|f| Value::from(f.cli_name()));
    set(root, "otp_format", format);
}

/// The table of profile `name`, made if it is missing; `None` if `profiles` is not a table.
pub fn profile_table<'a>(doc: &'a mut DocumentMut, name: &str) -> Option<&'a mut dyn TableLike> {
    let profiles = doc.as_table_mut().entry("profiles").or_insert_with(|| {
        let mut table = Table::new();
        table.set_implicit(true);
        Item::Table(table)
    });
    let profiles = profiles.as_table_like_mut()?;
    if profiles.get(name).is_none() {
        profiles.insert(name, Item::Table(Table::new()));
    }
    profiles.get_mut(name)?.as_table_like_mut()
}

pub fn remove_profile(doc: &mut DocumentMut, name: &str) -> bool {
    doc.get_mut("profiles")
        .and_then(Item::as_table_like_mut)
        .and_then(|profiles| profiles.remove(name))
        .is_some()
}

/// Sets `key` to `value` (keeping the comment beside it), or removes it for `None`; a value
/// that is already there is left as it was written.
pub fn set(table: &mut dyn TableLike, key: &str, value: Option<Value>) {
    let Some(value) = value else {
        table.remove(key);
        return;
    };
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) if same(old, &value) => {}
        Some(old) => {
            let decor = old.decor().clone();
            *old = value;
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

fn same(a: &Value, b: &Value) -> bool {
    a.type_name() == b.type_name()
        && a.as_str() == b.as_str()
        && a.as_integer() == b.as_integer()
        && a.as_bool() == b.as_bool()
}

fn edit_value(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::from(s.as_str()),
        toml::Value::Integer(n) => Value::from(*n),
        toml::Value::Boolean(b) => Value::from(*b),
        other => other
            .to_string()
            .parse()
            .unwrap_or_else(|_| Value::from("")),
    }
}
