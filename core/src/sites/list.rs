//! The table as a list, for `keysmith sites`: every domain a lookup answers for itself, with
//! the rules it gets, and a search by part of a domain.

use std::collections::BTreeSet;

use super::host::domain_of;
use super::{Found, Sites, table};

impl Sites {
    /// Every domain with rules of its own or through its login group, sorted, each with the
    /// rules a lookup of it gives. Group members whose partners' rules disagree are left out
    /// (a lookup of them is refused).
    pub fn list(&self) -> Vec<Found> {
        self.listed_among(self.candidates())
    }

    /// Every domain the table names, sorted: those with rules and every group member, before
    /// asking which of them a lookup answers for.
    pub(super) fn candidates(&self) -> BTreeSet<&str> {
        let mut domains: BTreeSet<&str> = self.overrides.keys().map(String::as_str).collect();
        domains.extend(table::domains().map(|(domain, _)| domain));
        domains.extend(
            table::groups()
                .iter()
                .flat_map(|group| group.iter().copied()),
        );
        domains
    }

    /// Those of `domains` a lookup answers for, with the rules it gives.
    pub(super) fn listed_among<'a>(
        &self,
        domains: impl IntoIterator<Item = &'a str>,
    ) -> Vec<Found> {
        domains
            .into_iter()
            .filter_map(|domain| self.resolve(domain).ok().flatten())
            .collect()
    }

    /// The listed domains that contain `query` (any case; a web address or Unicode domain
    /// is reduced to its domain first); blank lists them all. When none contains it, the
    /// domain whose rules a lookup of `query` would give, if any.
    pub fn search(&self, query: &str) -> Vec<Found> {
        let query = query.trim();
        let needle = domain_of(query).unwrap_or_else(|_| query.to_lowercase());
        let listed: Vec<Found> = self
            .list()
            .into_iter()
            .filter(|found| found.host.contains(&needle))
            .collect();
        if !listed.is_empty() || query.is_empty() {
            return listed;
        }
        self.lookup(query).into_iter().collect()
    }
}
