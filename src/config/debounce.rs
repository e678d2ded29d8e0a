//! Saving after the changes stop: a held key writes the file once, not once a press. Pure
//! (the time comes in), so the runtime asks `deadline` how long it may sleep and takes what is
//! `due`.

use std::time::{Duration, Instant};

/// How long after the last change the settings are saved.
pub const DEFAULT_DELAY: Duration = Duration::from_millis(500);

#[derive(Debug, Clone)]
pub struct Debounce<T> {
    delay: Duration,
    pending: Option<(T, Instant)>,
}

impl<T> Default for Debounce<T> {
    fn default() -> Self {
        Debounce::new(DEFAULT_DELAY)
    }
}

impl<T> Debounce<T> {
    pub fn new(delay: Duration) -> Self {
        Debounce {
            delay,
            pending: None,
        }
    }

    /// A new value: it replaces any pending one, and the wait starts again.
    pub fn changed(&mut self, value: T, now: Instant) {
        self.pending = Some((value, now + self.delay));
    }

    /// When the pending value falls due; `None` when nothing waits (sleep on input alone).
    pub fn deadline(&self) -> Option<Instant> {
        self.pending.as_ref().map(|(_, at)| *at)
    }

    /// The pending value, once its time has come.
    pub fn due(&mut self, now: Instant) -> Option<T> {
        match &self.pending {
            Some((_, at)) if *at <= now => self.pending.take().map(|(value, _)| value),
            Some(_) | None => None,
        }
    }

    /// The pending value now, whatever the time: on quit, so no change is lost.
    pub fn flush(&mut self) -> Option<T> {
        self.pending.take().map(|(value, _)| value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_changes_falls_due_once_after_the_last() {
        let start = Instant::now();
        let ms = Duration::from_millis;
        let mut debounce = Debounce::new(ms(500));
        assert_eq!(debounce.deadline(), None);
        for i in 0..10 {
            debounce.changed(i, start + ms(30 * i));
            assert_eq!(debounce.due(start + ms(30 * i)), None);
        }
        assert_eq!(debounce.deadline(), Some(start + ms(270 + 500)));
        assert_eq!(debounce.due(start + ms(769)), None);
        assert_eq!(debounce.due(start + ms(770)), Some(9));
        assert_eq!(debounce.due(start + ms(10_000)), None);
        debounce.changed(42, start);
        assert_eq!(debounce.flush(), Some(42));
        assert_eq!(debounce.deadline(), None);
    }
}
