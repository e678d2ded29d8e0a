//! Apple's tables as built into the binary: `build.rs` turns the JSON files in `data/sites/`
//! into the sorted statics included here.

include!(concat!(env!("OUT_DIR"), "/sites_table.rs"));

/// The commit of `apple/password-manager-resources` that `data/sites/` was copied from.
pub const SOURCE_COMMIT: &str = "96cbab74681dcc296cae6fb205c4b047bc026c22";

/// A built-in entry: its rules, and whether they are for that exact domain only (not its
/// subdomains).
pub(super) fn entry(domain: &str) -> Option<(&'static str, bool)> {
    RULES
        .binary_search_by(|(d, _, _)| (*d).cmp(domain))
        .ok()
        .map(|i| (RULES[i].1, RULES[i].2))
}

/// The group of domains that share a login with `domain`, if it is in one.
pub(super) fn group(domain: &str) -> Option<&'static [&'static str]> {
    GROUPS
        .iter()
        .copied()
        .find(|g| g.binary_search(&domain).is_ok())
}

/// Every built-in domain with rules, sorted.
pub(super) fn domains() -> impl Iterator<Item = (&'static str, &'static str)> {
    RULES.iter().map(|(d, r, _)| (*d, *r))
}

/// Every built-in domain, with rules or in a group, that begins with `prefix`: each sorted
/// table searched for where they begin. Sorted within each table, not across them.
pub(super) fn beginning_with(prefix: &str) -> Vec<&'static str> {
    let from = RULES.partition_point(|(domain, _, _)| *domain < prefix);
    let mut domains: Vec<&'static str> = RULES[from..]
        .iter()
        .map(|(domain, _, _)| *domain)
        .take_while(|domain| domain.starts_with(prefix))
        .collect();
    for group in GROUPS {
        let from = group.partition_point(|domain| *domain < prefix);
        domains.extend(
            group[from..]
                .iter()
                .copied()
                .take_while(|domain| domain.starts_with(prefix)),
        );
    }
    domains
}

/// Every group, for listing the members that take another's rules.
pub(super) fn groups() -> &'static [&'static [&'static str]] {
    GROUPS
}
