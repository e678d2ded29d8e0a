//! Windows and other systems: nothing a program can turn off for itself. On Windows the
//! crash dumps are the machine's policy (Windows Error Reporting), and a process of the same
//! user may read this one's memory.

use std::io;

pub fn apply() -> io::Result<()> {
    Ok(())
}
