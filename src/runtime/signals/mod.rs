//! The signals the TUI answers, each OS's own (`unix.rs`, `windows.rs`), handed to the loop
//! as one `Signal`, with the exit status each OS's shells expect after it.

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub use unix::{CAN_STOP, HUNG_UP, INTERRUPTED, Installed, TERMINATED, install, stop};

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use windows::{CAN_STOP, HUNG_UP, INTERRUPTED, Installed, TERMINATED, install, stop};

mod signal;
pub use signal::Signal;
