//! `--clip`: a command's secret goes to the clipboard instead of stdout, and is cleared after
//! `--clipboard-clear` seconds if the clipboard still holds it. The copy is made and held by a
//! small process of its own (`holder`), so that the prompt comes back at once while X11 and
//! Wayland, where a copy lives only as long as its owner, still have one to paste.

mod flags;
mod holder;
mod spawn;
mod terminal;

pub use flags::ClipArgs;
pub use holder::hold_if_asked;
pub use spawn::deliver;
