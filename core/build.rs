//! Turns Apple's site tables (`data/sites/*.json`) into Rust statics at build time, so the
//! library parses no JSON at run time, carries no JSON parser, and a malformed table fails
//! the build instead of a user's command.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

const RULES: &str = "data/sites/password-rules.json";
const SHARED: &str = "data/sites/shared-credentials.json";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed={RULES}");
    println!("cargo::rerun-if-changed={SHARED}");
    let mut out = String::new();
    write_rules(&mut out, &read(RULES)?)?;
    write_groups(&mut out, &read(SHARED)?)?;
    let dir = std::env::var("OUT_DIR")?;
    std::fs::write(Path::new(&dir).join("sites_table.rs"), out)?;
    Ok(())
}

fn read(path: &str) -> Result<Value, Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?)
}

/// A domain as the lookup spells it: lower-case ASCII with no trailing dot. Apple's files
/// spell them so; anything else would never be found, so it stops the build.
fn checked(domain: &str) -> Result<&str, Box<dyn Error>> {
    let fine = !domain.is_empty()
        && !domain.ends_with('.')
        && domain
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
    if fine {
        Ok(domain)
    } else {
        Err(format!("{domain:?} is not a lower-case ASCII domain").into())
    }
}

fn write_rules(out: &mut String, table: &Value) -> Result<(), Box<dyn Error>> {
    let table = table
        .as_object()
        .ok_or("password-rules.json: not an object")?;
    // Sorted by domain, for a binary search.
    let mut sorted = BTreeMap::new();
    for (domain, entry) in table {
        let rules = entry
            .get("password-rules")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{domain}: no password-rules string"))?;
        let exact = entry
            .get("exact-domain-match-only")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        sorted.insert(checked(domain)?, (rules, exact));
    }
    writeln!(
        out,
        "/// `(domain, rules, exact domain match only)`, sorted by domain."
    )?;
    writeln!(out, "pub(super) static RULES: &[(&str, &str, bool)] = &[")?;
    for (domain, (rules, exact)) in sorted {
        writeln!(out, "    ({domain:?}, {rules:?}, {exact}),")?;
    }
    writeln!(out, "];")?;
    Ok(())
}

fn write_groups(out: &mut String, groups: &Value) -> Result<(), Box<dyn Error>> {
    let groups = groups
        .as_array()
        .ok_or("shared-credentials.json: not an array")?;
    writeln!(out, "/// Domains that share one login, each group sorted.")?;
    writeln!(out, "pub(super) static GROUPS: &[&[&str]] = &[")?;
    for group in groups {
        // `shared` lists equals; `from` and `to` a login used on other domains too. Either
        // way one password serves them all, so it must meet one set of rules.
        let mut members = Vec::new();
        for key in ["shared", "from", "to"] {
            for member in group
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let member = member.as_str().ok_or("a group member is not a string")?;
                members.push(checked(member)?);
            }
        }
        if members.len() < 2 {
            return Err(format!("a group of fewer than two domains: {members:?}").into());
        }
        members.sort_unstable();
        members.dedup();
        writeln!(out, "    &{members:?},")?;
    }
    writeln!(out, "];")?;
    Ok(())
}
