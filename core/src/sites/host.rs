//! What a user pastes, reduced to the domain it names: a domain in any case, with or without
//! a trailing dot, in Unicode or punycode, or a web address with a scheme, user, port, path,
//! query or fragment. The result is lower-case ASCII (punycode), as Apple's tables spell
//! domains.

use url::{Host, Url};

use super::error::SiteError;

/// The longest domain DNS allows, in characters (RFC 1035: 255 octets on the wire).
const MAX_DOMAIN: usize = 253;

/// The domain `input` names, or why it names none.
pub fn domain_of(input: &str) -> Result<String, SiteError> {
    let refuse = || SiteError::NotADomain {
        input: input.chars().take(100).collect(),
    };
    let text = input.trim();
    // A bound on the work below, far past any address a user pastes.
    if text.is_empty() || text.len() > 4096 {
        return Err(refuse());
    }
    // Without a scheme, `url` would read `example.com:8080` as a scheme and a path.
    let parsed = if text.contains("://") {
        Url::parse(text)
    } else {
        Url::parse(&format!("https://{text}"))
    }
    .map_err(|_| refuse())?;
    let host = match parsed.host() {
        Some(Host::Domain(host)) => host.to_owned(),
        Some(Host::Ipv4(_) | Host::Ipv6(_)) | None => return Err(refuse()),
    };
    // Addresses of special schemes (http, https, ftp, …) come back in punycode already;
    // others keep the host as written, so every host goes through the same conversion.
    let ascii = idna::domain_to_ascii(&host).map_err(|_| refuse())?;
    let domain = ascii.strip_suffix('.').unwrap_or(&ascii);
    let labels_fine = domain.split('.').all(|label| !label.is_empty());
    if domain.is_empty() || domain.len() > MAX_DOMAIN || !labels_fine {
        return Err(refuse());
    }
    Ok(domain.to_owned())
}

/// `domain` and each parent domain, nearest first, down to two labels (`a.b.example.com`,
/// `b.example.com`, `example.com`); a one-label domain alone.
pub fn levels(domain: &str) -> impl Iterator<Item = &str> {
    let labels = domain.split('.').count();
    let mut rest = Some(domain);
    std::iter::from_fn(move || {
        let here = rest?;
        rest = here.split_once('.').map(|(_, parent)| parent);
        Some(here)
    })
    .take(labels.saturating_sub(1).max(1))
}
