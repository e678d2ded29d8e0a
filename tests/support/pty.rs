//! The real binary in a pseudo-terminal, for the end-to-end tests and the latency example:
//! the bytes a terminal sends for keys, and a PTY to run keysmith in.

// The end-to-end tests and the example each take the part they need.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::time::Instant;

use portable_pty::{
    Child, CommandBuilder, ExitStatus, MasterPty, PtySize, SlavePty, native_pty_system,
};

// Beside this file; the latency example takes this file alone, and this with it.
#[path = "answers.rs"]
pub mod answers;

use answers::{Answerer, Answers};

pub const TAB: &[u8] = b"\t";
pub const SHIFT_TAB: &[u8] = b"\x1b[Z";
pub const ENTER: &[u8] = b"\r";
pub const SPACE: &[u8] = b" ";
pub const RIGHT: &[u8] = b"\x1b[C";
pub const BACKSPACE: &[u8] = b"\x7f";
pub const F2: &[u8] = b"\x1bOQ";
pub const F3: &[u8] = b"\x1bOR";
pub const CTRL_Q: &[u8] = b"\x11";

/// A settings file path no run has used: in a folder of this process's, numbered.
pub fn fresh_config() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir()
        .join(format!("keysmith-pty-{}", std::process::id()))
        .join(format!("config-{n}.toml"))
}

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

/// Runs `bin` with `args` on the PTY's slave side as in a colour terminal
/// (`TERM=xterm-256color`, no `NO_COLOR`), with the settings file `KEYSMITH_CONFIG` names or a
/// new one; returns the child and the instant just before exec. Only the child keeps the slave
/// side, so the reader sees end-of-file when it exits.
pub fn spawn(
    slave: Box<dyn SlavePty + Send>,
    bin: &str,
    args: &[&str],
) -> (Box<dyn Child + Send + Sync>, Instant) {
    let mut command = CommandBuilder::new(bin);
    command.args(args);
    command.env("TERM", "xterm-256color");
    command.env_remove("NO_COLOR");
    // The settings file the caller names, as the program would take it; else a new one.
    let config = std::env::var_os("KEYSMITH_CONFIG").map_or_else(fresh_config, Into::into);
    command.env("KEYSMITH_CONFIG", config);
    let start = Instant::now();
    let child = slave.spawn_command(command).expect("spawn keysmith");
    drop(slave);
    (child, start)
}

// ---------------------------------------------------------------------------------------------
// A running program in a PTY, with its raw output kept: for the exit, suspend, hardening and
// clipboard tests.
// ---------------------------------------------------------------------------------------------

use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const CTRL_C: &[u8] = b"\x03";
pub const CTRL_Z: &[u8] = b"\x1a";

/// How long any one wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// How often a wait looks again.
pub const POLL: Duration = Duration::from_millis(20);

/// What the reader thread shares with the test.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
    eof: bool,
}

/// A program in a PTY of its own, killed on drop if it still runs.
pub struct Term {
    output: Arc<Mutex<Output>>,
    master: Box<dyn MasterPty + Send>,
    /// Shared with the reader thread, which answers the program's queries.
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    pub child: Box<dyn Child + Send + Sync>,
}

/// `keysmith` with `args`, as `spawn` runs it (`TERM=xterm-256color`, no `NO_COLOR`), with
/// no display, SSH or tmux in its environment: each test adds what it needs. `KEYSMITH_BIN`
/// runs another build instead (an older one, to see a test fail there).
pub fn keysmith(args: &[&str]) -> CommandBuilder {
    let bin = std::env::var_os("KEYSMITH_BIN").or_else(|| {
        // Examples share this file and have no binary path: they never call this.
        option_env!("CARGO_BIN_EXE_keysmith").map(Into::into)
    });
    let Some(bin) = bin else {
        panic!("only tests that cargo builds with the binary run keysmith");
    };
    let mut command = CommandBuilder::new(bin);
    command.args(args);
    plain_env(&mut command);
    command
}

/// What the environment could carry in that would change where a copy goes.
pub const CLIPBOARD_ENV: [&str; 5] = [
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "SSH_CONNECTION",
    "SSH_TTY",
    "TMUX",
];

