//! The terminal hanging up, as when its window is closed: keysmith ends as a SIGHUP ends it
//! (129), whether the SIGHUP reaches it (it leads its session) or not (the leader is a shell
//! that ignores SIGHUP and waits for it, as `strace` or a wrapper script may be). Not a
//! SIGABRT from reporting a failure on a stderr that is gone, and not end-of-file read in a
//! busy loop for as long as it lives.
//!
//! portable-pty's reader keeps its own copy of the master open, so the terminal is made here
//! with `openpty`, and hung up by closing the only master.

use std::fs::{self, File};
use std::io::{self, Read};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::support::pty::{CLIPBOARD_ENV, TIMEOUT, fresh_config};

/// A new terminal of 100×30: its master, and its slave for the child's stdio.
fn open_terminal() -> (File, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: 30,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: the two out-pointers are valid; no name or termios is asked for.
    let made = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(made, 0, "openpty: {}", io::Error::last_os_error());
    // Neither may leak into the child: a master it kept would never let the terminal hang up.
    for fd in [master, slave] {
        // SAFETY: sets a flag on a descriptor openpty just opened.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    // SAFETY: openpty just opened both; nothing else owns them.
    unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

/// Reads the master until what keysmith drew holds `text`.
fn wait_for(master: &mut File, text: &str) {
    // SAFETY: sets a flag on a descriptor this test owns.
    unsafe {
        let flags = libc::fcntl(std::os::fd::AsRawFd::as_raw_fd(master), libc::F_GETFL);
        libc::fcntl(
            std::os::fd::AsRawFd::as_raw_fd(master),
            libc::F_SETFL,
            flags | libc::O_NONBLOCK,
        );
    }
    let start = Instant::now();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(text) {
        assert!(start.elapsed() < TIMEOUT, "no {text:?} on the screen");
        match master.read(&mut buf) {
            Ok(n) if n > 0 => seen.extend_from_slice(&buf[..n]),
            Ok(_) => panic!("the terminal closed before {text:?}"),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                thread::sleep(Duration::from_millis(20))
            }
            Err(e) => panic!("reading the terminal: {e}"),
        }
    }
}

/// The binary `keysmith()` runs: `KEYSMITH_BIN` for an older build, to see the test fail.
fn keysmith_binary() -> std::ffi::OsString {
    std::env::var_os("KEYSMITH_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_keysmith").into())
}

/// Starts `command` in a session of its own on a new terminal, the terminal its controlling
/// one, and waits for keysmith's first screen; the child and the terminal's master.
fn start(mut command: Command) -> (Child, File) {
    let (mut master, slave) = open_terminal();
    command
        .env("TERM", "xterm-256color")
        .env("KEYSMITH_CONFIG", fresh_config())
        .env_remove("NO_COLOR")
        .stdin(Stdio::from(slave.try_clone().expect("a copy")))
        .stdout(Stdio::from(slave.try_clone().expect("a copy")))
        .stderr(Stdio::from(slave));
    for name in CLIPBOARD_ENV {
        command.env_remove(name);
    }
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = command.spawn().expect("it starts");
    // The parent's copies of the slave go with the command.
    drop(command);
    wait_for(&mut master, "Sign up");
    (child, master)
}

/// Closes the terminal and waits up to 10 s for `child` to end; its status, or `None` (it
/// is then killed, with its process group).
fn hang_up(mut child: Child, master: File) -> Option<ExitStatus> {
    drop(master);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Some(done) = child.try_wait().expect("the child's state") {
            return Some(done);
        }
        thread::sleep(Duration::from_millis(50));
    }
    let group = i32::try_from(child.id()).expect("a pid");
    // SAFETY: signals a process group this test started.
    unsafe { libc::kill(-group, libc::SIGKILL) };
    let _ = child.wait();
    None
}

#[test]
fn closing_its_terminal_ends_it_with_129() {
    let (child, master) = start(Command::new(keysmith_binary()));
    let ended = hang_up(child, master).expect("keysmith ended");
    // Before, its terminal library's drop reported the cursor it could not show with a
    // panic on the gone stderr, and keysmith died of SIGABRT.
    assert_eq!(ended.code(), Some(129), "{ended:?}");
}

#[test]
fn a_terminal_that_hangs_up_without_a_sighup_ends_it_with_129() {
    let folder = fresh_config().parent().expect("a folder").to_path_buf();
    fs::create_dir_all(&folder).expect("the folder");
    let status = folder.join("hang-up-status");
    let _ = fs::remove_file(&status);
    let mut shell = Command::new("sh");
    shell
        .args(["-c", "trap '' HUP; \"$0\"; echo $? > \"$1\""])
        .arg(keysmith_binary())
        .arg(&status);
    let (shell, master) = start(shell);
    assert!(
        hang_up(shell, master).is_some(),
        "keysmith still ran 10 s after its terminal hung up"
    );
    let code = fs::read_to_string(&status).expect("the shell wrote keysmith's status");
    assert_eq!(code.trim(), "129", "keysmith's exit status");
}
