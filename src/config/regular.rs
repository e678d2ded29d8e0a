//! Opening a file to read it only when it is a regular file, and never waiting to open it.
//!
//! A FIFO would hold `open` until some writer came, which may be never; a device reads as
//! whatever it gives (a null device as an empty file, a zero device without end); a folder
//! or a socket is no text at all. Each of these is refused by its kind instead, before it
//! is opened, and checked again on what was opened, since the path may have changed between.

use std::fmt;
use std::fs::{self, File, FileType, OpenOptions};
use std::io;
use std::path::Path;

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    Folder,
    CharDevice,
    BlockDevice,
    Fifo,
    Socket,
    /// A kind this system has and the others do not.
    Other,
}

impl Node {
    /// The kind of a file that is not a regular one; `None` for a regular file.
    pub fn of(kind: FileType) -> Option<Node> {
        if kind.is_file() {
            return None;
        }
        if kind.is_dir() {
            return Some(Node::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let special = [
                (kind.is_char_device(), Node::CharDevice),
                (kind.is_block_device(), Node::BlockDevice),
                (kind.is_fifo(), Node::Fifo),
                (kind.is_socket(), Node::Socket),
            ];
            if let Some((_, node)) = special.into_iter().find(|(is, _)| *is) {
                return Some(node);
            }
        }
        Some(Node::Other)
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Node::Folder => "a folder",
            Node::CharDevice => "a character device",
            Node::BlockDevice => "a block device",
            Node::Fifo => "a FIFO (named pipe)",
            Node::Socket => "a socket",
            Node::Other => "a special file",
        })
    }
}

/// Why a file was not opened.
#[derive(Debug)]
pub enum Unopened {
    /// The system said no: missing, not permitted, a loop of links.
    Io(io::Error),
    /// Something is there, but not a regular file.
    NotRegular(Node),
}

impl fmt::Display for Unopened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unopened::Io(error) => write!(f, "{error}"),
            Unopened::NotRegular(node) => write!(f, "it is {node}, not a regular file"),
        }
    }
}

/// Opens `path` (through its links) for reading, if it is a regular file.
pub fn open(path: &Path) -> Result<File, Unopened> {
    let kind = |meta: fs::Metadata| match Node::of(meta.file_type()) {
        Some(node) => Err(Unopened::NotRegular(node)),
        None => Ok(()),
    };
    // Looked at first, so a device is never opened: opening some has effects of its own.
    kind(fs::metadata(path).map_err(Unopened::Io)?)?;
    let file = reading().open(path).map_err(Unopened::Io)?;
    kind(file.metadata().map_err(Unopened::Io)?)?;
    Ok(file)
}

/// Reading, without waiting for a FIFO's writer and without taking a terminal as the
/// controlling one, should the path have become either since it was looked at.
#[cfg(unix)]
fn reading() -> OpenOptions {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = OpenOptions::new();
    let flags = OFlags::NONBLOCK | OFlags::NOCTTY;
    options
        .read(true)
        .custom_flags(flags.bits() as std::ffi::c_int);
    options
}

#[cfg(not(unix))]
fn reading() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.read(true);
    options
}
