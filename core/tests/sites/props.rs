//! No panic on any text: random strings, and random near-domains and addresses.

use keysmith_core::sites::{SiteError, Sites};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_looked_up_or_refused(text in any::<String>()) {
        let sites = Sites::built_in();
        match sites.lookup(&text) {
            Ok(found) => prop_assert!(!found.rules.is_empty()),
            Err(SiteError::Unknown { closest, .. }) => prop_assert!(closest.len() <= 3),
            Err(_) => {}
        }
    }

    #[test]
    fn addresses_and_domains_never_panic(
        text in "(https?://)?([a-zA-Z0-9ü-]{0,12}\\.){0,4}[a-zA-Z0-9-]{0,12}\\.?(:[0-9]{1,5})?(/[a-z?=&#]*)?"
    ) {
        let sites = Sites::built_in();
        let _ = sites.lookup(&text);
        let _ = sites.clone().with_site(&text, "minlength: 9;");
    }
}

proptest! {
    // A search lists the whole table first: fewer cases keep the run short.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_searched(text in any::<String>()) {
        let found = Sites::built_in().search(&text);
        prop_assert!(found.iter().all(|f| !f.rules.is_empty()));
    }
}
