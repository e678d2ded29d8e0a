//! The clipboard as the app sees it: the timer that clears it, and a status that says what
//! was done. The runtime does the copying; it reports back where the copy went
//! (`App::clipboard_report`), so the status never claims more than happened.

use std::time::{Duration, Instant};

use crate::clipboard::{self, ClipboardReport, Said, Seeing, SystemCopy, Terminal, Tone};
use crate::kit::{Status, timers};

/// The clipboard's timer and what the status says of it.
#[derive(Debug, Default)]
pub struct ClipboardTimer {
    clear_at: Option<Instant>,
    /// The copy's status while it counts down, to tell it from a status put there since.
    shown: Option<Shown>,
}

#[derive(Debug)]
struct Shown {
    said: Said,
    /// The text with the seconds left as last written.
    status: Status,
}

impl ClipboardTimer {
    /// A copy was asked for: a clear is due `after` from `now` (`None`: never).
    pub fn copying(&mut self, now: Instant, after: Option<Duration>) {
        self.clear_at = after.map(|after| now + after);
        self.shown = None;
    }

    /// The runtime's report; returns the status to show.
    pub fn report(&mut self, report: ClipboardReport, now: Instant) -> Status {
        match report {
            ClipboardReport::Copied { system, terminal } => self.copied(system, terminal, now),
            ClipboardReport::Cleared { system, terminal } => {
                self.shown = None;
                let said = clipboard::cleared(system, terminal);
                status(&said, said.text(None))
            }
        }
    }

    fn copied(&mut self, system: SystemCopy, terminal: Terminal, now: Instant) -> Status {
        let said = clipboard::copied(system, terminal, Seeing::Screen);
        if !clipboard::clearable(system, terminal) {
            // Nothing left that a clear could reach: no timer, and no claim of one.
            self.clear_at = None;
        }
        let status = status(&said, said.text(self.left(now)));
        if self.clear_at.is_some() {
            self.shown = Some(Shown {
                said,
                status: status.clone(),
            });
        }
        status
    }

    fn left(&self, now: Instant) -> Option<Duration> {
        self.clear_at.map(|at| at.saturating_duration_since(now))
    }

    /// Time has passed: `true` if the clear is due now. `status` is the app's status line: the
    /// countdown in it is brought up to date while it is still the copy's.
    pub fn tick(&mut self, now: Instant, status: &mut Option<Status>) -> bool {
        let Some(at) = self.clear_at else {
            return false;
        };
        if now >= at {
            self.clear_at = None;
            return true;
        }
        if let Some(shown) = &mut self.shown {
            if status.as_ref() == Some(&shown.status) {
                shown.status.text = shown.said.text(Some(at - now));
                *status = Some(shown.status.clone());
            } else {
                // Something else took the status line: stop counting there.
                self.shown = None;
            }
        }
        false
    }

    /// The program ends: `true` if a clear is still pending, which must be done first.
    pub fn ending(&mut self) -> bool {
        self.shown = None;
        self.clear_at.take().is_some()
    }

    /// When the app must wake for the clipboard: each whole second while the countdown shows,
    /// else when the clear is due; `None` without a timer.
    pub fn next_wakeup(&self, now: Instant, status: Option<&Status>) -> Option<Instant> {
        let at = self.clear_at?;
        match &self.shown {
            Some(shown) if status == Some(&shown.status) && at > now => {
                Some(timers::next_whole_second(now, at - now).min(at))
            }
            _ => Some(at),
        }
    }
}

fn status(said: &Said, text: String) -> Status {
    match said.tone {
        Tone::Done => Status::info(text),
        Tone::Trouble => Status::error(text),
    }
}
