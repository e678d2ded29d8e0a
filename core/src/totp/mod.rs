//! Time-based one-time codes (RFC 6238 over RFC 4226's HOTP), computed by `totp-rs`.
//!
//! - [`Enrolment`]: what a site does: make a secret, show it (URI, grouped base32), and check
//!   the codes an authenticator app then shows.
//! - [`TotpSource`] and [`TotpParams`]: what a client does: read a base32 secret or an
//!   `otpauth://` URI and compute the code at a given time.
//!
//! Time always comes in as seconds since the Unix epoch; nothing here reads the clock.

pub(crate) mod base32;
mod choices;
mod enrolment;
mod params;
pub(crate) mod uri;
pub(crate) mod uri_write;
mod values;
pub(crate) mod window;

#[cfg(test)]
mod tests;

use std::fmt;

use totp_rs::Secret;
use zeroize::Zeroizing;

pub use base32::Base32Error;
pub use choices::{Conflict, ParamChoices};
pub use enrolment::{
    CODE_LEN, Enrolment, ISSUER, LabelError, MAX_WRONG_TRIES, SECRET_BYTES, TotpVerdict,
};
pub use params::{TotpParams, code_at};
pub use uri::{CodeKind, UriError};
pub use values::{Digits, HashAlgorithm, ParamError, Period};

/// The fewest bits a secret should have, as RFC 4226 asks (it recommends 160). Shorter
/// ones still give codes, as the sites that hand out 80-bit secrets need, but are easier to
/// find by trying every one: callers warn of them ([`TotpSource::secret_bits`]).
pub const MIN_SECRET_BITS: usize = 128;

/// What a `--secret` or `--uri` text says: a secret, and the parameters it chose.
pub struct TotpSource {
    secret: Secret,
    choices: ParamChoices,
}

impl TotpSource {
    /// A base32 secret (spaces, dashes, case and trailing `=` padding ignored), with no parameters.
    pub fn from_base32(text: &str) -> Result<Self, Base32Error> {
        Ok(Self {
            secret: base32::decode(text)?,
            choices: ParamChoices::default(),
        })
    }

    /// An `otpauth://totp/…` URI: its secret and whichever parameters it gives.
    pub fn from_uri(text: &str) -> Result<Self, UriError> {
        let parsed = uri::parse(text)?;
        match parsed.kind {
            CodeKind::TimeBased => Ok(Self {
                secret: parsed.secret,
                choices: parsed.choices,
            }),
            CodeKind::CounterBased => Err(UriError::CounterBased),
        }
    }

    /// How many bits the secret has (8 a byte); under [`MIN_SECRET_BITS`] is weak.
    pub fn secret_bits(&self) -> usize {
        self.secret.as_bytes().len().saturating_mul(8)
    }

    /// The parameters the text chose; `None` where it left the default.
    pub fn choices(&self) -> ParamChoices {
        self.choices
    }

    /// An `otpauth://totp/` URI of this secret and its chosen parameters, labelled
    /// `issuer:account`: what a QR code of an existing secret holds.
    pub fn uri(&self, issuer: &str, account: &str) -> Result<Zeroizing<String>, LabelError> {
        let secret = Zeroizing::new(self.secret.to_base32());
        uri_write::write(
            CodeKind::TimeBased,
            &secret,
            self.choices,
            None,
            issuer,
            account,
        )
    }

    /// The parameters to compute with: the text's, then `flags` where the text said nothing;
    /// a flag that contradicts the text is an error.
    pub fn params(&self, flags: ParamChoices) -> Result<TotpParams, Conflict> {
        Ok(TotpParams::new(
            self.secret.as_bytes(),
            self.choices.merge(flags)?,
        ))
    }
}

impl fmt::Debug for TotpSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TotpSource")
            .field("secret", &"[redacted]")
            .field("choices", &self.choices)
            .finish()
    }
}
