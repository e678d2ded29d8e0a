//! The values each parameter of a code can take: the hash, the number of digits and the
//! length of a time step, read from and written as the text URIs and flags use.

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

use totp_rs::Algorithm;

/// The HMAC hash of RFC 6238 §1.2. Our own enum, so that matches on it stay exhaustive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HashAlgorithm {
    #[default]
    /// HMAC-SHA1: what authenticator apps use unless told otherwise.
    Sha1,
    /// HMAC-SHA256.
    Sha256,
    /// HMAC-SHA512.
    Sha512,
}

impl HashAlgorithm {
    /// The three hashes, SHA1 first.
    pub const ALL: [Self; 3] = [Self::Sha1, Self::Sha256, Self::Sha512];

    /// The name as URIs and flags spell it, in small letters: `sha1`, `sha256`, `sha512`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Sha1 => "sha1",
            Self::Sha256 => "sha256",
            Self::Sha512 => "sha512",
        }
    }

    /// The same hash as `totp-rs` names it.
    pub(crate) fn to_library(self) -> Algorithm {
        match self {
            Self::Sha1 => Algorithm::SHA1,
            Self::Sha256 => Algorithm::SHA256,
            Self::Sha512 => Algorithm::SHA512,
        }
    }
}

impl fmt::Display for HashAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for HashAlgorithm {
    type Err = ParamError;

    /// `sha1`, `sha256` or `sha512`, in any case (URIs write `SHA1`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|algorithm| algorithm.name().eq_ignore_ascii_case(text))
            .ok_or_else(|| ParamError::UnknownAlgorithm(text.to_owned()))
    }
}

/// The length of a code: RFC 4226 §5.3 allows 6 to 8; authenticator apps show 6 or 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Digits {
    #[default]
    /// 6 digits: the usual.
    Six,
    /// 8 digits.
    Eight,
}

impl Digits {
    /// The number of digits.
    pub fn count(self) -> u8 {
        match self {
            Self::Six => 6,
            Self::Eight => 8,
        }
    }
}

impl fmt::Display for Digits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.count())
    }
}

impl FromStr for Digits {
    type Err = ParamError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "6" => Ok(Self::Six),
            "8" => Ok(Self::Eight),
            _ => Err(ParamError::BadDigits(text.to_owned())),
        }
    }
}

/// Seconds in one time step (RFC 6238's X); never zero, since the step number divides by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period(NonZeroU64);

impl Period {
    /// 30 seconds, RFC 6238 §5.2's recommendation and every authenticator app's default.
    pub const DEFAULT: Self = Self(NonZeroU64::new(30).expect("30 is not zero"));

    /// A period of `seconds`, or `None` for zero.
    pub fn new(seconds: u64) -> Option<Self> {
        NonZeroU64::new(seconds).map(Self)
    }

    /// The period in seconds.
    pub fn seconds(self) -> u64 {
        self.0.get()
    }
}

impl Default for Period {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for Period {
    type Err = ParamError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || ParamError::BadPeriod(text.to_owned());
        // u64's parser takes a leading `+`; a period is written as plain digits.
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        text.parse().ok().and_then(Self::new).ok_or_else(bad)
    }
}

/// A parameter's text that is not one of its allowed values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    #[error("unknown algorithm {0:?}: use sha1, sha256 or sha512")]
    /// Not `sha1`, `sha256` or `sha512`; holds the text given.
    UnknownAlgorithm(String),
    #[error("digits must be 6 or 8, not {0:?}")]
    /// Not `6` or `8`; holds the text given.
    BadDigits(String),
    #[error("the period must be a whole number of seconds, at least 1, not {0:?}")]
    /// Not a whole number of seconds of at least 1; holds the text given.
    BadPeriod(String),
}
