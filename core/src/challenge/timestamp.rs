//! The clock a challenge is timed by: [`Instant`] inside one process, [`SystemTime`] where the
//! state is stored and read back by other processes or machines.

use std::time::{Duration, Instant, SystemTime};

/// A point in time that a challenge can be timed by. The library never reads a clock: the
/// caller passes `now` to every call, so the lifecycle is the same in a test, a terminal
/// program and a fleet of servers.
///
/// - [`Instant`] is monotonic, and right for state that lives in one process (the default).
/// - [`SystemTime`] can be stored, sent and compared on another machine, and is what a server
///   that keeps a challenge in its database uses. Its clock can be set back; a challenge
///   then only looks younger than it is, and expires by the time it was given.
pub trait Timestamp: Copy + Ord {
    /// The time `duration` after `self`. A time too far ahead to represent gives `self`, so a
    /// deadline that cannot be written down counts as already reached: a code never lives
    /// forever because of an overflow.
    fn after(self, duration: Duration) -> Self;

    /// How long after `earlier` this is, or zero if it is not after it.
    fn saturating_since(self, earlier: Self) -> Duration;
}

impl Timestamp for Instant {
    fn after(self, duration: Duration) -> Self {
        self.checked_add(duration).unwrap_or(self)
    }

    fn saturating_since(self, earlier: Self) -> Duration {
        self.saturating_duration_since(earlier)
    }
}

impl Timestamp for SystemTime {
    fn after(self, duration: Duration) -> Self {
        self.checked_add(duration).unwrap_or(self)
    }

    fn saturating_since(self, earlier: Self) -> Duration {
        self.duration_since(earlier).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_clocks_add_and_subtract_alike() {
        let instant = Instant::now();
        let later = instant.after(Duration::from_secs(5));
        assert_eq!(later.saturating_since(instant), Duration::from_secs(5));
        assert_eq!(instant.saturating_since(later), Duration::ZERO);

        let system = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let later = system.after(Duration::from_secs(5));
        assert_eq!(later.saturating_since(system), Duration::from_secs(5));
        assert_eq!(system.saturating_since(later), Duration::ZERO);
    }

    #[test]
    fn a_deadline_past_the_end_of_time_is_already_reached() {
        let now = SystemTime::UNIX_EPOCH;
        assert_eq!(now.after(Duration::MAX), now);
        let now = Instant::now();
        assert_eq!(now.after(Duration::MAX), now);
    }
}
