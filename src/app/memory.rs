//! What the app knows of the settings file, and the save that waits until the changes stop.
//! The runtime reads and writes the file; the app only says what to write, and when.

use std::time::Instant;

use crate::config::{Debounce, Remembered, SettingsFile};

/// The remembering: what the file last was told, and a save waiting for the changes to stop.
#[derive(Debug)]
pub struct Memory {
    pub file: SettingsFile,
    last: Option<Remembered>,
    pending: Debounce<Remembered>,
}

impl Memory {
    pub fn new(file: SettingsFile) -> Memory {
        Memory {
            file,
            last: None,
            pending: Debounce::default(),
        }
    }

    /// The options as they are now: a save is due once they stop changing, if they differ
    /// from what was last saved and the file remembers. The first call only takes note.
    pub fn observe(&mut self, now_shown: Remembered, now: Instant) {
        if !matches!(self.file, SettingsFile::Remembering(_)) {
            return;
        }
        match &self.last {
            None => self.last = Some(now_shown),
            Some(last) if *last == now_shown => {}
            Some(_) => {
                self.last = Some(now_shown.clone());
                self.pending.changed(now_shown, now);
            }
        }
    }

    pub fn deadline(&self) -> Option<Instant> {
        self.pending.deadline()
    }

    /// The save that has fallen due.
    pub fn due(&mut self, now: Instant) -> Option<Remembered> {
        self.pending.due(now)
    }

    /// The save still waiting, at once: the program is ending.
    pub fn flush(&mut self) -> Option<Remembered> {
        self.pending.flush()
    }
}
