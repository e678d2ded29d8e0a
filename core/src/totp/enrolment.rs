//! Enrolling an authenticator app: a fresh secret, the URI its QR code holds, and checking
//! the codes the app then shows (RFC 6238 §5.2: one step of skew either side, one use a step).

use std::fmt;

use rand::CryptoRng;
use subtle::{Choice, ConditionallySelectable, ConstantTimeEq};
use zeroize::Zeroizing;

use super::base32;
use super::choices::ParamChoices;
use super::params::TotpParams;
use super::uri::percent_encode;

#[cfg(feature = "serde")]
mod stored;

/// The issuer a keysmith enrolment names, in its label and its `issuer=` parameter.
pub const ISSUER: &str = "keysmith";
/// RFC 4226 §4 recommends 160 bits.
pub const SECRET_BYTES: usize = 20;
/// Wrong codes before the enrolment is voided, as for text-message codes.
pub const MAX_WRONG_TRIES: u8 = 3;
/// Authenticator apps' code length for the URI's defaults (SHA1, 6 digits, 30 s).
pub const CODE_LEN: usize = 6;

/// The outcome of checking a code typed from the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpVerdict {
    /// Right for the current step or one either side, and newer than any accepted before.
    Accepted,
    /// Not the code of any step in the window.
    Wrong {
        /// Tries before the enrolment is voided, at least 1.
        tries_left: u8,
    },
    /// Too many wrong tries: the enrolment no longer works and must be set up again.
    Voided,
    /// The right code for a step already used (or older than one used): refused, no try lost.
    Replayed,
    /// Not six ASCII digits; costs no try.
    Malformed,
}

/// A label that the Key URI Format cannot carry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LabelError {
    #[error("the account name is empty")]
    /// The account name is empty or blank.
    EmptyAccount,
    #[error("the issuer is empty")]
    /// The issuer is empty or blank.
    EmptyIssuer,
    // Authenticator apps split `issuer:account` at the first colon, encoded or not.
    #[error("the account name cannot contain ':' (authenticator apps read it as a separator)")]
    /// The account name holds a colon.
    ColonInAccount,
    #[error("the issuer cannot contain ':' (authenticator apps read it as a separator)")]
    /// The issuer holds a colon.
    ColonInIssuer,
}

/// One authenticator-app enrolment: its secret, its URI, and what it has accepted so far.
pub struct Enrolment {
    params: TotpParams,
    uri: Zeroizing<String>,
    issuer: String,
    account: String,
    last_accepted_step: Option<u64>,
    wrong_tries: u8,
}

impl Enrolment {
    /// A fresh 160-bit secret for `account`, issued by keysmith.
    pub fn new<R: CryptoRng + ?Sized>(rng: &mut R, account: &str) -> Result<Self, LabelError> {
        Self::with_issuer(rng, ISSUER, account)
    }

    /// A fresh 160-bit secret for `account`, issued by `issuer`.
    pub fn with_issuer<R: CryptoRng + ?Sized>(
        rng: &mut R,
        issuer: &str,
        account: &str,
    ) -> Result<Self, LabelError> {
        check_label(issuer, account)?;
        let mut secret = Zeroizing::new([0u8; SECRET_BYTES]);
        rng.fill_bytes(&mut secret[..]);
        Ok(Self::from_parts(&secret[..], issuer, account))
    }

    /// A new enrolment over a known secret and a checked label, with nothing accepted yet.
    fn from_parts(secret: &[u8], issuer: &str, account: &str) -> Self {
        let params = TotpParams::new(secret, ParamChoices::default());
        let uri = build_uri(&params, issuer, account);
        Self {
            params,
            uri,
            issuer: issuer.to_owned(),
            account: account.to_owned(),
            last_accepted_step: None,
            wrong_tries: 0,
        }
    }

    /// The account the enrolment was made for: the name in its label.
    pub fn account(&self) -> &str {
        &self.account
    }

    /// Who issued it: the label's prefix and the URI's `issuer=` parameter.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// The secret as base32 in groups of four (`GEZD GNBV …`), for typing by hand.
    pub fn secret_groups(&self) -> Zeroizing<String> {
        base32::grouped(self.params.secret())
    }

