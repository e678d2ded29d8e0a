//! The length: the tutorial's rule (more than 8, at most 1024) within the rules' bounds.

use std::ops::RangeInclusive;

use crate::policy::error::PolicyError;
use crate::policy::options::{DEFAULT_LENGTH, ShortSites};
use crate::policy::rules::SiteRules;
use crate::policy::{MAX_LENGTH, WEAK_LENGTH};

/// The length to use and every length that would be accepted.
pub(super) fn resolve(
    asked: Option<usize>,
    rules: Option<&SiteRules>,
    short: ShortSites,
) -> Result<(usize, RangeInclusive<usize>), PolicyError> {
    let min = rules.and_then(|r| r.min_length);
    let max = rules.and_then(|r| r.max_length);
    if let Some(max) = max.filter(|&m| m <= WEAK_LENGTH) {
        return match short {
            ShortSites::Refuse => Err(PolicyError::RulesMaxLengthWeak { max }),
            ShortSites::Allow => short_site(asked, min, max),
        };
    }
    if let Some(min) = min.filter(|&m| m > MAX_LENGTH) {
        return Err(PolicyError::RulesMinLengthTooLong { min });
    }
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        return Err(PolicyError::RulesLengthsContradict { min, max });
    }
    let low = min.map_or(WEAK_LENGTH + 1, |m| m.max(WEAK_LENGTH + 1));
    let high = max.map_or(MAX_LENGTH, |m| m.min(MAX_LENGTH));
    let Some(length) = asked else {
        return Ok((DEFAULT_LENGTH.clamp(low, high), low..=high));
    };
    if length <= WEAK_LENGTH {
        return Err(PolicyError::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PolicyError::TooLong);
    }
    if !(low..=high).contains(&length) {
        return Err(PolicyError::LengthOutsideRules {
            length,
            min: low,
            max: high,
        });
    }
    Ok((length, low..=high))
}

/// A site whose `maxlength` is 8 or less, served on request: its own bounds, the longest by
/// default, and nothing shorter than its `minlength` (or than one character).
fn short_site(
    asked: Option<usize>,
    min: Option<usize>,
    max: usize,
) -> Result<(usize, RangeInclusive<usize>), PolicyError> {
    let low = min.unwrap_or(1).max(1);
    if low > max {
        return Err(PolicyError::RulesLengthsContradict { min: low, max });
    }
    let length = asked.unwrap_or(max);
    if !(low..=max).contains(&length) {
        return Err(PolicyError::LengthOutsideRules {
            length,
            min: low,
            max,
        });
    }
    Ok((length, low..=max))
}

impl SiteRules {
    /// The length these rules and the tutorial's rule accept that is nearest `asked`, or
    /// without one the default (16) moved into their bounds, as [`Policy::compile`] picks it:
    /// so that choosing a site moves a length it would refuse into its bounds. Rules whose
    /// bounds allow no length are refused as `compile` refuses them.
    ///
    /// [`Policy::compile`]: crate::policy::Policy::compile
    pub fn nearest_length(
        &self,
        asked: Option<usize>,
        short: ShortSites,
    ) -> Result<usize, PolicyError> {
        let (default, lengths) = resolve(None, Some(self), short)?;
        Ok(asked.map_or(default, |length| {
            length.clamp(*lengths.start(), *lengths.end())
        }))
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{PolicyError, ShortSites, parse_rules};

    fn rules(text: &str) -> crate::policy::SiteRules {
        parse_rules(text).expect("parses").expect("not blank")
    }

    #[test]
    fn a_length_moves_into_the_bounds_and_the_default_is_the_compiled_one() {
        let bounded = rules("minlength: 12; maxlength: 15;");
        let nearest = |asked| bounded.nearest_length(asked, ShortSites::Refuse);
        assert_eq!(nearest(Some(16)), Ok(15));
        assert_eq!(nearest(Some(10)), Ok(12));
        assert_eq!(nearest(Some(13)), Ok(13));
        assert_eq!(nearest(None), Ok(15));
        assert_eq!(
            rules("minlength: 4;").nearest_length(Some(5), ShortSites::Refuse),
            Ok(9)
        );
        assert_eq!(
            rules("maxlength: 6;").nearest_length(Some(16), ShortSites::Refuse),
            Err(PolicyError::RulesMaxLengthWeak { max: 6 })
        );
    }
}
