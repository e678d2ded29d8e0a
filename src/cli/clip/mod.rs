//! `--clip`: a command's secret goes to the clipboard instead of stdout, and is cleared after
//! `--clipboard-clear` seconds if the clipboard still holds it. The copy is made and held by a
//! small process of its own (`holder`), so that the prompt comes back at once while X11 and
//! Wayland, where a copy lives only as long as its owner, still have one to paste.

mod holder;
mod spawn;
mod terminal;

use clap::Args;

pub use holder::hold_if_asked;
pub use spawn::deliver;

/// The flags of a command that can copy its secret.
#[derive(Debug, Clone, Args)]
pub struct ClipArgs {
    /// Copy the secret to the clipboard instead of printing it (one line on stderr says
    /// where it went); cleared after --clipboard-clear seconds if the clipboard still holds it.
    #[arg(long)]
    pub clip: bool,
    /// Seconds before the copy is cleared, up to 3600; 0 means never.
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 10,
        requires = "clip",
        value_parser = clap::value_parser!(u64).range(0..=3600)
    )]
    pub clipboard_clear: u64,
}
