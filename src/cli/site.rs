//! `--site` (or a profile's `site`): a domain's rules, from the settings file's `[sites]`
//! over Apple's built-in table, put in the options' rules; and what is said when those rules
//! refuse a request or make a weak password.

use std::path::Path;

use super::profile::Chosen;
use crate::config::{self, ConfigError};
use keysmith_core::policy::SiteRules;
use keysmith_core::policy::{Policy, PolicyError, PolicyOptions, WEAK_LENGTH};
use keysmith_core::sites::{Found, SiteError, Sites};

/// What the command line says about the site: `--site`, whether `--rules` was given, and
/// the `--config` file.
pub struct Asked<'a> {
    pub site: Option<&'a str>,
    pub rules_given: bool,
    pub config: Option<&'a Path>,
}

/// Looks up the site `--site` names, else the profile's unless `--rules` was given on the
/// command line, and makes its rules the options' rules. `None` when no site is named.
pub fn apply(
    asked: &Asked,
    chosen: Option<&Chosen>,
    options: &mut PolicyOptions,
) -> Result<Option<Found>, String> {
    let query = match (asked.site, chosen) {
        (Some(site), _) => site,
        (None, Some(chosen)) if !asked.rules_given => match &chosen.options.site {
            Some(_) if chosen.options.rules.is_some() => {
                return Err("the profile names both a site and rules: keep one of them".into());
            }
            Some(site) => site.as_str(),
            None => return Ok(None),
        },
        (None, _) => return Ok(None),
    };
    let sites = settings_sites(asked.config)?;
    let found = sites.lookup(query).map_err(|e| unknown(&e))?;
    options.rules = Some(found.rules.clone());
    Ok(Some(found))
}

/// Apple's sites with the settings file's `[sites]` over them. The file is read as for
/// `--profile`: a missing file adds nothing, a broken one is refused with its line.
pub fn settings_sites(flag: Option<&Path>) -> Result<Sites, String> {
    let path = match config::file(flag) {
        Ok(path) => path,
        // No home folder: no settings file, so no sites of the user's.
        Err(ConfigError::NoHome) => return Ok(Sites::built_in()),
        Err(e) => return Err(e.to_string()),
    };
    let loaded = config::load(&path).map_err(|e| e.to_string())?;
    Ok(loaded.sites().clone())
}

/// A lookup that found nothing, with what to do instead.
pub fn unknown(error: &SiteError) -> String {
    match error {
        SiteError::Unknown { .. } => format!(
            "{error}; give the site's rules with --rules, or search the known sites with \
             keysmith sites"
        ),
        SiteError::NotADomain { .. } | SiteError::Ambiguous { .. } => error.to_string(),
    }
}

/// A refusal of the options, saying which site's rules had a hand in it, and for rules that
/// allow only weak lengths, how to go on.
pub fn refusal(refusal: &PolicyError, found: Option<&Found>) -> String {
    let go_on = "--allow-short makes one anyway, labelled weak";
    match (refusal, found) {
        (PolicyError::RulesMaxLengthWeak { max }, Some(found)) => format!(
            "Weak password: the length must be more than {WEAK_LENGTH}, and the {found} allow \
             at most {max}; {go_on}"
        ),
        (PolicyError::RulesMaxLengthWeak { .. }, None) => format!("{refusal}; {go_on}"),
        (_, Some(found)) => format!("{refusal} ({found})"),
        (_, None) => refusal.to_string(),
    }
}

/// The warning on stderr where the rules allow characters keysmith never draws (beyond
/// printable ASCII): said, not dropped in silence; the entropy counts only what is drawn.
pub fn warn_not_drawn(rules: &SiteRules) {
    if rules.not_drawn.is_empty() {
        return;
    }
    let named: Vec<String> = rules
        .not_drawn
        .chars()
        .map(|c| format!("'{}'", c.escape_debug()))
        .collect();
    eprintln!(
        "keysmith: warning: the rules allow {}, which keysmith never draws (it makes printable \
         ASCII only)",
        named.join(", ")
    );
}

/// The warning on stderr for passwords of 8 characters or fewer, which only `--allow-short`
/// lets through: how long, why, and their exact entropy.
pub fn warn_weak(policy: &Policy, found: Option<&Found>) {
    let bits = policy.entropy_bits();
    let why = match found {
        Some(found) => format!("the {found} allow no more"),
        None => "the rules allow no more".to_owned(),
    };
    eprintln!(
        "keysmith: warning: weak password: {} characters ({why}), {bits:.2} bits of entropy",
        policy.length(),
    );
}
