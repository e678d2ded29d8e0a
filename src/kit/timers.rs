//! Wake-ups for countdowns shown in whole seconds.

use std::time::{Duration, Instant};

/// When `left` next drops to a whole number of seconds: at most a second away, so a
/// countdown shown in seconds changes exactly when it should.
pub fn next_whole_second(now: Instant, left: Duration) -> Instant {
    match left.subsec_nanos() {
        0 => now + Duration::from_secs(1).min(left),
        nanos => now + Duration::from_nanos(u64::from(nanos)),
    }
}
