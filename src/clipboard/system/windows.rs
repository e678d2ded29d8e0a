//! Windows: the clipboard is there in every session.

use arboard::{Set, SetExtWindows};

/// Whether a copy needs its owner to run: the clipboard keeps a copy after its owner ends.
pub const NEEDS_OWNER: bool = false;

pub fn has_display() -> bool {
    true
}

/// `ExcludeClipboardContentFromMonitorProcessing`: kept out of the clipboard history, the
/// cloud clipboard and clipboard monitors, as password managers mark theirs.
pub fn secret(set: Set<'_>) -> Set<'_> {
    set.exclude_from_monitoring()
}
