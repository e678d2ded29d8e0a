//! What reaches the app: a message for the screens, or what the runtime found carrying out an
//! effect. Both come through the one `update`.

use crate::clipboard::ClipboardReport;
use crate::config::{ConfigError, Profile, Saved};
use crate::kit::{Action, Msg};
use crate::screens::password::ProfileSave;

#[derive(Debug)]
pub enum AppMsg {
    /// A key, a paste, a tick or a resize.
    Msg(Msg),
    /// Where a copy or a clear of the clipboard went.
    Clipboard(ClipboardReport),
    /// The remembered options were written, or not.
    Remembered(Result<Saved, ConfigError>),
    /// A profile was written, or not.
    ProfileSaved(Box<ProfileSave>, Result<Saved, ConfigError>),
    /// The settings file's profiles as they are now, read again after a save.
    ProfilesRead(Vec<Profile>),
}

impl From<Msg> for AppMsg {
    fn from(msg: Msg) -> AppMsg {
        AppMsg::Msg(msg)
    }
}

impl From<Action> for AppMsg {
    fn from(action: Action) -> AppMsg {
        AppMsg::Msg(Msg::Do(action))
    }
}
