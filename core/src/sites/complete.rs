//! Completing a domain as it is typed: the listed domain a user most likely means by what
//! they have typed so far, for a field to offer after the cursor.

use std::cmp::Ordering;
use std::ops::Bound;

use super::{Sites, table};

impl Sites {
    /// The likeliest listed domain (see [`Sites::list`]) that begins with `typed` (any case)
    /// and goes on past it: the shortest name before the first dot, then `.com` over other
    /// endings (a site's main domain, where it has one per country), then the shortest, then
    /// alphabetical order. `None` for blank text, or when `typed` is already a listed domain,
    /// so that accepting never replaces a whole domain with a longer one.
    ///
    /// ```
    /// use keysmith_core::sites::Sites;
    ///
    /// let sites = Sites::built_in();
    /// assert_eq!(sites.completion("payp").as_deref(), Some("paypal.com"));
    /// assert_eq!(sites.completion("airfr").as_deref(), Some("airfrance.com"));
    /// assert_eq!(sites.completion("paypal.com"), None);
    /// ```
    pub fn completion(&self, typed: &str) -> Option<String> {
        let typed = typed.trim().to_lowercase();
        if typed.is_empty() {
            return None;
        }
        // Only the domains that begin with the text are looked up: a keystroke's worth of work.
        let listed = self.listed_among(self.beginning_with(&typed));
        if listed.iter().any(|found| found.host == typed) {
            return None;
        }
        listed
            .into_iter()
            .map(|found| found.host)
            .min_by(|a, b| likelier(a, b))
    }

    /// The domains of [`Sites::candidates`] that begin with `prefix`, sorted, found by
    /// searching each sorted table for where they begin rather than gathering them all.
    fn beginning_with<'a>(&'a self, prefix: &str) -> Vec<&'a str> {
        let mut domains: Vec<&str> = self
            .overrides
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .map(|(domain, _)| domain.as_str())
            .take_while(|domain| domain.starts_with(prefix))
            .collect();
        domains.extend(table::beginning_with(prefix));
        domains.sort_unstable();
        domains.dedup();
        domains
    }
}

/// Which of two domains a user who typed the start of both more likely means: `Less` for `a`.
fn likelier(a: &str, b: &str) -> Ordering {
    let name = |domain: &str| domain.split('.').next().map_or(0, str::len);
    let not_com = |domain: &str| domain.split_once('.').is_none_or(|(_, end)| end != "com");
    name(a)
        .cmp(&name(b))
        .then_with(|| not_com(a).cmp(&not_com(b)))
        .then_with(|| a.len().cmp(&b.len()))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::{Sites, likelier};

    #[test]
    fn offers_the_shortest_domain_that_goes_on() {
        let sites = Sites::built_in();
        assert_eq!(sites.completion("GOOG").as_deref(), Some("google.com"));
        assert_eq!(sites.completion("  apple").as_deref(), Some("apple.com"));
        assert_eq!(sites.completion("apple.com"), None, "already a domain");
        assert_eq!(sites.completion(""), None);
        assert_eq!(sites.completion("qqqqqq"), None);
    }

    /// The likeliest listed domain that goes on from the text, as found by going through the
    /// whole list.
    fn completion_by_list(listed: &[String], typed: &str) -> Option<String> {
        if listed.iter().any(|host| host == typed) {
            return None;
        }
        listed
            .iter()
            .filter(|host| host.starts_with(typed))
            .min_by(|a, b| likelier(a, b))
            .cloned()
    }

    #[test]
    fn a_sites_main_domain_comes_before_its_other_countries() {
        let sites = Sites::built_in();
        // The shortest would be airfrance.us and hertz.at.
        assert_eq!(sites.completion("airfr").as_deref(), Some("airfrance.com"));
        assert_eq!(sites.completion("hertz").as_deref(), Some("hertz.com"));
        assert_eq!(sites.completion("hertz.c").as_deref(), Some("hertz.com"));
        // The name decides first: hertz before hertz-japan and hertzcaribbean.
        assert_eq!(sites.completion("hert").as_deref(), Some("hertz.com"));
        assert_eq!(sites.completion("hertz.d").as_deref(), Some("hertz.de"));
        assert_eq!(
            sites.completion("hertz-j").as_deref(),
            Some("hertz-japan.com")
        );
    }

    #[test]
    fn offers_what_a_search_of_the_whole_list_offers() {
        let sites = Sites::built_in()
            .with_site("zzexample.org", "minlength: 10;")
            .and_then(|sites| sites.with_site("apple.com", "minlength: 12;"))
            .expect("domains");
        let listed: Vec<String> = sites.list().into_iter().map(|found| found.host).collect();
        for host in &listed {
            for end in 1..=host.len().min(6) {
                let typed = &host[..end];
                assert_eq!(
                    sites.completion(typed),
                    completion_by_list(&listed, typed),
                    "{typed}"
                );
            }
        }
    }

    #[test]
    fn offers_the_settings_sites_too() {
        let sites = Sites::built_in()
            .with_site("zzexample.org", "minlength: 10;")
            .expect("a domain");
        assert_eq!(sites.completion("zzex").as_deref(), Some("zzexample.org"));
    }
}
