//! What only the runtime may do: the app's answer to a message, carried out outside the pure
//! loop.

use secrecy::SecretString;

use crate::config::Remembered;
use crate::screens::password::ProfileSave;

/// What only the runtime may do.
#[derive(Debug, Clone)]
pub enum Effect {
    Copy(SecretString),
    ClearClipboard,
    /// Write the remembered options and code format to the settings file.
    Remember(Remembered),
    SaveProfile(ProfileSave),
    Quit,
    Interrupt,
    Suspend,
}
