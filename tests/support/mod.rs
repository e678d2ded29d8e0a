//! What the tests and benches share: one driver of the state machine, the promised
//! alphabets and messages, drawing into a test terminal, the pieces of a PTY, one way to
//! run the binary as a script command, and special files (devices, FIFOs) of a test's own.

// Each test file and bench takes the part it needs.
#![allow(dead_code)]

pub mod cli;
pub mod driver;
pub mod keys;
#[cfg(target_os = "linux")]
pub mod memory;
#[cfg(target_os = "linux")]
pub mod nodes;
pub mod pty;
pub mod screen;
pub mod spec;
#[cfg(target_os = "linux")]
pub mod x11;

// Not every test file drives the app.
#[allow(unused_imports)]
pub use driver::Driver;

/// A user who signs up in the flows.
pub const NAME: &str = "Ada";
pub const CITY: &str = "Lisbon";
/// Random enough for zxcvbn, and with no run of three characters that the screens print.
pub const STRONG: &str = "Vq8#mZ2!rTk9wL";

/// A code of the same format that is not `code`: every character changed.
pub fn wrong_code(code: &str) -> String {
    code.chars()
        .map(|c| match c {
            '2' => '3',
            _ => '2',
        })
        .collect()
}