/// `keysmith`'s environment in `keysmith()`, for a command that runs it through another.
pub fn plain_env(command: &mut CommandBuilder) {
    command.env("TERM", "xterm-256color");
    // Never the user's own settings file, and never one another test wrote: what one run
    // remembers must not change what the next one shows. `--config` still wins.
    command.env("KEYSMITH_CONFIG", fresh_config());
    command.env_remove("NO_COLOR");
    for name in CLIPBOARD_ENV {
        command.env_remove(name);
    }
}

/// The visible rows of `screen`, as text.
pub fn screen_rows(screen: &vt100::Screen) -> Vec<String> {
    let (_, cols) = screen.size();
    screen.rows(0, cols).collect()
}

impl Term {
    pub fn spawn(command: CommandBuilder, cols: u16, rows: u16) -> Term {
        Term::spawn_with_scrollback(command, cols, rows, 0)
    }

    /// `spawn`, with an emulator that keeps `scrollback` rows that scroll off the main
    /// screen, for `all_rows`.
    pub fn spawn_with_scrollback(
        command: CommandBuilder,
        cols: u16,
        rows: u16,
        scrollback: usize,
    ) -> Term {
        Term::start(command, (cols, rows), scrollback, Answers::Attributes)
    }

    /// `spawn`, in a terminal that answers queries as `answers` says (`spawn`'s answers
    /// device attributes only, as most terminals do).
    pub fn spawn_answering(
        command: CommandBuilder,
        cols: u16,
        rows: u16,
        answers: Answers,
    ) -> Term {
        Term::start(command, (cols, rows), 0, answers)
    }

