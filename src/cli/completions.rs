//! `keysmith completions SHELL`: the shell's completion script, from the same clap
//! definitions as the parser, so it cannot fall out of step with the flags.

use std::io::{self, Write};

use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_parser = shell)]
    pub shell: Shell,
}

/// A shell keysmith writes completions for, in any case; any other is refused by name.
fn shell(name: &str) -> Result<Shell, String> {
    use clap::ValueEnum;
    Shell::from_str(name, true).map_err(|_| {
        format!(
            "keysmith has no completions for {}: it writes them for bash, zsh, fish, elvish and \
             powershell",
            name.escape_debug()
        )
    })
}

/// The script for `shell`, for the whole command line `keysmith`.
pub fn script(shell: Shell, mut keysmith: clap::Command) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut keysmith, "keysmith", &mut script);
    script
}

/// Writes the script; made in memory first, since clap_complete panics on a failed write
/// (a closed pipe) where keysmith ends quietly.
pub fn write(shell: Shell, keysmith: clap::Command, out: &mut impl Write) -> io::Result<()> {
    out.write_all(&script(shell, keysmith))
}
