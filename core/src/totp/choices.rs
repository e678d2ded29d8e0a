//! Parameters as someone chose them (a URI, flags), each possibly left out, and how a flag
//! and a URI that both give one must agree.

use std::fmt;

use super::values::{Digits, HashAlgorithm, Period};

/// Parameters someone chose, each `None` where they left the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParamChoices {
    /// The length of a code.
    pub digits: Option<Digits>,
    /// The length of a time step.
    pub period: Option<Period>,
    /// The HMAC hash.
    pub algorithm: Option<HashAlgorithm>,
}

impl ParamChoices {
    /// Adds `flags` to choices a URI made: a flag fills what the URI left out, agrees with
    /// it, or contradicts it (an error naming the parameter and both values).
    pub fn merge(self, flags: Self) -> Result<Self, Conflict> {
        Ok(Self {
            digits: agree("digits", self.digits, flags.digits)?,
            period: agree("period", self.period, flags.period)?,
            algorithm: agree("algorithm", self.algorithm, flags.algorithm)?,
        })
    }
}

fn agree<T: PartialEq + fmt::Display>(
    name: &'static str,
    uri: Option<T>,
    flag: Option<T>,
) -> Result<Option<T>, Conflict> {
    match (uri, flag) {
        (Some(uri), Some(flag)) if uri != flag => Err(Conflict {
            name,
            uri: uri.to_string(),
            flag: flag.to_string(),
        }),
        (Some(value), _) | (None, Some(value)) => Ok(Some(value)),
        (None, None) => Ok(None),
    }
}

/// A flag that says otherwise than the URI it goes with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the argument '--{name}' says {flag}, but the URI says {name}={uri}")]
pub struct Conflict {
    /// The parameter, as the flag and the URI name it.
    pub name: &'static str,
    /// The URI's value.
    pub uri: String,
    /// The flag's value.
    pub flag: String,
}
