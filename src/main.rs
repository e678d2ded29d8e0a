//! The `keysmith` binary: everything is in the crate's library half.

fn main() -> std::process::ExitCode {
    keysmith::run()
}
