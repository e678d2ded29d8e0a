//! How a time-based code is computed (RFC 6238): the hash, the number of digits and the
//! length of a time step, and the code itself, through `totp-rs`.

use std::fmt::{self, Write as _};
use std::num::NonZeroU64;
use std::str::FromStr;

use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::choices::ParamChoices;
use zeroize::Zeroizing;

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

    fn to_library(self) -> Algorithm {
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

/// A secret with everything needed to compute its codes.
#[derive(Clone)]
pub struct TotpParams {
    totp: Totp,
    digits: Digits,
    period: Period,
    algorithm: HashAlgorithm,
}

impl TotpParams {
    /// The secret's bytes are copied into `totp-rs`'s `Secret`, which wipes them when dropped.
    pub fn new(secret: &[u8], choices: ParamChoices) -> Self {
        let digits = choices.digits.unwrap_or_default();
        let period = choices.period.unwrap_or_default();
        let algorithm = choices.algorithm.unwrap_or_default();
        // Unchecked on purpose: RFC 4226 asks issuers for 128-bit secrets, but many sites still
        // hand out 80-bit ones, and a client must compute their codes all the same. The values
        // that could make it panic (digits ≥ 10, period 0) cannot be expressed by our types.
        let totp = Builder::new()
            .with_secret(Secret::from(secret))
            .with_algorithm(algorithm.to_library())
            .with_digits(digits.count())
            .with_step_duration(period.seconds())
            .build_noncompliant();
        Self {
            totp,
            digits,
            period,
            algorithm,
        }
    }

    /// The length of a code.
    pub fn digits(&self) -> Digits {
        self.digits
    }

    pub(super) fn secret(&self) -> &Secret {
        self.totp.secret()
    }

    /// The length of a time step.
    pub fn period(&self) -> Period {
        self.period
    }

    /// The HMAC hash.
    pub fn algorithm(&self) -> HashAlgorithm {
        self.algorithm
    }

    /// The RFC 6238 step number of a time: whole periods since the epoch.
    pub fn step_at(&self, unix_secs: u64) -> u64 {
        unix_secs / self.period.seconds()
    }

    /// The code for the time step that holds `unix_secs`, zero-padded.
    pub fn code_at(&self, unix_secs: u64) -> Zeroizing<String> {
        let mut code = Zeroizing::new(String::with_capacity(usize::from(Digits::Eight.count())));
        // Writing into a String cannot fail.
        let _ = write!(code, "{}", self.totp.generate(unix_secs));
        code
    }

    /// The code of step number `step`, or `None` for a step past the end of time (u64 seconds).
    pub fn code_of_step(&self, step: u64) -> Option<Zeroizing<String>> {
        step.checked_mul(self.period.seconds())
            .map(|start| self.code_at(start))
    }
}

impl fmt::Debug for TotpParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TotpParams")
            .field("secret", &"[redacted]")
            .field("digits", &self.digits)
            .field("period", &self.period)
            .field("algorithm", &self.algorithm)
            .finish()
    }
}

/// One code, for callers that hold the raw secret (the RFC's test vectors, for one).
pub fn code_at(
    secret: &[u8],
    unix_secs: u64,
    digits: Digits,
    period: Period,
    algorithm: HashAlgorithm,
) -> Zeroizing<String> {
    let choices = ParamChoices {
        digits: Some(digits),
        period: Some(period),
        algorithm: Some(algorithm),
    };
    TotpParams::new(secret, choices).code_at(unix_secs)
}
