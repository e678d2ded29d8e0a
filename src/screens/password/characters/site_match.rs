//! How the Site field's domain and the Rules field's text stand to each other, read the
//! same way by the screen and by the saved options.

use keysmith_core::sites::{Found, Sites};

/// How the Site field's domain and the Rules field's text stand to each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteMatch {
    /// No domain typed.
    Blank,
    /// No rules for the domain typed, or it is no domain. Why is asked of `Sites::lookup`
    /// only when the status says it, as naming the closest domains compares every known one.
    Unknown,
    /// The Rules field holds the site's rules.
    Filled(Found),
    /// The Rules field holds other rules: edited by hand since the site filled it.
    Edited(Found),
}

impl SiteMatch {
    /// The one reading of the two fields, used by the screen and by the saved options alike.
    pub fn of(sites: &Sites, site: &str, rules: &str) -> SiteMatch {
        if site.trim().is_empty() {
            return SiteMatch::Blank;
        }
        match sites.find(site) {
            Ok(Some(found)) if found.rules == rules => SiteMatch::Filled(found),
            Ok(Some(found)) => SiteMatch::Edited(found),
            Ok(None) | Err(_) => SiteMatch::Unknown,
        }
    }
}
