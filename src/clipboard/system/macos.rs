//! macOS: the pasteboard is there in every session, over SSH too (where it is the Mac's, not
//! the user's, which is why the terminal's clipboard is used as well there).

use arboard::{Set, SetExtApple};

/// Whether a copy needs its owner to run: the pasteboard keeps a copy after its owner ends.
pub const NEEDS_OWNER: bool = false;

pub fn has_display() -> bool {
    true
}

/// `org.nspasteboard.ConcealedType`, which clipboard history apps leave out.
pub fn secret(set: Set<'_>) -> Set<'_> {
    set.exclude_from_history()
}
