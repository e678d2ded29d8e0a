//! X11 and Wayland (Linux and the BSDs): a clipboard only where a display server runs.

use arboard::{Set, SetExtLinux};

/// Whether a copy needs its owner to run: the owner serves it to whoever pastes, so it lives
/// as long as its owner.
pub const NEEDS_OWNER: bool = true;

/// Whether there is a display to ask: without one arboard can only fail.
pub fn has_display() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// `x-kde-passwordManagerHint: secret`, which KDE's and other clipboard managers honour.
pub fn secret(set: Set<'_>) -> Set<'_> {
    set.exclude_from_history()
}
