//! The terminal the command runs in, for OSC 52, whatever stdout and stderr are: the copy's
//! escape sequence must reach the terminal and never a file or a pipe.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};

/// The controlling terminal, or nothing to write to.
pub enum TerminalOut {
    Open(File),
    Missing,
}

impl TerminalOut {
    pub fn open() -> TerminalOut {
        #[cfg(windows)]
        const PATH: &str = "CONOUT$";
        #[cfg(not(windows))]
        const PATH: &str = "/dev/tty";
        match OpenOptions::new().read(true).write(true).open(PATH) {
            Ok(file) => TerminalOut::Open(file),
            Err(_) => TerminalOut::Missing,
        }
    }
}

impl Write for TerminalOut {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            TerminalOut::Open(file) => file.write(bytes),
            TerminalOut::Missing => Err(io::ErrorKind::NotConnected.into()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            TerminalOut::Open(file) => file.flush(),
            TerminalOut::Missing => Err(io::ErrorKind::NotConnected.into()),
        }
    }
}
