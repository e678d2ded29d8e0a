//! Why a lookup found no rules, each naming what to do instead.

use std::fmt;

/// Why no site rules were found for what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SiteError {
    /// The text is not a domain or a web address with one (an IP address, a blank, a name
    /// with characters no domain has, or longer than any domain).
    #[error("{input:?} is not a domain or a web address")]
    NotADomain {
        /// What was given, cut to 100 characters.
        input: String,
    },
    /// Neither the domain, nor a parent of it, nor a domain it shares a login with has rules.
    #[error("No site rules for {host}{}", Closest(closest))]
    Unknown {
        /// The domain, as looked up (lower case, punycode).
        host: String,
        /// The known domains nearest in spelling, nearest first (at most three; empty when
        /// none is near).
        closest: Vec<String>,
    },
    /// The domain shares its login with several domains whose rules differ, so no one set of
    /// rules is the login's.
    #[error(
        "{host} shares its login with {}, whose rules differ: ask for one of them",
        Names(choices)
    )]
    Ambiguous {
        /// The domain, as looked up.
        host: String,
        /// The domains of the group that have rules, sorted.
        choices: Vec<String>,
    },
}

struct Closest<'a>(&'a [String]);

impl fmt::Display for Closest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => f.write_str(", and no known domain is close to it"),
            [one] => write!(f, "; the closest known domain is {one}"),
            names => write!(f, "; the closest known domains are {}", Names(names)),
        }
    }
}

/// `a`, `a and b`, `a, b and c`.
struct Names<'a>(&'a [String]);

impl fmt::Display for Names<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => Ok(()),
            [one] => f.write_str(one),
            [init @ .., last] => write!(f, "{} and {last}", init.join(", ")),
        }
    }
}
