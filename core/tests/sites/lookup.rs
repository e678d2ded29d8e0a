//! The lookup in every form a user pastes, every shared-credentials group, and unknown
//! domains, against expectations read from Apple's files by the tests themselves.

use keysmith_core::sites::{Origin, Relation, SiteError, Sites};

use crate::table;

#[test]
fn every_entry_is_found_in_every_form() {
    let sites = Sites::built_in();
    let entries = table::rules();
    for (domain, rules) in &entries {
        let upper = domain.to_uppercase();
        for form in [
            domain.clone(),
            format!("{upper}."),
            format!("  https://{upper}/signup?x=1#top "),
            format!("http://user@{domain}:8443/"),
        ] {
            let found = sites
                .lookup(&form)
                .unwrap_or_else(|e| panic!("{form}: {e}"));
            assert_eq!((&found.domain, &found.rules), (domain, rules), "{form}");
            assert_eq!(found.relation, Relation::Same, "{form}");
            assert_eq!(found.origin, Origin::BuiltIn);
        }
        // A subdomain with no entry of its own falls back to this one.
        let deeper = format!("login.accounts.{domain}");
        if table::rules_of(&entries, &deeper).is_none() {
            let found = sites.lookup(&format!("https://{deeper}/x")).expect(&deeper);
            assert_eq!(found.host, deeper);
            assert_eq!((&found.domain, found.relation), (domain, Relation::Parent));
        }
    }
}

#[test]
fn a_subdomain_takes_the_nearest_parent_with_rules() {
    let sites = Sites::built_in()
        .with_site("example.com", "minlength: 10;")
        .and_then(|s| s.with_site("accounts.example.com", "minlength: 12;"))
        .expect("domains");
    let rules = |input: &str| sites.lookup(input).map(|f| (f.domain, f.relation));
    assert_eq!(
        rules("www.example.com"),
        Ok(("example.com".into(), Relation::Parent))
    );
    assert_eq!(
        rules("https://a.b.accounts.example.com/signup?x=1"),
        Ok(("accounts.example.com".into(), Relation::Parent))
    );
    assert_eq!(
        rules("ACCOUNTS.EXAMPLE.COM."),
        Ok(("accounts.example.com".into(), Relation::Same))
    );
    // The settings' entries are marked so.
    assert_eq!(
        sites.lookup("example.com").map(|f| f.origin),
        Ok(Origin::Settings)
    );
}

#[test]
fn international_domains_match_in_unicode_and_punycode() {
    let sites = Sites::built_in()
        .with_site("bücher.de", "minlength: 11;")
        .and_then(|s| s.with_site("xn--80ak6aa92e.com", "minlength: 12;"))
        .expect("domains");
    for (form, domain) in [
        ("xn--bcher-kva.de", "xn--bcher-kva.de"),
        ("BÜCHER.de.", "xn--bcher-kva.de"),
        ("https://www.bücher.de/a?b=c", "xn--bcher-kva.de"),
        ("аррӏе.com", "xn--80ak6aa92e.com"),
        ("https://login.XN--80AK6AA92E.com", "xn--80ak6aa92e.com"),
    ] {
        let found = sites.lookup(form).unwrap_or_else(|e| panic!("{form}: {e}"));
        assert_eq!(found.domain, domain, "{form}");
    }
}

#[test]
fn every_group_member_gets_the_groups_rules() {
    let sites = Sites::built_in();
    let entries = table::rules();
    let (mut shared, mut ambiguous) = (0, 0);
    for group in table::groups() {
        for member in &group {
            if let Some(own) = table::rules_of(&entries, member) {
                assert_eq!(sites.lookup(member).map(|f| f.rules), Ok(own.to_owned()));
                continue;
            }
            let mut others: Vec<(&str, &str)> = group
                .iter()
                .filter_map(|m| Some((m.as_str(), table::rules_of(&entries, m)?)))
                .collect();
            others.sort_unstable();
            let mut texts: Vec<&str> = others.iter().map(|(_, r)| *r).collect();
            texts.dedup();
            texts.sort_unstable();
            texts.dedup();
            let looked = sites.lookup(&format!("www.{member}"));
            match texts.as_slice() {
                // No member has rules: the member's nearest parent with rules, if any.
                [] => match parent_rules(&entries, member) {
                    Some(rules) => assert_eq!(looked.map(|f| f.rules), Ok(rules.to_owned())),
                    None => assert!(
                        matches!(looked, Err(SiteError::Unknown { .. })),
                        "{member}: {looked:?}"
                    ),
                },
                [rules] => {
                    let found = looked.unwrap_or_else(|e| panic!("{member}: {e}"));
                    assert_eq!(found.rules, *rules, "{member}");
                    assert!(others.iter().any(|(m, _)| *m == found.domain));
                    assert_eq!(
                        found.relation,
                        Relation::Shared {
                            through: member.clone()
                        }
                    );
                    shared += 1;
                }
                _ => {
                    let choices = others.iter().map(|(m, _)| (*m).to_owned()).collect();
                    assert_eq!(
                        looked,
                        Err(SiteError::Ambiguous {
                            host: format!("www.{member}"),
                            choices
                        }),
                    );
                    ambiguous += 1;
                }
            }
        }
    }
    assert!(shared > 0 && ambiguous > 0, "{shared} {ambiguous}");
}

