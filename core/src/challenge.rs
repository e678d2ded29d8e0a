//! The life of a one-time code sent by text message or e-mail: sent, checked, used once,
//! voided or expired.
//!
//! A short life, a small number of tries, one use, and a pause between sends: what a code
//! that a person reads on one device and types on another needs so that it cannot be
//! guessed or reused. Time is passed in, never read; see [`Timestamp`] for which clock.
//!
//! A server that handles the send and the check in different requests keeps an
//! [`OtpSession<SystemTime>`](OtpSession) per sign-up in its own store (with the `serde`
//! feature it serialises like any value). The state holds the code, so it belongs on the
//! server side (a database row, a Redis key), never in a cookie or a token the client keeps;
//! and two checks of one session must not run on two copies at once (use the store's lock or
//! compare-and-set), or each copy would grant its own three tries.

mod timestamp;

use std::time::{Duration, Instant};

use rand::CryptoRng;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

pub use timestamp::Timestamp;

use super::otp::{OtpFormat, generate_code};

/// Wrong codes before a code is voided.
pub const MAX_WRONG_TRIES: u8 = 3;
/// The shortest time between two sends: a person cannot be flooded with messages, nor a
/// guesser given fresh codes to guess at.
pub const RESEND_COOLDOWN: Duration = Duration::from_secs(30);
/// How long a code lives unless the session says otherwise: five minutes.
pub const DEFAULT_TTL: Duration = Duration::from_secs(300);

/// The outcome of checking a typed code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The right code, in time, for the first time: the person is who they say.
    Accepted,
    /// Not the code; the code still works for `tries_left` more tries.
    Wrong {
        /// Tries before the code is voided, at least 1.
        tries_left: u8,
    },
    /// Too many wrong tries: the code no longer works.
    Voided,
    /// The code's life is over; a new one must be sent.
    Expired,
    /// The code was accepted once already; it never works twice.
    AlreadyUsed,
    /// No code has been sent (or it was cleared).
    NoCodeSent,
    /// Not the format's length or alphabet; costs no try.
    Malformed,
}

/// A send refused because the last one was too recent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("wait {}s before sending a new code", self.seconds())]
pub struct Cooldown {
    /// How long until a code may be sent.
    pub remaining: Duration,
}

impl Cooldown {
    /// Whole seconds left, rounded up: the one figure every message about the wait shows.
    pub fn seconds(&self) -> u64 {
        self.remaining.as_secs() + u64::from(self.remaining.subsec_nanos() > 0)
    }
}

/// Where a code is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengeState {
    /// It can still be typed, for this long.
    Live {
        /// Time left before it expires.
        expires_in: Duration,
    },
    /// It was accepted.
    Used,
    /// Too many wrong tries were made.
    Voided,
    /// Its life is over.
    Expired,
}

/// One sent code, timed by `T` ([`Instant`] unless said otherwise). The code is redacted in
/// `Debug` and wiped when the challenge is dropped or replaced.
#[derive(Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Challenge<T: Timestamp = Instant> {
    #[cfg_attr(feature = "serde", serde(serialize_with = "expose_code"))]
    code: SecretString,
    format: OtpFormat,
    expires_at: T,
    wrong_tries: u8,
    used: bool,
}

impl<T: Timestamp> Challenge<T> {
    /// The code to deliver (by text message, e-mail, …). Keep it a secret: expose it only to
    /// hand it to the delivery service.
    pub fn code(&self) -> &SecretString {
        &self.code
    }

    /// The format the code was drawn in.
    pub fn format(&self) -> OtpFormat {
        self.format
    }

    /// Where the code is in its life at `now`.
    pub fn state(&self, now: T) -> ChallengeState {
        if self.used {
            ChallengeState::Used
        } else if self.wrong_tries >= MAX_WRONG_TRIES {
            ChallengeState::Voided
        } else if now >= self.expires_at {
            ChallengeState::Expired
        } else {
            ChallengeState::Live {
                expires_in: self.expires_at.saturating_since(now),
            }
        }
    }

    /// Time left before expiry, or `None` once the code can no longer be used.
    pub fn expires_in(&self, now: T) -> Option<Duration> {
        match self.state(now) {
            ChallengeState::Live { expires_in } => Some(expires_in),
            _ => None,
        }
    }

    /// Wrong codes typed so far (malformed ones do not count).
    pub fn wrong_tries(&self) -> u8 {
        self.wrong_tries
    }

