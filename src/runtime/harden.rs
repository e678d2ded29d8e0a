//! Keeps the secrets in memory out of core files and away from same-user debuggers, as
//! KeePassXC does at start (`Bootstrap.cpp`). Linux only; elsewhere it does nothing.
//!
//! It does not stop root, nor a debugger attached before this runs.

use std::io;

/// `RLIMIT_CORE` 0 (soft and hard, so it cannot be raised again) and `PR_SET_DUMPABLE` 0,
/// which also makes `/proc/<pid>/mem` and ptrace refuse other processes of the same user.
#[cfg(target_os = "linux")]
pub fn apply() -> io::Result<()> {
    use rustix::process::{DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit};
    let none = Rlimit {
        current: Some(0),
        maximum: Some(0),
    };
    setrlimit(Resource::Core, none)?;
    set_dumpable_behavior(DumpableBehavior::NotDumpable)?;
    Ok(())
}

#[cfg(not(target_os = "linux"))]
pub fn apply() -> io::Result<()> {
    Ok(())
}
