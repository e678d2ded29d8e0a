//! The real binary in a pseudo-terminal, for the end-to-end tests and the latency example:
//! the bytes a terminal sends for keys, and a PTY to run keysmith in.

// The end-to-end tests and the example each take the part they need.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::time::Instant;

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};

pub const TAB: &[u8] = b"\t";
pub const SHIFT_TAB: &[u8] = b"\x1b[Z";
pub const ENTER: &[u8] = b"\r";
pub const SPACE: &[u8] = b" ";
pub const RIGHT: &[u8] = b"\x1b[C";
pub const BACKSPACE: &[u8] = b"\x7f";
pub const F2: &[u8] = b"\x1bOQ";
pub const F3: &[u8] = b"\x1bOR";
pub const CTRL_Q: &[u8] = b"\x11";

pub fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// A PTY of `cols`×`rows`, its reader and writer taken, with nothing running in it yet.
pub struct Pty {
    pub master: Box<dyn MasterPty + Send>,
    pub reader: Box<dyn Read + Send>,
    pub writer: Box<dyn Write + Send>,
    pub slave: Box<dyn SlavePty + Send>,
}

impl Pty {
    pub fn open(cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a PTY");
        let reader = pair.master.try_clone_reader().expect("PTY reader");
        let writer = pair.master.take_writer().expect("PTY writer");
        Pty {
            master: pair.master,
            reader,
            writer,
            slave: pair.slave,
        }
    }
}

/// Runs `bin` on the PTY's slave side as in a colour terminal (`TERM=xterm-256color`, no
/// `NO_COLOR`); returns the child and the instant just before exec. Only the child keeps the
/// slave side, so the reader sees end-of-file when it exits.
pub fn spawn(
    slave: Box<dyn SlavePty + Send>,
    bin: &str,
) -> (Box<dyn Child + Send + Sync>, Instant) {
    let mut command = CommandBuilder::new(bin);
    command.env("TERM", "xterm-256color");
    command.env_remove("NO_COLOR");
    let start = Instant::now();
    let child = slave.spawn_command(command).expect("spawn keysmith");
    drop(slave);
    (child, start)
}
