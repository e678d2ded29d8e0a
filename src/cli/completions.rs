//! `keysmith completions SHELL`: the shell's completion script, from the same clap
//! definitions as the parser, so it cannot fall out of step with the flags.

use std::io::{self, Write};

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_enum, ignore_case = true)]
    pub shell: Shell,
}

/// The script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "keysmith", &mut script);
    script
}

/// Writes the script; made in memory first, since clap_complete panics on a failed write
/// (a closed pipe) where keysmith ends quietly.
pub fn write(shell: Shell, out: &mut impl Write) -> io::Result<()> {
    out.write_all(&script(shell))
}
