//! The simulated phone's earlier messages, newest first, each marked with what became of it.
//! A code that is no longer the current one is of no use to anyone: only its length is kept,
//! to show it masked, so the code itself is wiped as the challenge that held it goes.

use std::collections::VecDeque;
use std::time::Instant;

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
    /// The code's length, in characters.
    pub code_len: usize,
    pub fate: Fate,
}

impl Message {
    /// The code as the phone shows it now: masked.
    pub fn masked_code(&self) -> String {
        "•".repeat(self.code_len)
    }
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
            code_len: challenge.format().code_len(),
            fate,
        });
        self.past.truncate(KEPT);
    }

    /// Newest first.
    pub fn past(&self) -> impl Iterator<Item = &Message> {
        self.past.iter()
    }
}
