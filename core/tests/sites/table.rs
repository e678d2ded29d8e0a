//! Apple's two files, read here with serde_json on their own, so the tests' expectations do
//! not come from the table the library built.

use serde_json::Value;

const RULES: &str = include_str!("../../data/sites/password-rules.json");
const SHARED: &str = include_str!("../../data/sites/shared-credentials.json");

/// `(domain, rules)` of every entry, in the file's order.
pub fn rules() -> Vec<(String, String)> {
    let table: Value = serde_json::from_str(RULES).expect("password-rules.json is JSON");
    table
        .as_object()
        .expect("an object")
        .iter()
        .map(|(domain, entry)| {
            let rules = entry["password-rules"].as_str().expect("a rules string");
            (domain.clone(), rules.to_owned())
        })
        .collect()
}

/// Every group of domains that share a login (`shared`, or `from` and `to` together).
pub fn groups() -> Vec<Vec<String>> {
    let groups: Value = serde_json::from_str(SHARED).expect("shared-credentials.json is JSON");
    groups
        .as_array()
        .expect("an array")
        .iter()
        .map(|group| {
            ["shared", "from", "to"]
                .iter()
                .filter_map(|key| group.get(*key).and_then(Value::as_array))
                .flatten()
                .map(|d| d.as_str().expect("a domain").to_owned())
                .collect()
        })
        .collect()
}

/// The rules of `domain` itself, if it has an entry.
pub fn rules_of<'a>(rules: &'a [(String, String)], domain: &str) -> Option<&'a str> {
    rules
        .iter()
        .find(|(d, _)| d == domain)
        .map(|(_, r)| r.as_str())
}
