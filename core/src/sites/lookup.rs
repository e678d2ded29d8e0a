//! Finding a domain's rules: the domain itself, else a domain it shares its login with, then
//! the same for each parent domain, nearest first. The settings' sites come before the
//! built-in ones at every step.

use super::error::SiteError;
use super::host::{domain_of, levels};
use super::{Found, Origin, Relation, Sites, closest, table};

impl Sites {
    /// The rules for what a user pastes: a domain (`example.com`, `WWW.Example.COM.`,
    /// `bücher.de`, `xn--bcher-kva.de`) or a web address
    /// (`https://accounts.example.com/signup?x=1`).
    ///
    /// A subdomain without rules of its own takes the nearest parent's; a domain without
    /// rules takes those of the domains it shares a login with, where they agree.
    pub fn lookup(&self, input: &str) -> Result<Found, SiteError> {
        let host = domain_of(input)?;
        match self.resolve(&host)? {
            Some(found) => Ok(found),
            None => {
                let closest = closest::closest(&host, self.known());
                Err(SiteError::Unknown { host, closest })
            }
        }
    }

    /// The rules [`Sites::lookup`] finds for `input`, or `None` where it finds none, without
    /// naming the closest known domains: that compares every known domain, too much for a
    /// lookup made on every keystroke. Errs only where `input` is no domain, or a domain
    /// whose login partners' rules differ.
    ///
    /// ```
    /// use keysmith_core::sites::Sites;
    ///
    /// let sites = Sites::built_in();
    /// assert_eq!(sites.find("paypal.com")?, sites.lookup("paypal.com").ok());
    /// assert_eq!(sites.find("gogle.com")?, None);
    /// assert!(sites.find("127.0.0.1").is_err());
    /// # Ok::<(), keysmith_core::sites::SiteError>(())
    /// ```
    pub fn find(&self, input: &str) -> Result<Option<Found>, SiteError> {
        self.resolve(&domain_of(input)?)
    }

    /// The rules for a domain already spelt as a lookup spells it; `None` when it has none.
    pub(super) fn resolve(&self, host: &str) -> Result<Option<Found>, SiteError> {
        for level in levels(host) {
            let relation = if level == host {
                Relation::Same
            } else {
                Relation::Parent
            };
            if let Some((rules, origin)) = self.own_rules(level, level == host) {
                return Ok(Some(Found {
                    host: host.to_owned(),
                    domain: level.to_owned(),
                    rules: rules.to_owned(),
                    relation,
                    origin,
                }));
            }
            if let Some(found) = self.shared_rules(host, level)? {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    /// The rules `domain` has itself: the settings' first. `asked` says whether `domain` is
    /// the very domain looked up, for Apple's entries that hold for that domain alone.
    pub(super) fn own_rules(&self, domain: &str, asked: bool) -> Option<(&str, Origin)> {
        if let Some(rules) = self.overrides.get(domain) {
            return Some((rules, Origin::Settings));
        }
        match table::entry(domain) {
            Some((rules, exact_only)) if asked || !exact_only => Some((rules, Origin::BuiltIn)),
            Some(_) | None => None,
        }
    }

    /// The rules of the other members of `level`'s login group, if they have one set.
    fn shared_rules(&self, host: &str, level: &str) -> Result<Option<Found>, SiteError> {
        let Some(group) = table::group(level) else {
            return Ok(None);
        };
        let mut with_rules: Vec<(&str, &str, Origin)> = group
            .iter()
            .filter(|&&member| member != level)
            .filter_map(|&member| {
                let (rules, origin) = self.own_rules(member, true)?;
                Some((member, rules, origin))
            })
            .collect();
        let Some(&(domain, rules, origin)) = with_rules.first() else {
            return Ok(None);
        };
        if with_rules.iter().any(|(_, other, _)| *other != rules) {
            with_rules.sort_unstable_by_key(|(member, _, _)| *member);
            return Err(SiteError::Ambiguous {
                host: host.to_owned(),
                choices: with_rules.iter().map(|(m, _, _)| (*m).to_owned()).collect(),
            });
        }
        Ok(Some(Found {
            host: host.to_owned(),
            domain: domain.to_owned(),
            rules: rules.to_owned(),
            relation: Relation::Shared {
                through: level.to_owned(),
            },
            origin,
        }))
    }

    /// Every domain a lookup could land on, for naming the closest: those with rules, and
    /// the members of every login group where one member has rules.
    pub(super) fn known(&self) -> impl Iterator<Item = &str> {
        let own = self.overrides.keys().map(String::as_str);
        let built_in = table::domains().map(|(domain, _)| domain);
        let members = table::groups()
            .iter()
            .filter(|group| group.iter().any(|m| self.own_rules(m, true).is_some()))
            .flat_map(|group| group.iter().copied());
        own.chain(built_in).chain(members)
    }
}

#[cfg(test)]
mod tests {
    use super::{SiteError, Sites};

    #[test]
    fn find_agrees_with_lookup_but_names_no_closest() {
        let sites = Sites::built_in()
            .with_site("zzexample.org", "minlength: 10;")
            .expect("a domain");
        let inputs = [
            "paypal.com",
            "https://Accounts.Google.com/signup",
            "fortnite.com",
            "zzexample.org",
            "gogle.com",
            "payp",
            "127.0.0.1",
            "",
        ];
        for input in inputs {
            match sites.lookup(input) {
                Ok(found) => assert_eq!(sites.find(input), Ok(Some(found)), "{input}"),
                Err(SiteError::Unknown { .. }) => {
                    assert_eq!(sites.find(input), Ok(None), "{input}")
                }
                Err(error) => assert_eq!(sites.find(input), Err(error), "{input}"),
            }
        }
    }
}
