//! What every screen builds on and no screen is named in: messages and replies, the status
//! line, text fields, focus, timers, key bindings, and the modals a screen may ask for.

mod char_filter;
pub mod clock;
pub mod edited;
pub mod field;
pub mod focus;
pub mod keys;
pub mod modal;
pub mod msg;
pub mod reply;
pub mod settings;
pub mod status;
pub mod timers;

pub use clock::Clock;
pub use edited::Edited;
pub use field::{CharFilter, TextField};
pub use focus::FocusKind;
pub use modal::{Dialog, Modal, Outcome, QrCard};
pub use msg::Input;
pub use reply::{HandOver, Reply};
pub use settings::{Background, Palette, Settings};
pub use status::{Status, Tone};
