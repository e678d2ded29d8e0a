//! Writing a file so that a crash at any moment leaves either the old one or the new one:
//! a temporary file in the same folder, written, flushed to the disk, renamed over the old
//! one, and the folder flushed too so the rename itself lasts. A new file is mode 0600:
//! settings are nobody else's business; one that replaces a file keeps its owner, group and
//! mode (`ownership`).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use super::ownership::{self, Kept};
use super::regular::Node;

/// The most links the kernel follows in one path (Linux's and macOS's limit); past it, the
/// kernel refuses, and so does the save, rather than turn a link in the middle into a file.
pub const MAX_LINKS: usize = 40;

/// Where writing `path` must go: through every symbolic link to the file it names, so a
/// settings file kept elsewhere (a dotfiles folder) stays a link, and each link of a chain
/// stays one.
pub fn target(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_owned();
    let mut followed = 0;
    while let Ok(link) = fs::read_link(&path) {
        if followed == MAX_LINKS {
            return Err(io::Error::other(format!(
                "more than {MAX_LINKS} symbolic links in a row, or a loop of them"
            )));
        }
        followed += 1;
        path = match path.parent() {
            Some(folder) if link.is_relative() => folder.join(link),
            _ => link,
        };
    }
    Ok(path)
}

/// Only a regular file is ever replaced: a device, a FIFO, a folder or a socket is left as
/// it is, whatever made the save think otherwise.
fn replaceable(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(meta) => match Node::of(meta.file_type()) {
            None => Ok(()),
            Some(node) => Err(io::Error::other(format!(
                "it is {node}, not a regular file, and is never replaced"
            ))),
        },
    }
}

/// The temporary files of this process are told apart by a counter.
static NEXT: AtomicU32 = AtomicU32::new(0);

/// Writes `contents` to `path` atomically, making its folder (mode 0700) if it is missing.
pub fn write(path: &Path, contents: &[u8]) -> io::Result<()> {
    let path = target(path)?;
    replaceable(&path)?;
    let kept = ownership::of(&path)?;
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_owned(),
        _ => PathBuf::from("."),
    };
    make_folder(&folder)?;
    let name = path
        .file_name()
        .map_or("config.toml".into(), |n| n.to_string_lossy());
    let temp = folder.join(format!(
        ".{name}.{}-{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let written = write_new(&temp, contents, kept).and_then(|()| fs::rename(&temp, &path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written?;
    sync_folder(&folder)?;
    sweep(&folder, &name);
    Ok(())
}

/// A temporary file older than this is a leftover of a process killed mid-save (a save
/// takes milliseconds), and is removed by the next save.
const STALE: Duration = Duration::from_secs(60);

fn sweep(folder: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let ours = file_name.starts_with(&prefix) && file_name.ends_with(".tmp");
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > STALE));
        if ours && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_new(temp: &Path, contents: &[u8], kept: Option<Kept>) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    file.write_all(contents)?;
    if let Some(kept) = kept {
        ownership::apply(&file, kept)?;
    }
    file.sync_all()
}

fn make_folder(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}
