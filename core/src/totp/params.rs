//! How a time-based code is computed (RFC 6238) from a secret and its parameters, through
//! `totp-rs`.

use std::fmt::{self, Write as _};

use totp_rs::{Builder, Secret, Totp};
use zeroize::Zeroizing;

use super::choices::ParamChoices;
use super::values::{Digits, HashAlgorithm, Period};
use super::window::last_match;

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

    /// Which step `code` belongs to, as an offset from the step that holds `unix_secs`,
    /// looking `window` steps either side (RFC 6238 §5.2's allowance for clock drift); `None`
    /// when no step of the window gives it. Every step of the window is computed and compared
    /// in constant time; where two steps give the same code, the nearer one (the later on a
    /// tie) is the answer.
    pub fn verify(&self, code: &str, unix_secs: u64, window: u32) -> Option<i64> {
        let current = self.step_at(unix_secs);
        let candidates = (0..=window).rev().flat_map(|distance| {
            let back = current.checked_sub(u64::from(distance));
            let ahead = current.checked_add(u64::from(distance));
            let offset = i64::from(distance);
            [(-offset, back), (offset, ahead)]
        });
        last_match(
            code,
            candidates.map(|(offset, step)| (offset, step.and_then(|s| self.code_of_step(s)))),
        )
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
