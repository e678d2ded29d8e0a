//! Counter-based one-time codes (RFC 4226 HOTP), on the same HMAC core as the time-based
//! ones: `totp-rs` with a step of one second turns a counter into its code.
//!
//! - [`HotpSource`]: read a base32 secret or an `otpauth://hotp/…?counter=` URI.
//! - [`HotpParams`]: compute the code of a counter, or find which counter of a look-ahead
//!   window gave a code ([`HotpParams::verify`], constant-time).
//!
//! ```
//! use keysmith_core::hotp::HotpSource;
//! use keysmith_core::totp::ParamChoices;
//!
//! // RFC 4226 Appendix D: the secret "12345678901234567890", counter 1.
//! let uri = "otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=1";
//! let source = HotpSource::from_uri(uri)?;
//! let params = source.params(ParamChoices::default())?;
//! assert_eq!(source.counter(), Some(1));
//! assert_eq!(params.code(1).as_str(), "287082");
//! // The app was pressed a few times more: "520489" is counter 9's code.
//! assert_eq!(params.verify("520489", 1, 10), Some(9));
//! assert_eq!(params.verify("520489", 1, 5), None);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(test)]
mod tests;

use std::fmt::{self, Write as _};

use totp_rs::{Builder, Secret, Totp};
use zeroize::Zeroizing;

use crate::totp::uri::{self, CodeKind};
use crate::totp::uri_write;
use crate::totp::window::last_match;
use crate::totp::{
    Base32Error, Conflict, Digits, HashAlgorithm, LabelError, ParamChoices, UriError,
};

/// What a `--secret` or `--uri` text says for counter-based codes: a secret, the parameters
/// it chose, and the URI's counter.
pub struct HotpSource {
    secret: Secret,
    choices: ParamChoices,
    counter: Option<u64>,
}

impl HotpSource {
    /// A base32 secret (spaces, case and trailing `=` padding ignored), with no parameters.
    pub fn from_base32(text: &str) -> Result<Self, Base32Error> {
        Ok(Self {
            secret: crate::totp::base32::decode(text)?,
            choices: ParamChoices::default(),
            counter: None,
        })
    }

    /// An `otpauth://hotp/…` URI: its secret, `digits`, `algorithm` and `counter`. A `period`
    /// means nothing to a counter and is ignored.
    pub fn from_uri(text: &str) -> Result<Self, UriError> {
        let parsed = uri::parse(text)?;
        match parsed.kind {
            CodeKind::CounterBased => Ok(Self {
                secret: parsed.secret,
                choices: ParamChoices {
                    period: None,
                    ..parsed.choices
                },
                counter: parsed.counter,
            }),
            CodeKind::TimeBased => Err(UriError::TimeBased),
        }
    }

    /// How many bits the secret has (8 a byte); under [`crate::totp::MIN_SECRET_BITS`] is weak.
    pub fn secret_bits(&self) -> usize {
        self.secret.as_bytes().len().saturating_mul(8)
    }

    /// The URI's `counter=`, or `None` for a bare secret or a URI without one.
    pub fn counter(&self) -> Option<u64> {
        self.counter
    }

    /// The parameters the text chose; `None` where it left the default (never a period).
    pub fn choices(&self) -> ParamChoices {
        self.choices
    }

    /// An `otpauth://hotp/` URI of this secret, its chosen parameters and `counter`, labelled
    /// `issuer:account`: what a QR code of an existing secret holds.
    pub fn uri(
        &self,
        issuer: &str,
        account: &str,
        counter: u64,
    ) -> Result<Zeroizing<String>, LabelError> {
        let secret = Zeroizing::new(self.secret.to_base32());
        uri_write::write(
            CodeKind::CounterBased,
            &secret,
            self.choices,
            Some(counter),
            issuer,
            account,
        )
    }

    /// The parameters to compute with: the text's, then `flags` where the text said nothing;
    /// a flag that contradicts the text is an error. A period in `flags` is ignored.
    pub fn params(&self, flags: ParamChoices) -> Result<HotpParams, Conflict> {
        let flags = ParamChoices {
            period: None,
            ..flags
        };
        let merged = self.choices.merge(flags)?;
        Ok(HotpParams::new(
            self.secret.as_bytes(),
            merged.digits.unwrap_or_default(),
            merged.algorithm.unwrap_or_default(),
        ))
    }
}

impl fmt::Debug for HotpSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HotpSource")
            .field("secret", &"[redacted]")
            .field("choices", &self.choices)
            .field("counter", &self.counter)
            .finish()
    }
}

/// A secret with what is needed to compute its counter codes.
#[derive(Clone)]
pub struct HotpParams {
    // A time-based generator with one-second steps: its "time" is the counter.
    totp: Totp,
    digits: Digits,
    algorithm: HashAlgorithm,
}

impl HotpParams {
    /// The secret's bytes are copied into `totp-rs`'s `Secret`, which wipes them when dropped.
    pub fn new(secret: &[u8], digits: Digits, algorithm: HashAlgorithm) -> Self {
        // Unchecked for the same reason as time-based codes: 80-bit secrets are still issued.
        let totp = Builder::new()
            .with_secret(Secret::from(secret))
            .with_algorithm(algorithm.to_library())
            .with_digits(digits.count())
            .with_step_duration(1)
            .build_noncompliant();
        Self {
            totp,
            digits,
            algorithm,
        }
    }

    /// The length of a code.
    pub fn digits(&self) -> Digits {
        self.digits
    }

    /// The HMAC hash.
    pub fn algorithm(&self) -> HashAlgorithm {
        self.algorithm
    }

    /// The code of `counter`, zero-padded (RFC 4226 §5.3).
    pub fn code(&self, counter: u64) -> Zeroizing<String> {
        let mut code = Zeroizing::new(String::with_capacity(usize::from(Digits::Eight.count())));
        // Writing into a String cannot fail.
        let _ = write!(code, "{}", self.totp.generate(counter));
        code
    }

    /// The counter that gave `code`, looking from `counter` up to `window` values ahead (RFC
    /// 4226 §7.4's look-ahead: the app may have been pressed without its code being used);
    /// `None` if none did. The server then stores the answer plus one as its next counter.
    /// Every counter of the window is computed and compared in constant time; where two give
    /// the same code, the lower one is the answer.
    pub fn verify(&self, code: &str, counter: u64, window: u32) -> Option<u64> {
        let candidates = (0..=window).rev().map(|ahead| {
            let value = counter.checked_add(u64::from(ahead));
            (i64::from(ahead), value.map(|value| self.code(value)))
        });
        let ahead = last_match(code, candidates)?;
        counter.checked_add(u64::try_from(ahead).ok()?)
    }
}

impl fmt::Debug for HotpParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HotpParams")
            .field("secret", &"[redacted]")
            .field("digits", &self.digits)
            .field("algorithm", &self.algorithm)
            .finish()
    }
}
