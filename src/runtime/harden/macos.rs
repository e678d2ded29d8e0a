//! macOS: no core file, and no debugger attaching later (`PT_DENY_ATTACH`, which also ends
//! the program if one is attached already, as macOS documents it).

use std::io;

/// `RLIMIT_CORE` 0 (soft and hard, so it cannot be raised again), then `PT_DENY_ATTACH`.
pub fn apply() -> io::Result<()> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    let none = Rlimit {
        current: Some(0),
        maximum: Some(0),
    };
    setrlimit(Resource::Core, none)?;
    // SAFETY: PT_DENY_ATTACH takes no pid, address or data; it only marks this process.
    let denied = unsafe { libc::ptrace(libc::PT_DENY_ATTACH, 0, std::ptr::null_mut(), 0) };
    if denied == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
