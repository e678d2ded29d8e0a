//! What reaches the app: an action of one of its contexts, time passing, or what the runtime
//! found carrying out an effect. All come through the one `update`.

use super::actions::{DialogAction, Global, HelpAction};
use crate::clipboard::ClipboardReport;
use crate::config::{ConfigError, Profile, Saved};
use crate::kit::Input;
use crate::kit::keys::{FieldKey, Nav};
use crate::screens::ScreenAction;
use crate::screens::password::ProfileSave;

#[derive(Debug)]
pub enum AppMsg {
    Global(Global),
    Help(HelpAction),
    Dialog(DialogAction),
    /// For the screen shown.
    Screen(Input<ScreenAction>),
    /// Time has passed: countdowns, the clipboard timer and the debounced save.
    Tick,
    /// The terminal's size, in columns and rows: what a page of help is.
    Resize(u16, u16),
    /// Where a copy or a clear of the clipboard went.
    Clipboard(ClipboardReport),
    /// The remembered options were written, or not.
    Remembered(Result<Saved, ConfigError>),
    /// A profile was written, or not.
    ProfileSaved(Box<ProfileSave>, Result<Saved, ConfigError>),
    /// The settings file's profiles as they are now, read again after a save.
    ProfilesRead(Vec<Profile>),
}

impl From<Global> for AppMsg {
    fn from(action: Global) -> AppMsg {
        AppMsg::Global(action)
    }
}

impl From<HelpAction> for AppMsg {
    fn from(action: HelpAction) -> AppMsg {
        AppMsg::Help(action)
    }
}

impl From<DialogAction> for AppMsg {
    fn from(action: DialogAction) -> AppMsg {
        AppMsg::Dialog(action)
    }
}

impl From<Input<ScreenAction>> for AppMsg {
    fn from(input: Input<ScreenAction>) -> AppMsg {
        AppMsg::Screen(input)
    }
}

impl From<Nav> for AppMsg {
    fn from(nav: Nav) -> AppMsg {
        AppMsg::Screen(Input::Nav(nav))
    }
}

impl From<FieldKey> for AppMsg {
    fn from(key: FieldKey) -> AppMsg {
        AppMsg::Screen(Input::Field(key))
    }
}

impl From<ScreenAction> for AppMsg {
    fn from(action: ScreenAction) -> AppMsg {
        AppMsg::Screen(Input::Do(action))
    }
}
