//! The flags `--clip` and `--clipboard-clear`, shared by every command that copies.

use clap::Args;

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
