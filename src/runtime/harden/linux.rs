//! Linux: no core file, and no same-user debugger or reader of `/proc/<pid>/mem`.

use std::io;

/// `RLIMIT_CORE` 0 (soft and hard, so it cannot be raised again) and `PR_SET_DUMPABLE` 0,
/// which also makes `/proc/<pid>/mem` and ptrace refuse other processes of the same user.
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
