//! The clipboard as the app sees it: the timer that clears it, and a status that says what
//! was done. The runtime does the copying; it reports back where the copy went
//! (`App::clipboard_report`), so the status never claims more than happened.

use std::time::{Duration, Instant};

use crate::clipboard::{ClipboardReport, SystemClear, SystemCopy, Terminal};
use crate::kit::{Status, timers};

const TMUX_KEEPS: &str = "tmux may keep it: tmux delete-buffer removes it";

/// The clipboard's timer and what the status says of it.
#[derive(Debug, Default)]
pub struct ClipboardTimer {
    clear_at: Option<Instant>,
    /// The copy's status while it counts down, to tell it from a status put there since.
    shown: Option<Shown>,
}

#[derive(Debug)]
struct Shown {
    what: &'static str,
    note: Option<&'static str>,
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
                cleared(system, terminal)
            }
        }
    }

    fn copied(&mut self, system: SystemCopy, terminal: Terminal, now: Instant) -> Status {
        let (what, note) = match (system, terminal) {
            (SystemCopy::Took, Terminal::NotSent) => ("Copied to the system clipboard", None),
            (SystemCopy::Took, Terminal::Sent) => (
                "Copied to the system clipboard and sent to the terminal (OSC 52)",
                None,
            ),
            (SystemCopy::Took, Terminal::SentToTmux) => (
                "Copied to the system clipboard and sent to tmux (OSC 52)",
                Some(TMUX_KEEPS),
            ),
            (SystemCopy::Missing | SystemCopy::Failed, Terminal::NotSent) => {
                self.clear_at = None;
                return Status::error("Nothing was copied: no clipboard could be reached");
            }
            (SystemCopy::Missing, Terminal::Sent) => (
                "Sent to the terminal (OSC 52); no system clipboard here",
                None,
            ),
            (SystemCopy::Failed, Terminal::Sent) => (
                "Sent to the terminal (OSC 52); the system clipboard failed",
                None,
            ),
            (SystemCopy::Missing, Terminal::SentToTmux) => {
                // Nothing left that a clear could reach: no timer, and no claim of one.
                self.clear_at = None;
                (
                    "Sent to tmux (OSC 52); no system clipboard here",
                    Some(TMUX_KEEPS),
                )
            }
            (SystemCopy::Failed, Terminal::SentToTmux) => {
                self.clear_at = None;
                (
                    "Sent to tmux (OSC 52); the system clipboard failed",
                    Some(TMUX_KEEPS),
                )
            }
        };
        let status = Status::info(countdown(what, self.left(now), note));
        if self.clear_at.is_some() {
            self.shown = Some(Shown {
                what,
                note,
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
                shown.status.text = countdown(shown.what, Some(at - now), shown.note);
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

/// `what`, with the whole seconds left (rounded up) while a clear is pending, then `note`.
fn countdown(what: &str, left: Option<Duration>, note: Option<&str>) -> String {
    let mut text = what.to_string();
    if let Some(left) = left {
        let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
        text += &format!(" — clears in {seconds} s");
    }
    if let Some(note) = note {
        text += "; ";
        text += note;
    }
    text
}

fn cleared(system: SystemClear, terminal: Terminal) -> Status {
    match (system, terminal) {
        (SystemClear::Cleared, Terminal::NotSent | Terminal::Sent) => {
            Status::info("Clipboard cleared")
        }
        (SystemClear::Cleared, Terminal::SentToTmux) => {
            Status::info(format!("System clipboard cleared; {TMUX_KEEPS}"))
        }
        (SystemClear::Replaced, _) => {
            Status::info("The clipboard holds a newer copy: left as it is")
        }
        (SystemClear::Failed, _) => Status::error("The system clipboard could not be cleared"),
        (SystemClear::NotUsed, Terminal::Sent) => Status::info("Clipboard cleared (OSC 52)"),
        (SystemClear::NotUsed, Terminal::SentToTmux) => Status::info(TMUX_KEEPS),
        (SystemClear::NotUsed, Terminal::NotSent) => Status::info("Nothing to clear"),
    }
}
