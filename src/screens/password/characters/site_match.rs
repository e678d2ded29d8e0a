//! How the Site field's domain and the Rules field's text stand to each other, read the
//! same way by the screen and by the saved options.

use keysmith_core::sites::{Found, SiteError, Sites};

/// How the Site field's domain and the Rules field's text stand to each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteMatch {
    /// No domain typed.
    Blank,
    /// No rules for the domain typed (or it is no domain), and why.
    Unknown(SiteError),
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
        match sites.lookup(site) {
            Ok(found) if found.rules == rules => SiteMatch::Filled(found),
            Ok(found) => SiteMatch::Edited(found),
            Err(error) => SiteMatch::Unknown(error),
        }
    }
}
