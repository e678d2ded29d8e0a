//! The one door through which the tests and benches reach inside the program. Everything else
//! in this crate is private to the `keysmith` binary; `keysmith-core` is the library.

pub use crate::app::keys::{Context, HelpLine, help_lines, map_event};
pub use crate::app::view::qr::{needed_window, windows};
pub use crate::app::view::view;
pub use crate::app::{App, AppMsg, DialogAction, Effect, Global, HelpAction, Overlay};
pub use crate::cli::{Cli, Command};
pub use crate::clipboard::{
    ClipboardReport, NotPassed, SystemClear, SystemCopy, Terminal, TerminalClear, TmuxClear,
    TmuxCopy,
};
pub use crate::config::{
    Config, ConfigError, Location, Options, Profile, Remembered, Replace, Saved, SettingsFile,
    Startup, ThemeChoice,
};
pub use crate::kit::keys::{FieldKey, Nav};
pub use crate::kit::{
    Background, CharFilter, Clock, FocusKind, Input, Outcome, Palette, QrCard, Settings, Status,
    TextField, Tone,
};
pub use crate::screens::password::Action as PasswordAction;
pub use crate::screens::password::{
    Characters, Field as PasswordField, HOW_MANY, Note, ProfileSave, Saving, Several,
};
pub use crate::screens::register::Action as RegisterAction;
pub use crate::screens::register::Field as RegisterField;
pub use crate::screens::{Screen, ScreenAction};

/// Reading and finding the settings file.
pub mod config {
    pub use crate::config::{Loaded, MAX_BYTES, load, locate, profile_name};
}

/// The Register form's limits and the code field's filter.
pub mod register {
    pub use crate::screens::register::{CITY_LIMIT, NAME_LIMIT, PASSWORD_LIMIT, code_filter};
}
