//! What the current options compile to, kept until they change: the policy (or why there is
//! none), its entropy, what the Rules field parsed to, how it stands to the Site field's
//! domain, the domain that field offers, and the menu's set sizes.

use super::super::{Entropy, LengthProblem};
use super::site_match::SiteMatch;
use keysmith_core::policy::{Policy, PolicyError, SiteRules};

/// What the current options compile to, kept until they change.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub policy: Result<Policy, LengthProblem>,
    pub entropy: Option<Entropy>,
    /// What the Rules field parsed to, or why not; `None` while it is blank.
    pub rules: Option<Result<SiteRules, PolicyError>>,
    /// Whether the rules are the Site field's domain's.
    pub site: SiteMatch,
    /// The domain the Site field offers for what is typed in it.
    pub completion: Option<String>,
    /// How many characters each menu set holds after symbols, look-alikes and exclude, by
    /// `CharSet::ALL`: what the menu shows.
    pub set_sizes: [usize; 4],
}

impl Default for Compiled {
    fn default() -> Self {
        Compiled {
            policy: Err(LengthProblem::Empty),
            entropy: None,
            rules: None,
            site: SiteMatch::Blank,
            completion: None,
            set_sizes: [0; 4],
        }
    }
}