    fn start(
        command: CommandBuilder,
        (cols, rows): (u16, u16),
        scrollback: usize,
        answers: Answers,
    ) -> Term {
        let Pty {
            master,
            mut reader,
            writer,
            slave,
        } = Pty::open(cols, rows);
        let child = slave.spawn_command(command).expect("spawn in the PTY");
        drop(slave);
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(rows, cols, scrollback),
            raw: Vec::new(),
            eof: false,
        }));
        let feed = Arc::clone(&output);
        let writer = Arc::new(Mutex::new(writer));
        let answer = Arc::clone(&writer);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            let mut answerer = Answerer::new(answers);
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut output = feed.lock().unwrap();
                        output.parser.process(&buf[..n]);
                        output.raw.extend_from_slice(&buf[..n]);
                        let reply = answerer.feed(&buf[..n]);
                        if !reply.is_empty() {
                            let mut writer = answer.lock().unwrap();
                            // The program may be gone already: then nobody is asking.
                            let _ = writer.write_all(&reply).and_then(|()| writer.flush());
                        }
                    }
                }
            }
            feed.lock().unwrap().eof = true;
        });
        Term {
            output,
            master,
            writer,
            child,
        }
    }

    /// `keysmith` with `args` at 100×30, once it shows the Register screen.
    pub fn ready(command: CommandBuilder) -> Term {
        let term = Term::spawn(command, 100, 30);
        term.wait_for("the Register screen", |text| text.contains("Sign up"));
        term
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let mut writer = self.writer.lock().unwrap();
        writer.write_all(bytes).expect("write to the PTY");
        writer.flush().expect("flush the PTY");
    }

    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.output.lock().unwrap().parser.screen())
    }

    pub fn text(&self) -> String {
        self.with_screen(|screen| screen.contents())
    }

    /// Whether `part` is on the screen, wherever its rows wrap it.
    pub fn shows(&self, part: &str) -> bool {
        self.text().replace('\n', " ").contains(part)
    }

    pub fn wait_shows(&self, part: &str) {
        self.wait_until(&format!("{part:?} on the screen"), |t| {
            t.shows(part).then_some(())
        });
    }

    /// The visible rows, as text.
    pub fn rows(&self) -> Vec<String> {
        self.with_screen(screen_rows)
    }

    /// Every row the emulator holds on the main screen, oldest first: the scrollback (as
    /// much as `spawn_with_scrollback` keeps) and the visible rows.
    pub fn all_rows(&self) -> Vec<String> {
        let mut output = self.output.lock().unwrap();
        let screen = output.parser.screen_mut();
        let (rows, cols) = screen.size();
        screen.set_scrollback(usize::MAX);
        let depth = screen.scrollback();
        let mut all = Vec::new();
        // Walk from the oldest page down to the live screen, a page at a time.
        let mut offset = depth;
        loop {
            screen.set_scrollback(offset);
            all.extend(screen.rows(0, cols));
            if offset == 0 {
                break;
            }
            offset = offset.saturating_sub(usize::from(rows));
        }
        screen.set_scrollback(0);
        all
    }

    /// Everything the program wrote so far.
    pub fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().raw.clone()
    }

    /// Polls until `done` gives something; fails with the screen after `TIMEOUT`.
    pub fn wait_until<T>(&self, what: &str, done: impl FnMut(&Term) -> Option<T>) -> T {
        self.wait_until_every(POLL, what, done)
    }

    /// `wait_until`, looking every `poll`.
    pub fn wait_until_every<T>(
        &self,
        poll: Duration,
        what: &str,
        mut done: impl FnMut(&Term) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(found) = done(self) {
                return found;
            }
            assert!(
                Instant::now() < deadline,
                "timed out after {TIMEOUT:?} waiting for {what}; the screen:\n{}",
                self.text()
            );
            std::thread::sleep(poll);
        }
    }

    /// Waits until the screen's text satisfies `done`.
    pub fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) {
        self.wait_until(what, |term| done(&term.text()).then_some(()));
    }

    /// Waits for the child to exit and for the PTY to deliver all it wrote; its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        self.wait_exit_status().exit_code()
    }

    /// `wait_exit`, with the whole exit status: whether a signal ended the child, too.
    pub fn wait_exit_status(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "the program did not exit within {TIMEOUT:?}; the screen:\n{}",
                self.text()
            );
            std::thread::sleep(POLL);
        };
        while !self.output.lock().unwrap().eof {
            assert!(Instant::now() < deadline, "no end-of-file from the PTY");
            std::thread::sleep(POLL);
        }
        status
    }

    /// `kill -NAME` to the child.
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([format!("-{name}"), self.pid().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} {} failed", self.pid());
    }

    /// Resizes the emulator first, then the PTY, so the redraw lands on the new size.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.output
            .lock()
            .unwrap()
            .parser
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(size(cols, rows))
            .expect("resize the PTY");
    }

    /// Feeds `bytes` to the emulator as if another program had written them to the
    /// terminal: what a redraw must cover.
    pub fn scribble(&self, bytes: &[u8]) {
        self.output.lock().unwrap().parser.process(bytes);
    }

    /// The PTY's slave side, e.g. `/dev/pts/3`, for `stty -F`. Windows' ConPTY has no name.
    #[cfg(unix)]
    pub fn tty(&self) -> std::path::PathBuf {
        self.master.tty_name().expect("the PTY's name")
    }

    /// Alternate screen, hidden cursor, bracketed paste: as the emulator has them now.
    pub fn modes(&self) -> (bool, bool, bool) {
        self.with_screen(|s| (s.alternate_screen(), s.hide_cursor(), s.bracketed_paste()))
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The password on the screen, once one other than `not` shows, with its entropy under it.
pub fn shown_password(term: &Term, not: Option<&str>) -> String {
    term.wait_until("a generated password", |t| {
        let rows = t.rows();
        let at = rows.iter().position(|row| row.contains("Your password:"))?;
        let entropy = rows.get(at + 2)?;
        let password = rows.get(at + 1)?.trim().to_string();
        (entropy.contains("bits") && Some(password.as_str()) != not).then_some(password)
    })
}

/// One field of `/proc/<pid>/stat` after the command name: 0 is the state (`R`, `S`, `T`…).
pub fn proc_stat_field(pid: u32, field: usize) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, after_name) = stat.rsplit_once(')')?;
    after_name.split_whitespace().nth(field).map(str::to_string)
}
