//! `--theme auto`: the terminal is asked for its background colour (OSC 11) before the first
//! frame, and what it says picks the dark or the light colours.

use std::time::Duration;

use crate::config::ThemeChoice;
use crate::kit::Background;

/// How long an answer is waited for. A terminal that does not know OSC 11 says so at once:
/// the query is followed by a device-attributes query (DA1) that terminals answer, and its
/// answer coming first means no colour is coming. So only a terminal that answers nothing at
/// all costs this wait, and an answer slower than it (a distant SSH host) gets the styles
/// that read on either background.
pub const TIMEOUT: Duration = Duration::from_millis(100);

/// The background to draw for.
pub fn resolve(choice: ThemeChoice, color: bool) -> Background {
    match choice {
        ThemeChoice::Dark => Background::Dark,
        ThemeChoice::Light => Background::Light,
        // Without colour the background changes nothing, so the terminal is not asked.
        ThemeChoice::Auto if !color => Background::Unknown,
        ThemeChoice::Auto => ask(),
    }
}

fn ask() -> Background {
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = TIMEOUT;
    match terminal_colorsaurus::background_color(options) {
        Ok(colour) if colour.perceived_lightness() > 0.5 => Background::Light,
        Ok(_) => Background::Dark,
        // No answer, or one that does not parse: nothing is known.
        Err(_) => Background::Unknown,
    }
}
