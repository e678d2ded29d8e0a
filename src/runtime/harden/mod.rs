//! Keeps the secrets in memory out of core files and away from same-user debuggers, as
//! KeePassXC does at start (`Bootstrap.cpp`), with what each OS offers (`linux.rs`,
//! `macos.rs`); Windows and other systems offer a program nothing of the kind, and there
//! it does nothing (the README says what that leaves open).
//!
//! It does not stop root (or an administrator), nor a debugger attached before this runs.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::apply;

#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
pub use macos::apply;

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
mod none;
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
pub use none::apply;
