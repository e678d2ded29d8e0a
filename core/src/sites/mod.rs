//! The password rules of 434 sites, by domain, from Apple's
//! [`password-manager-resources`](https://github.com/apple/password-manager-resources)
//! (`quirks/password-rules.json`, and `quirks/shared-credentials.json` for the domains that
//! share one login; MIT, © Apple Inc., notice in `data/sites/LICENSE`), built into the library
//! at commit [`SOURCE_COMMIT`].
//!
//! A lookup takes what a user pastes (a domain in any case, with a trailing dot, in Unicode or
//! punycode, or a web address), falls back from a subdomain to the nearest parent with rules,
//! and gives a member of a login group the rules of the group. Settings may add or replace
//! sites ([`Sites::with_site`]); they win. What is found is a rules text for
//! [`PolicyOptions::rules`](crate::policy::PolicyOptions::rules).
//!
//! Apple's `special` and `ascii-printable` classes include the space; keysmith never draws a
//! space unless a custom class `[...]` names it, so its passwords still meet the rules.
//!
//! ```
//! use keysmith_core::policy::{Policy, PolicyOptions};
//! use keysmith_core::sites::{Relation, SiteError, Sites};
//!
//! let sites = Sites::built_in();
//! let found = sites.lookup("https://Accounts.Google.com/signup?hl=en")?;
//! assert_eq!(found.domain, "google.com");
//! assert_eq!(found.relation, Relation::Parent);
//!
//! // Fortnite shares its login with Epic Games, which has rules.
//! let shared = sites.lookup("fortnite.com")?;
//! assert_eq!(shared.domain, "epicgames.com");
//! assert_eq!(shared.to_string(), "rules of epicgames.com, whose login fortnite.com shares");
//!
//! let policy = Policy::compile(&PolicyOptions {
//!     rules: Some(found.rules),
//!     ..PolicyOptions::default()
//! })?;
//! assert_eq!(policy.length(), 16);
//!
//! let unknown = sites.lookup("gogle.com").unwrap_err();
//! assert_eq!(
//!     unknown.to_string(),
//!     "No site rules for gogle.com; the closest known domain is google.com"
//! );
//!
//! // The settings' sites come first.
//! let mine = sites.with_site("Google.com", "minlength: 20;")?;
//! assert_eq!(mine.lookup("mail.google.com")?.rules, "minlength: 20;");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod closest;
mod complete;
mod error;
mod host;
mod list;
mod lookup;
mod table;

use std::collections::BTreeMap;
use std::fmt;

pub use error::SiteError;
pub use host::domain_of;
pub use table::SOURCE_COMMIT;

/// The site table: Apple's built-in sites, and the settings' sites over them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sites {
    /// The settings' sites, by domain as looked up.
    overrides: BTreeMap<String, String>,
}

/// The rules a lookup found, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The domain asked for, as looked up: lower case, punycode, no trailing dot.
    pub host: String,
    /// The domain whose rules these are.
    pub domain: String,
    /// The rules, in the `passwordrules` syntax.
    pub rules: String,
    /// How `domain` relates to `host`.
    pub relation: Relation,
    /// Built in, or from the settings.
    pub origin: Origin,
}

/// How the domain with the rules relates to the domain asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relation {
    /// It is the domain asked for.
    Same,
    /// It is a parent of the domain asked for (`example.com` for `login.example.com`).
    Parent,
    /// It shares its login with `through`: the domain asked for or one of its parents.
    Shared {
        /// The domain asked for, or the parent of it, that is in the login group.
        through: String,
    },
}

/// Where a site's rules come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Apple's table, built in.
    BuiltIn,
    /// The user's settings.
    Settings,
}

impl Sites {
    /// Apple's sites alone.
    pub fn built_in() -> Sites {
        Sites::default()
    }

    /// These sites with `domain` given `rules`, over a built-in entry of the same domain. The
    /// domain is read as a lookup reads one (case, trailing dot, Unicode, a web address).
    pub fn with_site(mut self, domain: &str, rules: &str) -> Result<Sites, SiteError> {
        let domain = domain_of(domain)?;
        self.overrides.insert(domain, rules.to_owned());
        Ok(self)
    }

    /// How many built-in domains have rules of their own (434 at [`SOURCE_COMMIT`]).
    pub fn built_in_count() -> usize {
        table::RULES.len()
    }
}

impl fmt::Display for Found {
    /// Where the rules came from, for a summary line: `rules of example.com`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rules of {}", self.domain)?;
        if let Relation::Shared { through } = &self.relation {
            write!(f, ", whose login {through} shares")?;
        }
        if self.origin == Origin::Settings {
            f.write_str(" (from the settings)")?;
        }
        Ok(())
    }
}