    /// `otpauth://totp/keysmith:<account>?secret=…&issuer=keysmith`: what the QR code holds.
    pub fn uri(&self) -> &str {
        &self.uri
    }

    /// The code the app shows at `now_unix_secs` (for tests and demonstrations).
    pub fn code_at(&self, now_unix_secs: u64) -> Zeroizing<String> {
        self.params.code_at(now_unix_secs)
    }

    /// Wrong codes since the last accepted one (malformed ones do not count).
    pub fn wrong_tries(&self) -> u8 {
        self.wrong_tries
    }

    /// Whether too many wrong codes were typed: the enrolment no longer accepts any, and must
    /// be made again.
    pub fn is_voided(&self) -> bool {
        self.wrong_tries >= MAX_WRONG_TRIES
    }

    /// Checks `code` at `now_unix_secs` (seconds since the epoch, read by the caller).
    pub fn verify(&mut self, code: &str, now_unix_secs: u64) -> TotpVerdict {
        if self.is_voided() {
            return TotpVerdict::Voided;
        }
        if code.len() != CODE_LEN || !code.bytes().all(|b| b.is_ascii_digit()) {
            return TotpVerdict::Malformed;
        }
        let current = self.params.step_at(now_unix_secs);
        let window = [
            current.checked_sub(1),
            Some(current),
            current.checked_add(1),
        ];
        // Every step of the window is computed and compared, whichever matches, so the time
        // taken says nothing of the code. Steps rise, so the latest match wins.
        let mut found = Choice::from(0);
        let mut matched_step = 0u64;
        for step in window.into_iter().flatten() {
            let Some(expected) = self.params.code_of_step(step) else {
                continue;
            };
            let equal = expected.as_bytes().ct_eq(code.as_bytes());
            matched_step.conditional_assign(&step, equal);
            found |= equal;
        }
        if !bool::from(found) {
            self.wrong_tries += 1;
            return match MAX_WRONG_TRIES - self.wrong_tries {
                0 => TotpVerdict::Voided,
                tries_left => TotpVerdict::Wrong { tries_left },
            };
        }
        if self
            .last_accepted_step
            .is_some_and(|last| matched_step <= last)
        {
            return TotpVerdict::Replayed;
        }
        self.last_accepted_step = Some(matched_step);
        // The person proved they hold the secret, so earlier slips no longer count.
        self.wrong_tries = 0;
        TotpVerdict::Accepted
    }
}

impl fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Enrolment")
            .field("secret", &"[redacted]")
            .field("issuer", &self.issuer)
            .field("account", &self.account)
            .field("last_accepted_step", &self.last_accepted_step)
            .field("wrong_tries", &self.wrong_tries)
            .finish()
    }
}

pub(super) fn check_label(issuer: &str, account: &str) -> Result<(), LabelError> {
    if account.trim().is_empty() {
        Err(LabelError::EmptyAccount)
    } else if issuer.trim().is_empty() {
        Err(LabelError::EmptyIssuer)
    } else if account.contains(':') {
        Err(LabelError::ColonInAccount)
    } else if issuer.contains(':') {
        Err(LabelError::ColonInIssuer)
    } else {
        Ok(())
    }
}

/// The URI in the shape `totp-rs`'s `to_url` gives for these defaults (tests compare them),
/// but written straight into a wiped buffer, sized so that it never moves.
fn build_uri(params: &TotpParams, issuer: &str, account: &str) -> Zeroizing<String> {
    let secret = Zeroizing::new(params.secret().to_base32());
    // Percent-encoding at most triples a byte.
    let capacity = 64 + secret.len() + 3 * (2 * issuer.len() + account.len());
    let mut uri = Zeroizing::new(String::with_capacity(capacity));
    uri.push_str("otpauth://totp/");
    percent_encode(issuer, &mut uri);
    uri.push(':');
    percent_encode(account, &mut uri);
    uri.push_str("?secret=");
    uri.push_str(&secret);
    uri.push_str("&issuer=");
    percent_encode(issuer, &mut uri);
    uri
}
