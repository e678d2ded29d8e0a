//! What a screen may ask to cover it with: a dialog to acknowledge, or a QR code to scan.

use zeroize::Zeroizing;

use keysmith_core::qr::QrMatrix;

/// A screen's request for something over it, until Enter or Esc.
#[derive(Debug, Clone)]
pub enum Modal {
    Dialog(Dialog),
    Qr(QrCard),
}

/// What a phone scans, and what a person types instead: both hold the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct QrCard {
    pub matrix: QrMatrix,
    /// The base32 secret in groups of four.
    pub secret_groups: Zeroizing<String>,
    pub account: String,
}

impl std::fmt::Debug for QrCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrCard")
            .field("account", &self.account)
            .finish_non_exhaustive()
    }
}

/// Whether a dialog brings good news or bad: its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
}

/// A titled message to acknowledge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub title: &'static str,
    pub outcome: Outcome,
    pub message: String,
}

impl Dialog {
    pub fn success(title: &'static str, message: String) -> Dialog {
        Dialog {
            title,
            outcome: Outcome::Success,
            message,
        }
    }

    pub fn denied(title: &'static str, message: &str) -> Dialog {
        Dialog {
            title,
            outcome: Outcome::Denied,
            message: message.to_string(),
        }
    }

    pub fn title(&self) -> &'static str {
        self.title
    }
}
