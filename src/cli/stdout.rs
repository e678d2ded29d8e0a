//! Whether stdout can take any output at all, asked before a command writes.
//!
//! Two ways it cannot would otherwise pass for success. A stdout closed when the program
//! starts (`>&-`) is replaced by the null device by the standard library's start-up, so
//! every write "succeeds"; it is seen by a check that runs before that start-up. And the
//! standard library's stdout takes a write refused as a bad descriptor (a stdout opened
//! only for reading) as done; it is seen by asking the system how stdout is open.
//! A full disk and a closed pipe are seen as they happen, by the writes themselves.

use std::io;

/// Why stdout cannot be written, if it cannot.
pub fn unwritable() -> Option<io::Error> {
    let bad = || io::Error::from_raw_os_error(libc::EBADF);
    if start::closed() {
        return Some(bad());
    }
    // SAFETY: fcntl on a descriptor number reads no memory; a closed one is an error.
    let flags = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL) };
    if flags == -1 {
        return Some(io::Error::last_os_error());
    }
    let access = flags & libc::O_ACCMODE;
    (access == libc::O_RDONLY || path_only(flags)).then(bad)
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn path_only(flags: libc::c_int) -> bool {
    flags & libc::O_PATH != 0
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn path_only(_flags: libc::c_int) -> bool {
    false
}

/// What stdout was before the standard library's start-up.
mod start {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CLOSED: AtomicBool = AtomicBool::new(false);

    /// Whether stdout was closed when the program started.
    pub fn closed() -> bool {
        CLOSED.load(Ordering::Relaxed)
    }

    /// Looks whether stdout is open. The binary has the loader run this first, among the
    /// executable's initialisers (a library's could be left out by the linker).
    pub extern "C" fn look() {
        // SAFETY: fcntl on a descriptor number reads no memory; a closed one is EBADF.
        let closed = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1;
        CLOSED.store(closed, Ordering::Relaxed);
    }
}

pub use start::look as look_at_start;
