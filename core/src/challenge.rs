//! The life of a one-time code: sent, checked, used once, voided or expired.
//!
//! Rules from NIST SP 800-63B §5.1.3, OWASP ASVS 6.5 and RFC 4226 §7: a short life, a
//! small number of tries, one use, and a pause between sends. Time is passed in, never read.

use std::time::{Duration, Instant};

use rand::CryptoRng;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use super::otp::{OtpFormat, generate_code};

pub const MAX_WRONG_TRIES: u8 = 3;
pub const RESEND_COOLDOWN: Duration = Duration::from_secs(30);
pub const DEFAULT_TTL: Duration = Duration::from_secs(300);

/// The outcome of checking a typed code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Wrong {
        tries_left: u8,
    },
    /// Too many wrong tries: the code no longer works.
    Voided,
    Expired,
    AlreadyUsed,
    NoCodeSent,
    /// Not the format's length or alphabet; costs no try.
    Malformed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("wait {}s before sending a new code", self.seconds())]
pub struct Cooldown {
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
    Live { expires_in: Duration },
    Used,
    Voided,
    Expired,
}

/// One sent code.
#[derive(Debug)]
pub struct Challenge {
    code: SecretString,
    format: OtpFormat,
    expires_at: Instant,
    wrong_tries: u8,
    used: bool,
}

impl Challenge {
    pub fn code(&self) -> &SecretString {
        &self.code
    }

    pub fn format(&self) -> OtpFormat {
        self.format
    }

    pub fn state(&self, now: Instant) -> ChallengeState {
        if self.used {
            ChallengeState::Used
        } else if self.wrong_tries >= MAX_WRONG_TRIES {
            ChallengeState::Voided
        } else if now >= self.expires_at {
            ChallengeState::Expired
        } else {
            ChallengeState::Live {
                expires_in: self.expires_at - now,
            }
        }
    }

    /// Time left before expiry, or `None` once the code can no longer be used.
    pub fn expires_in(&self, now: Instant) -> Option<Duration> {
        match self.state(now) {
            ChallengeState::Live { expires_in } => Some(expires_in),
            _ => None,
        }
    }

    pub fn wrong_tries(&self) -> u8 {
        self.wrong_tries
    }

    fn check(&mut self, typed: &str, now: Instant) -> Verdict {
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

/// The typed code in the form the real one is held, if it has the format's length and alphabet.
fn normalized(format: OtpFormat, typed: &str) -> Option<zeroize::Zeroizing<String>> {
    let chars: Option<String> = typed.chars().map(|c| format.normalize(c)).collect();
    let chars = zeroize::Zeroizing::new(chars?);
    (chars.len() == format.code_len()).then_some(chars)
}

/// The sender side: at most one code at a time, sends spaced by the cooldown.
#[derive(Debug)]
pub struct OtpSession {
    ttl: Duration,
    current: Option<Challenge>,
    /// Kept apart from `current` so that clearing the form does not lift the cooldown.
    last_sent: Option<Instant>,
}

impl OtpSession {
    pub fn new(ttl: Duration) -> OtpSession {
        OtpSession {
            ttl,
            current: None,
            last_sent: None,
        }
    }

    pub fn current(&self) -> Option<&Challenge> {
        self.current.as_ref()
    }

    /// How long until another code may be sent; `None` when it may be sent now.
    pub fn cooldown(&self, now: Instant) -> Option<Duration> {
        let next = self.last_sent? + RESEND_COOLDOWN;
        (now < next).then(|| next - now)
    }

    /// Sends a new code, replacing (and wiping) the old one.
    pub fn send<R: CryptoRng + ?Sized>(
        &mut self,
        format: OtpFormat,
        now: Instant,
        rng: &mut R,
    ) -> Result<&Challenge, Cooldown> {
        if let Some(remaining) = self.cooldown(now) {
            return Err(Cooldown { remaining });
        }
        self.last_sent = Some(now);
        let challenge = self.current.insert(Challenge {
            code: generate_code(format, rng),
            format,
            expires_at: now + self.ttl,
            wrong_tries: 0,
            used: false,
        });
        Ok(challenge)
    }

    pub fn verify(&mut self, typed: &str, now: Instant) -> Verdict {
        match self.current.as_mut() {
            None => Verdict::NoCodeSent,
            Some(challenge) => challenge.check(typed, now),
        }
    }

    /// Forgets the code, as when the form is cleared.
    pub fn clear(&mut self) {
        self.current = None;
    }
}

#[cfg(test)]
mod tests;
