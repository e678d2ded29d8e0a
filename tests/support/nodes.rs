//! Special files made in a test's own folder: a private device node (the null device, 1:3,
//! or the always-full one, 1:7) and a FIFO, so no test ever touches the system's own.

use std::path::Path;

use rustix::fs::{CWD, FileType, Mode, makedev, mknodat};

/// The null device's numbers on Linux: reads are empty, writes vanish.
pub const NULL: (u32, u32) = (1, 3);
/// The full device's numbers on Linux: every write fails with "no space left".
pub const FULL: (u32, u32) = (1, 7);

/// Makes a character device at `path`; `false` (with a line saying the test is skipped)
/// where this process may not make one.
pub fn device(path: &Path, (major, minor): (u32, u32)) -> bool {
    let made = mknodat(
        CWD,
        path,
        FileType::CharacterDevice,
        Mode::from_raw_mode(0o666),
        makedev(major, minor),
    );
    if let Err(error) = made {
        eprintln!("skipped: cannot make a device node here ({error})");
        return false;
    }
    true
}

/// Makes a FIFO (named pipe) at `path`.
pub fn fifo(path: &Path) {
    mknodat(CWD, path, FileType::Fifo, Mode::from_raw_mode(0o600), 0).expect("make a FIFO");
}

/// Whether `path` itself (not what a link names) is a character device.
pub fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_char_device())
}
