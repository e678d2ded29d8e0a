//! Shared drawing: the theme, and the widgets every screen and the app's chrome draw with.
//! No mutation, no I/O, no clock or RNG.

pub mod layout;
pub mod theme;
pub mod widgets;

use std::time::Instant;

use theme::Theme;

/// What a screen's view may read besides its own state.
#[derive(Debug, Clone, Copy)]
pub struct ViewContext {
    pub theme: Theme,
    /// The time of the last update, for countdowns.
    pub now: Instant,
    /// An overlay covers the screen, so no field shows focus.
    pub covered: bool,
}
