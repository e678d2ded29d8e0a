use std::process::ExitCode;

use clap::Parser;
use keysmith::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(command),
        None => {
            println!("keysmith: the full-screen program is not built yet; try `keysmith password`.");
            ExitCode::SUCCESS
        }
    }
}
