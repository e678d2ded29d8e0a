//! The terminal's output, held only until it is written, then wiped.

use std::io::{self, Write};

use zeroize::{Zeroize, Zeroizing};

/// Where the bytes go: the terminal itself, with no buffer of the standard library's between,
/// which would keep the last frame (and a password in it) after it was written.
#[cfg(unix)]
type Terminal = std::fs::File;
/// Windows writes through the standard library's console, whose buffer is its own.
#[cfg(not(unix))]
type Terminal = io::Stdout;

/// stdout for the full-screen program: a frame is gathered, written whole on `flush`, and the
/// buffer that held it wiped at once (and whenever it grows).
pub struct WipedStdout {
    pending: Zeroizing<Vec<u8>>,
    terminal: Terminal,
    flushing: Flushing,
}

/// Whether `flush` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flushing {
    Now,
    /// Until `release`: a frame whose drawing flushes more than once still goes out in one
    /// write, so the terminal never shows part of it.
    Held,
}

impl WipedStdout {
    pub fn new() -> io::Result<WipedStdout> {
        terminal().map(WipedStdout::to)
    }

    fn to(terminal: Terminal) -> WipedStdout {
        WipedStdout {
            pending: Zeroizing::new(Vec::new()),
            terminal,
            flushing: Flushing::Now,
        }
    }

    /// Keeps what is written, flushes included, until `release`.
    pub fn hold(&mut self) {
        self.flushing = Flushing::Held;
    }

    /// Writes what was held, and flushes as they come again.
    pub fn release(&mut self) -> io::Result<()> {
        self.flushing = Flushing::Now;
        self.flush()
    }
}

#[cfg(unix)]
fn terminal() -> io::Result<Terminal> {
    use std::os::fd::AsFd;
    let stdout = io::stdout();
    Ok(std::fs::File::from(stdout.as_fd().try_clone_to_owned()?))
}

#[cfg(not(unix))]
fn terminal() -> io::Result<Terminal> {
    Ok(io::stdout())
}

impl Write for WipedStdout {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        make_room(&mut self.pending, bytes.len());
        self.pending.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.flushing == Flushing::Held {
            return Ok(());
        }
        // What others wrote through the standard library's stdout goes first, in order.
        let written = io::stdout()
            .flush()
            .and_then(|()| self.terminal.write_all(&self.pending))
            .and_then(|()| self.terminal.flush());
        self.pending.zeroize();
        written
    }
}

/// Grows `buffer` to take `more` bytes by moving them to a larger one, wiping the old: a
/// `Vec` that grows by itself frees its old block as it was.
fn make_room(buffer: &mut Zeroizing<Vec<u8>>, more: usize) {
    let needed = buffer.len().saturating_add(more);
    if needed <= buffer.capacity() {
        return;
    }
    let mut larger = Zeroizing::new(Vec::with_capacity(needed.max(buffer.capacity() * 2)));
    larger.extend_from_slice(buffer);
    *buffer = larger;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growing_keeps_the_bytes_in_order() {
        let mut buffer = Zeroizing::new(Vec::new());
        for chunk in [&b"ab"[..], b"cdefgh", b"", b"i"] {
            make_room(&mut buffer, chunk.len());
            buffer.extend_from_slice(chunk);
        }
        assert_eq!(buffer.as_slice(), b"abcdefghi");
        let capacity = buffer.capacity();
        buffer.zeroize();
        assert!(buffer.is_empty());
        assert_eq!(buffer.capacity(), capacity, "kept for the next frame");
    }

    #[cfg(unix)]
    #[test]
    fn a_held_flush_waits_for_the_release() {
        let path = std::env::temp_dir().join(format!("keysmith-held-{}", std::process::id()));
        let file = std::fs::File::create(&path).expect("a file to write to");
        let mut out = WipedStdout::to(file);
        let written = || std::fs::read(&path).expect("the file");
        out.write_all(b"cells")
            .and_then(|()| out.flush())
            .expect("written");
        assert_eq!(written(), b"cells");
        out.hold();
        for part in [&b" frame"[..], b" cursor"] {
            out.write_all(part)
                .and_then(|()| out.flush())
                .expect("held");
        }
        assert_eq!(written(), b"cells", "nothing more until the release");
        out.release().expect("released");
        assert_eq!(written(), b"cells frame cursor");
        out.write_all(b"!")
            .and_then(|()| out.flush())
            .expect("written");
        assert_eq!(written(), b"cells frame cursor!", "flushes write again");
        drop(out);
        std::fs::remove_file(&path).expect("removed");
    }
}
