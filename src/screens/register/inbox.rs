//! The simulated phone's earlier messages, newest first, each marked with what became of it.

use std::collections::VecDeque;
use std::time::Instant;

use secrecy::SecretString;

use keysmith_core::{Challenge, ChallengeState};

/// What the phone keeps: enough to read back, not a log.
const KEPT: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Replaced,
    Used,
    Expired,
    Voided,
}

impl Fate {
    pub fn label(self) -> &'static str {
        match self {
            Fate::Replaced => "replaced",
            Fate::Used => "used",
            Fate::Expired => "expired",
            Fate::Voided => "void: too many wrong tries",
        }
    }
}

#[derive(Debug)]
pub struct Message {
    pub code: SecretString,
    pub fate: Fate,
}

#[derive(Debug, Default)]
pub struct Inbox {
    past: VecDeque<Message>,
}

impl Inbox {
    /// Keeps a code that is no longer the current one, as it stood at `now`.
    pub fn archive(&mut self, challenge: &Challenge, now: Instant) {
        let fate = match challenge.state(now) {
            ChallengeState::Live { .. } => Fate::Replaced,
            ChallengeState::Used => Fate::Used,
            ChallengeState::Voided => Fate::Voided,
            ChallengeState::Expired => Fate::Expired,
        };
        self.past.push_front(Message {
            code: challenge.code().clone(),
            fate,
        });
        self.past.truncate(KEPT);
    }

    /// Newest first.
    pub fn past(&self) -> impl Iterator<Item = &Message> {
        self.past.iter()
    }
}
