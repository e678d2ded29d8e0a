//! The time, read once per message: the monotonic instant for countdowns and the wall clock
//! for authenticator codes (the monotonic clock stops while a laptop sleeps).

use std::time::Instant;

/// What time it is for one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub now: Instant,
    /// Seconds since the Unix epoch.
    pub unix: u64,
}
