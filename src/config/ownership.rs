//! A save renames a new file over the old one, and a new file belongs to whoever saves, with
//! the mode it was made with. So the old file's owner, group and mode are put on the new one
//! before the rename: `sudo keysmith` leaves the user's file theirs, and a 0644 file stays
//! 0644. A file that did not exist is made 0600: settings are nobody else's business.

use std::fs::File;
use std::io;
use std::path::Path;

/// What a save keeps of the file it replaces.
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    #[cfg(unix)]
    owner: u32,
    #[cfg(unix)]
    group: u32,
    #[cfg(unix)]
    mode: u32,
}

/// What the file at `path` (a regular file, links already followed) has that a save keeps;
/// `None` when there is no file yet.
pub fn of(path: &Path) -> io::Result<Option<Kept>> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok(Some(Kept {
            owner: meta.uid(),
            group: meta.gid(),
            // The permission bits alone: set-id bits have no place on a settings file.
            mode: meta.mode() & 0o777,
        }))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Ok(Some(Kept {}))
    }
}

/// Puts `kept` on `file`, the new file, before it takes the old one's place.
#[cfg(unix)]
pub fn apply(file: &File, kept: Kept) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
    let new = file.metadata()?;
    let mut mode = kept.mode;
    if (new.uid(), new.gid()) != (kept.owner, kept.group) {
        // Only root may give a file away; anyone may give it a group they are in. Where even
        // the group cannot be kept, its bits would let another group in: they are dropped,
        // so that the mode is never wider than it was.
        let owned = fchown(file, Some(kept.owner), Some(kept.group));
        if owned.is_err() && fchown(file, None, Some(kept.group)).is_err() {
            mode &= !0o070;
        }
    }
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
pub fn apply(_file: &File, _kept: Kept) -> io::Result<()> {
    Ok(())
}
