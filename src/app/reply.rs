//! What a screen answers to a message: the one way screens change anything outside themselves.

use secrecy::SecretString;

use super::overlay::Overlay;
use super::status::Status;

#[derive(Debug)]
pub enum Reply {
    /// Nothing outside the screen changes; the status line stays as it is.
    Nothing,
    Status(Status),
    ClearStatus,
    /// Opens an overlay over the screen and clears the status line.
    Open(Overlay),
    /// Puts a secret in the clipboard; the app starts the timer that clears it.
    Copy(SecretString),
    /// Offers something to whichever screen takes it.
    HandOver(HandOver),
}

/// What one screen passes to another.
#[derive(Debug)]
pub enum HandOver {
    /// A generated password for a form's password field.
    Password(SecretString),
}
