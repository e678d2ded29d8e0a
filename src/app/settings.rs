//! What the command line set for the session.

use std::time::Duration;

use crate::secret::OtpFormat;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub otp_ttl: Duration,
    pub otp_format: OtpFormat,
    /// `None`: never clear the clipboard.
    pub clipboard_clear: Option<Duration>,
    pub color: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            otp_ttl: crate::secret::challenge::DEFAULT_TTL,
            otp_format: OtpFormat::default(),
            clipboard_clear: Some(Duration::from_secs(10)),
            color: true,
        }
    }
}