    fn check(&mut self, typed: &str, now: T) -> Verdict {
        match self.state(now) {
            ChallengeState::Used => return Verdict::AlreadyUsed,
            ChallengeState::Voided => return Verdict::Voided,
            ChallengeState::Expired => return Verdict::Expired,
            ChallengeState::Live { .. } => {}
        }
        let Some(typed) = normalized(self.format, typed) else {
            return Verdict::Malformed;
        };
        let matches: bool = typed
            .as_bytes()
            .ct_eq(self.code.expose_secret().as_bytes())
            .into();
        if matches {
            self.used = true;
            Verdict::Accepted
        } else {
            self.wrong_tries += 1;
            match MAX_WRONG_TRIES - self.wrong_tries {
                0 => Verdict::Voided,
                tries_left => Verdict::Wrong { tries_left },
            }
        }
    }
}

/// The code goes into the serialised state as plain text: the state is the server's own
/// record, and the code must survive the trip to be checked later.
#[cfg(feature = "serde")]
fn expose_code<S: serde::Serializer>(
    code: &SecretString,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.expose_secret())
}

/// The typed code in the form the real one is held, if it has the format's length and alphabet.
fn normalized(format: OtpFormat, typed: &str) -> Option<zeroize::Zeroizing<String>> {
    let chars: Option<String> = typed.chars().map(|c| format.normalize(c)).collect();
    let chars = zeroize::Zeroizing::new(chars?);
    (chars.len() == format.code_len()).then_some(chars)
}

/// The sender side of one person's sign-up: at most one code at a time, sends spaced by
/// [`RESEND_COOLDOWN`], each code living for the session's time to live.
///
/// Timed by `T`: [`Instant`] (the default) in one process, [`SystemTime`](std::time::SystemTime)
/// for state a server stores between requests.
#[derive(Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OtpSession<T: Timestamp = Instant> {
    ttl: Duration,
    current: Option<Challenge<T>>,
    /// Kept apart from `current` so that clearing the form does not lift the cooldown.
    last_sent: Option<T>,
}

impl<T: Timestamp> OtpSession<T> {
    /// A session whose codes live for `ttl` (see [`DEFAULT_TTL`]); no code is sent yet.
    pub fn new(ttl: Duration) -> OtpSession<T> {
        OtpSession {
            ttl,
            current: None,
            last_sent: None,
        }
    }

    /// The code sent last, whatever its state, unless none was sent or it was cleared.
    pub fn current(&self) -> Option<&Challenge<T>> {
        self.current.as_ref()
    }

    /// How long until another code may be sent; `None` when it may be sent now. The wait is
    /// [`RESEND_COOLDOWN`], or the time to live where that is shorter: once the code has
    /// expired, waiting for a new one would leave no way forward.
    pub fn cooldown(&self, now: T) -> Option<Duration> {
        let next = self.last_sent?.after(RESEND_COOLDOWN.min(self.ttl));
        (now < next).then(|| next.saturating_since(now))
    }

    /// Sends a new code, replacing (and wiping) the old one, unless the last send was less than
    /// [`RESEND_COOLDOWN`] ago.
    pub fn send<R: CryptoRng + ?Sized>(
        &mut self,
        format: OtpFormat,
        now: T,
        rng: &mut R,
    ) -> Result<&Challenge<T>, Cooldown> {
        if let Some(remaining) = self.cooldown(now) {
            return Err(Cooldown { remaining });
        }
        self.last_sent = Some(now);
        let challenge = self.current.insert(Challenge {
            code: generate_code(format, rng),
            format,
            expires_at: now.after(self.ttl),
            wrong_tries: 0,
            used: false,
        });
        Ok(challenge)
    }

    /// Checks a typed code at `now`, in constant time once its length and alphabet are
    /// checked. Alphanumeric codes are typed in any case.
    pub fn verify(&mut self, typed: &str, now: T) -> Verdict {
        match self.current.as_mut() {
            None => Verdict::NoCodeSent,
            Some(challenge) => challenge.check(typed, now),
        }
    }

    /// Forgets (and wipes) the code, as when the form is cleared. The cooldown still runs.
    pub fn clear(&mut self) {
        self.current = None;
    }
}

#[cfg(test)]
mod tests;

#[cfg(all(test, feature = "serde"))]
mod serde_tests;
