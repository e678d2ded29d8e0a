//! The Site field: a domain looked up in the site table (Apple's, with the settings' sites
//! over it) as `keysmith password --site` looks it up. A domain with rules fills the Rules
//! field, and the length moves into their bounds; typing offers the likeliest domain.

use keysmith_core::policy::{ShortSites, parse_rules};
use keysmith_core::sites::SiteError;

use super::site_match::SiteMatch;
use super::state::Characters;

/// What the status says of a domain with no rules: the lookup's reason, with the closest
/// known domains where there are some, and the way on without it.
fn site_refusal(error: &SiteError) -> String {
    match error {
        SiteError::Unknown { .. } => format!("{error}; or paste the site's rules in Rules"),
        SiteError::NotADomain { .. } | SiteError::Ambiguous { .. } => format!("Site: {error}"),
    }
}

impl Characters {
    /// After the Site field changed: where the domain has rules other than the Rules
    /// field's, they fill it and the length moves into their bounds. What the status says of
    /// a length that moved, if it did.
    pub(super) fn site_edited(&mut self) -> Option<String> {
        let typed = self.chars.site.value();
        let SiteMatch::Edited(found) = SiteMatch::of(&self.sites, typed, self.chars.rules.value())
        else {
            return None;
        };
        self.chars.rules.set(&found.rules);
        // Rules that do not parse, or allow no length, are shown as refused under Rules.
        let rules = parse_rules(&found.rules).ok().flatten()?;
        let asked = self.length().ok();
        let nearest = rules.nearest_length(asked, ShortSites::Refuse).ok()?;
        if asked == Some(nearest) {
            return None;
        }
        self.length.set(&nearest.to_string());
        Some(match asked {
            Some(asked) if asked > nearest => {
                format!("Length {nearest}: the most the {found} allow")
            }
            Some(_) => format!("Length {nearest}: the least the {found} allow"),
            None => format!("Length {nearest}, within the {found}"),
        })
    }

    /// The rest of the domain the Site field offers after its cursor, while the cursor is at
    /// the end of what is typed.
    pub fn offered_completion(&self) -> Option<&str> {
        let field = &self.chars.site;
        let at_end = field.input().cursor() == field.char_count();
        let completion = self.compiled.completion.as_deref().filter(|_| at_end)?;
        // The completion begins with the text in lower case: the rest is what follows that.
        completion.get(field.value().to_lowercase().len()..)
    }

    /// Takes the offered completion into the Site field, which then fills the rules.
    pub(in crate::screens::password) fn accept_completion(&mut self) -> Option<String> {
        let completion = self.compiled.completion.clone()?;
        self.chars.site.set(&completion);
        self.site_edited()
    }

    /// How the Site field's domain and the rules stand, as last compiled.
    pub fn site_match(&self) -> &SiteMatch {
        &self.compiled.site
    }

    /// Why the Site field's domain has no rules, for the status, if so.
    pub fn site_problem(&self) -> Option<String> {
        match self.site_match() {
            // Looked up again in full, naming the closest domains: only when the status asks.
            SiteMatch::Unknown => self
                .sites
                .lookup(self.chars.site.value())
                .err()
                .map(|error| site_refusal(&error)),
            SiteMatch::Blank | SiteMatch::Filled(_) | SiteMatch::Edited(_) => None,
        }
    }
}
