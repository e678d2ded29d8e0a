//! The system clipboard through arboard: X11, and Wayland where the compositor has the
//! data-control protocol; macOS's pasteboard; Windows' clipboard. On X11 and Wayland the owner
//! of a copy serves it to whoever pastes, so the one `arboard::Clipboard` lives as long as
//! keysmith does. What differs by OS is in `system/` (`os`).

use arboard::{Clipboard, Error};
use zeroize::Zeroizing;

use super::report::SystemCopy;

#[cfg_attr(target_os = "macos", path = "system/macos.rs")]
#[cfg_attr(windows, path = "system/windows.rs")]
#[cfg_attr(not(any(target_os = "macos", windows)), path = "system/x11_wayland.rs")]
mod os;

pub use os::NEEDS_OWNER;

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
        if self.clipboard.is_none() && os::has_display() {
            self.clipboard = Clipboard::new().ok();
        }
        self.clipboard.as_mut()
    }

    /// Copies `text`, marked for clipboard managers and histories as a secret not to keep
    /// (each OS's mark: see `os::secret`).
    pub fn copy(&mut self, text: &str) -> SystemCopy {
        let Some(clipboard) = self.connect() else {
            return SystemCopy::Missing;
        };
        match os::secret(clipboard.set()).text(text) {
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