/// The rules of the nearest parent of `domain` that has an entry.
fn parent_rules<'a>(entries: &'a [(String, String)], domain: &str) -> Option<&'a str> {
    let mut rest = domain;
    while let Some((_, parent)) = rest.split_once('.') {
        if !parent.contains('.') {
            return None;
        }
        if let Some(rules) = table::rules_of(entries, parent) {
            return Some(rules);
        }
        rest = parent;
    }
    None
}

#[test]
fn the_documented_groups() {
    let sites = Sites::built_in();
    let epic = sites
        .lookup("https://www.fortnite.com/")
        .expect("shares epicgames.com");
    assert_eq!(
        epic.to_string(),
        "rules of epicgames.com, whose login fortnite.com shares"
    );
    let refused = sites.lookup("flyingblue.com").expect_err("two rules");
    assert_eq!(
        refused.to_string(),
        "flyingblue.com shares its login with airfrance.com and klm.com, whose rules differ: \
         ask for one of them"
    );
}

#[test]
fn unknown_domains_name_the_closest() {
    let sites = Sites::built_in();
    let closest = |input: &str| match sites.lookup(input) {
        Err(SiteError::Unknown { closest, .. }) => closest,
        other => panic!("{input}: {other:?}"),
    };
    assert_eq!(closest("gogle.com"), ["google.com"]);
    assert_eq!(closest("https://accounts.paypall.com/x"), ["paypal.com"]);
    assert!(closest("paypal").contains(&"paypal.com".to_owned()));
    assert!(closest("zzzzqqqq-not-a-site.example").is_empty());
    let message = sites.lookup("zzzzqqqq.example").unwrap_err().to_string();
    assert_eq!(
        message,
        "No site rules for zzzzqqqq.example, and no known domain is close to it"
    );
}

#[test]
fn what_is_not_a_domain_is_refused() {
    let sites = Sites::built_in();
    for input in [
        "",
        "   ",
        "192.168.1.1",
        "https://[::1]/",
        "a b.com",
        "https://",
        "a..b",
    ] {
        assert!(
            matches!(sites.lookup(input), Err(SiteError::NotADomain { .. })),
            "{input:?}: {:?}",
            sites.lookup(input)
        );
    }
    let long = "a".repeat(300) + ".com";
    assert!(matches!(
        sites.lookup(&long),
        Err(SiteError::NotADomain { .. })
    ));
}

#[test]
fn the_settings_win_over_the_built_in_table() {
    let sites = Sites::built_in()
        .with_site("PayPal.com.", "minlength: 30;")
        .expect("a domain");
    let found = sites.lookup("www.paypal.com").expect("found");
    assert_eq!(
        (found.rules.as_str(), found.origin),
        ("minlength: 30;", Origin::Settings)
    );
    assert_eq!(found.to_string(), "rules of paypal.com (from the settings)");
    let listed = sites.search("paypal");
    assert!(
        listed
            .iter()
            .any(|f| f.host == "paypal.com" && f.origin == Origin::Settings)
    );
    assert!(
        Sites::built_in()
            .with_site("not a domain", "minlength: 9")
            .is_err()
    );
}

#[test]
fn search_finds_parts_of_domains() {
    let sites = Sites::built_in();
    let hertz = sites.search("HERTZ");
    assert!(hertz.len() > 30 && hertz.iter().all(|f| f.host.contains("hertz")));
    assert_eq!(sites.search("").len(), sites.list().len());
    assert!(sites.list().len() > Sites::built_in_count());
    // A web address is searched by its domain, and a subdomain lands on its parent.
    let found = sites.search("https://signin.google.com/x");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].domain, "google.com");
    assert!(sites.search("zzzzqqqq").is_empty());
}
