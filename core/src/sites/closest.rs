//! The known domains nearest in spelling to an unknown one, for the refusal to name: a typo
//! (`gogle.com`), another country's domain (`paypal.de` for `paypal.com`), a name without its
//! ending (`hertz`), or a deeper subdomain of any of these.

use strsim::levenshtein;

use super::host::levels;

/// How many domains a refusal names at most.
const NAMED: usize = 3;

/// The known domains nearest `host`, nearest first, ties in alphabetical order; only those
/// close enough to be a likely meaning.
pub(super) fn closest<'a>(host: &str, known: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = known
        .filter_map(|domain| {
            let score = levels(host).map(|level| distance(level, domain)).min()?;
            let near = score <= (host_name(host).len() / 4).max(2);
            near.then_some((score, domain))
        })
        .collect();
    scored.sort_unstable();
    scored.dedup_by_key(|(_, domain)| *domain);
    scored
        .into_iter()
        .take(NAMED)
        .map(|(_, d)| d.to_owned())
        .collect()
}

/// Edits between two domains, where a different last label (`.de` for `.com`) or a missing
/// one costs a single edit.
fn distance(asked: &str, known: &str) -> usize {
    let whole = levenshtein(asked, known);
    let stems = levenshtein(stem(asked), stem(known)) + 1;
    let bare = levenshtein(asked, stem(known)) + 1;
    whole.min(stems).min(bare)
}

/// A domain without its last label: `paypal` for `paypal.com`; a one-label name itself.
fn stem(domain: &str) -> &str {
    domain.rsplit_once('.').map_or(domain, |(stem, _)| stem)
}

/// The part of a domain a person names it by: its second-to-last label or its only one.
fn host_name(host: &str) -> &str {
    let mut labels = host.rsplit('.');
    let last = labels.next().unwrap_or(host);
    labels.next().unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::closest;

    const KNOWN: [&str; 5] = [
        "google.com",
        "paypal.com",
        "hertz.com",
        "hertz.de",
        "apple.com",
    ];

    #[test]
    fn names_typos_endings_and_bare_names() {
        let near = |host| closest(host, KNOWN.iter().copied());
        assert_eq!(near("gogle.com"), ["google.com"]);
        assert_eq!(near("accounts.gogle.com"), ["google.com"]);
        assert_eq!(near("paypal.de"), ["paypal.com"]);
        assert_eq!(near("paypal"), ["paypal.com"]);
        assert_eq!(near("hertz"), ["hertz.com", "hertz.de"]);
        assert!(near("qwertyuiopasdf.org").is_empty());
    }
}
