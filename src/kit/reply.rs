//! What a screen answers to a message: the one way screens change anything outside themselves.

use secrecy::SecretString;

use super::modal::Modal;
use super::status::Status;

/// `Own`: what only this screen asks of the app (nothing, for most screens).
#[derive(Debug)]
pub enum Reply<Own = std::convert::Infallible> {
    /// Nothing outside the screen changes; the status line stays as it is.
    Nothing,
    Status(Status),
    ClearStatus,
    /// Covers the screen with a modal and clears the status line.
    Open(Modal),
    /// Puts a secret in the clipboard; the app starts the timer that clears it.
    Copy(SecretString),
    /// Offers something to whichever screen takes it.
    HandOver(HandOver),
    /// A request of the screen's own kind.
    Own(Own),
}

impl<Own> Reply<Own> {
    /// The same reply, with the screen's own request wrapped as the app knows it.
    pub fn map_own<T>(self, wrap: impl FnOnce(Own) -> T) -> Reply<T> {
        match self {
            Reply::Nothing => Reply::Nothing,
            Reply::Status(status) => Reply::Status(status),
            Reply::ClearStatus => Reply::ClearStatus,
            Reply::Open(modal) => Reply::Open(modal),
            Reply::Copy(secret) => Reply::Copy(secret),
            Reply::HandOver(handover) => Reply::HandOver(handover),
            Reply::Own(own) => Reply::Own(wrap(own)),
        }
    }
}

/// What one screen passes to another.
#[derive(Debug)]
pub enum HandOver {
    /// A generated password for a form's password field.
    Password(SecretString),
}
