//! When the app needs a wake-up: the code countdown, the resend cooldown, the clipboard.

use std::time::{Duration, Instant};

use super::App;

/// The next moment something on screen or in the clipboard changes; `None` while idle.
pub fn next_wakeup(app: &App) -> Option<Instant> {
    let now = app.now;
    let otp = &app.register.otp;
    let countdown = otp
        .current()
        .and_then(|challenge| challenge.expires_in(now))
        .map(|left| next_whole_second(now, left));
    let cooldown = otp.cooldown(now).map(|left| next_whole_second(now, left));
    [countdown, cooldown, app.clipboard_clear_at]
        .into_iter()
        .flatten()
        .min()
}

/// When `left` next drops to a whole number of seconds: at most a second away, so a
/// countdown shown in seconds changes exactly when it should.
fn next_whole_second(now: Instant, left: Duration) -> Instant {
    match left.subsec_nanos() {
        0 => now + Duration::from_secs(1).min(left),
        nanos => now + Duration::from_nanos(u64::from(nanos)),
    }
}
