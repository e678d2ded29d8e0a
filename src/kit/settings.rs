//! What the command line set for the session.

use std::time::Duration;

use keysmith_core::Delivery;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub otp_ttl: Duration,
    /// How the Register screen's code starts out being delivered.
    pub otp_format: Delivery,
    /// `None`: never clear the clipboard.
    pub clipboard_clear: Option<Duration>,
    pub color: bool,
    pub palette: Palette,
    pub background: Background,
}

/// The terminal's background, as far as keysmith knows it: the colours are chosen for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Background {
    Dark,
    Light,
    /// The terminal did not say (or was not asked): styles that read on either.
    #[default]
    Unknown,
}

/// Which colours the terminal shows: 24-bit where it says so (`COLORTERM`), else the 256.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    #[default]
    TrueColor,
    Indexed256,
}

impl Palette {
    /// From the value of `COLORTERM`.
    pub fn from_colorterm(colorterm: Option<&str>) -> Palette {
        match colorterm {
            Some("truecolor" | "24bit") => Palette::TrueColor,
            Some(_) | None => Palette::Indexed256,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            otp_ttl: keysmith_core::challenge::DEFAULT_TTL,
            otp_format: Delivery::default(),
            clipboard_clear: Some(Duration::from_secs(10)),
            color: true,
            palette: Palette::default(),
            background: Background::default(),
        }
    }
}
