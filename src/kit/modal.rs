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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
}

/// The modal outcome of a login attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub outcome: Outcome,
    pub message: String,
}

impl Dialog {
    pub fn success(message: String) -> Dialog {
        Dialog {
            outcome: Outcome::Success,
            message,
        }
    }

    pub fn denied(message: &str) -> Dialog {
        Dialog {
            outcome: Outcome::Denied,
            message: message.to_string(),
        }
    }

    pub fn title(&self) -> &'static str {
        match self.outcome {
            Outcome::Success => "Login successful",
            Outcome::Denied => "Login denied",
        }
    }
}
