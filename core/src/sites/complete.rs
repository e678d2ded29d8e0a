//! Completing a domain as it is typed: the listed domain a user most likely means by what
//! they have typed so far, for a field to offer after the cursor.

use super::Sites;

impl Sites {
    /// The shortest listed domain (see [`Sites::list`]) that begins with `typed` (any case)
    /// and goes on past it, ties in alphabetical order; `None` for blank text, or when `typed`
    /// is already a listed domain, so that accepting never replaces a whole domain with a
    /// longer one.
    ///
    /// ```
    /// use keysmith_core::sites::Sites;
    ///
    /// let sites = Sites::built_in();
    /// assert_eq!(sites.completion("payp").as_deref(), Some("paypal.com"));
    /// assert_eq!(sites.completion("paypal.com"), None);
    /// ```
    pub fn completion(&self, typed: &str) -> Option<String> {
        let typed = typed.trim().to_lowercase();
        if typed.is_empty() {
            return None;
        }
        // Only the domains that begin with the text are looked up: a keystroke's worth of work.
        let candidates = self.candidates();
        let begin = candidates.range(typed.as_str()..);
        let listed = self.listed_among(
            begin
                .take_while(|domain| domain.starts_with(&typed))
                .copied(),
        );
        if listed.iter().any(|found| found.host == typed) {
            return None;
        }
        listed
            .into_iter()
            .map(|found| found.host)
            .filter(|host| host.starts_with(&typed))
            .min_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)))
    }
}

#[cfg(test)]
mod tests {
    use super::Sites;

    #[test]
    fn offers_the_shortest_domain_that_goes_on() {
        let sites = Sites::built_in();
        assert_eq!(sites.completion("GOOG").as_deref(), Some("google.com"));
        assert_eq!(sites.completion("  apple").as_deref(), Some("apple.com"));
        assert_eq!(sites.completion("apple.com"), None, "already a domain");
        assert_eq!(sites.completion(""), None);
        assert_eq!(sites.completion("qqqqqq"), None);
    }

    #[test]
    fn offers_the_settings_sites_too() {
        let sites = Sites::built_in()
            .with_site("zzexample.org", "minlength: 10;")
            .expect("a domain");
        assert_eq!(sites.completion("zzex").as_deref(), Some("zzexample.org"));
    }
}
