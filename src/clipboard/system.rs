//! The system clipboard through arboard: X11, and Wayland where the compositor has the
//! data-control protocol. On both, the owner of a copy serves it to whoever pastes, so the
//! one `arboard::Clipboard` lives as long as keysmith does.

use arboard::{Clipboard, Error, SetExtLinux};
use zeroize::Zeroizing;

use super::report::SystemCopy;

/// What the system clipboard holds now, against a text of ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    Ours,
    /// Something else, or nothing.
    Other,
    /// It could not be read.
    Unknown,
}

#[derive(Default)]
pub struct System {
    /// Made at the first copy and kept: dropping it would stop serving the copy.
    clipboard: Option<Clipboard>,
}

impl System {
    /// The clipboard, connecting to it the first time; `None` without a display.
    fn connect(&mut self) -> Option<&mut Clipboard> {
        if self.clipboard.is_none() && has_display() {
            self.clipboard = Clipboard::new().ok();
        }
        self.clipboard.as_mut()
    }

    /// Copies `text`, marked for clipboard managers as a secret not to keep
    /// (`x-kde-passwordManagerHint: secret`).
    pub fn copy(&mut self, text: &str) -> SystemCopy {
        let Some(clipboard) = self.connect() else {
            return SystemCopy::Missing;
        };
        match clipboard.set().exclude_from_history().text(text) {
            Ok(()) => SystemCopy::Took,
            Err(_) => SystemCopy::Failed,
        }
    }

    pub fn holds(&mut self, text: &str) -> Holds {
        let Some(clipboard) = self.clipboard.as_mut() else {
            return Holds::Unknown;
        };
        match clipboard.get_text().map(Zeroizing::new) {
            Ok(held) if held.as_str() == text => Holds::Ours,
            Ok(_) | Err(Error::ContentNotAvailable) => Holds::Other,
            Err(_) => Holds::Unknown,
        }
    }

    pub fn clear(&mut self) -> Result<(), Error> {
        match self.clipboard.as_mut() {
            Some(clipboard) => clipboard.clear(),
            None => Err(Error::ClipboardNotSupported),
        }
    }
}

/// Whether there is a display to ask: without one arboard can only fail.
fn has_display() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}
