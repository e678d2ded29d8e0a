//! A real X server for the clipboard tests (the one `KEYSMITH_TEST_DISPLAY` names, as
//! `.ci/run` starts `Xvfb :99`, or else one started here), and `xclip` to read and set its
//! CLIPBOARD. Only the processes the tests spawn get its `DISPLAY`. The tests share the one
//! CLIPBOARD selection, so they take turns.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use super::pty::TIMEOUT;

/// The display the X tests use, started once if none was given.
pub fn display() -> &'static str {
    static DISPLAY: OnceLock<String> = OnceLock::new();
    DISPLAY.get_or_init(|| match std::env::var("KEYSMITH_TEST_DISPLAY") {
        Ok(display) if !display.is_empty() => display,
        _ => start_xvfb(),
    })
}

/// Starts Xvfb on a free display, from a thread that lives as long as the tests, so that
/// the server's parent-death signal ends it with them.
fn start_xvfb() -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        use std::io::BufRead;
        use std::os::unix::process::CommandExt;
        let mut command = Command::new("Xvfb");
        command
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "640x480x24",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        // SAFETY: only an async-signal-safe prctl between fork and exec.
        unsafe {
            command.pre_exec(|| {
                rustix::process::set_parent_process_death_signal(Some(
                    rustix::process::Signal::TERM,
                ))
                .map_err(std::io::Error::from)
            });
        }
        let mut server = command
            .spawn()
            .expect("start Xvfb (install xvfb and xclip, as .ci/run does)");
        let mut line = String::new();
        let stdout = server.stdout.take().expect("Xvfb's stdout");
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb's display number");
        tx.send(format!(":{}", line.trim()))
            .expect("hand over the display");
        // This thread lives while the server does, and the server no longer than the tests.
        let _ = server.wait();
    });
    rx.recv_timeout(TIMEOUT).expect("Xvfb started")
}

/// One X test at a time.
pub fn x_turn() -> MutexGuard<'static, ()> {
    static TURN: Mutex<()> = Mutex::new(());
    TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn xclip(args: &[&str]) -> Command {
    let mut command = Command::new("xclip");
    command.args(args).env("DISPLAY", display());
    command
}

/// What `xclip -o -selection clipboard [-t target]` prints; `None` if it fails (no owner, or
/// no such target).
pub fn clipboard(target: Option<&str>) -> Option<String> {
    let mut command = xclip(&["-o", "-selection", "clipboard"]);
    if let Some(target) = target {
        command.args(["-t", target]);
    }
    let out = command
        .output()
        .expect("run xclip (install it, as .ci/run does)");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `xclip` serving `text` as the clipboard until it is killed or loses it.
pub fn xclip_copy(text: &str) -> Child {
    let mut child = xclip(&["-quiet", "-selection", "clipboard", "-i"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run xclip");
    let mut stdin = child.stdin.take().expect("xclip's stdin");
    stdin.write_all(text.as_bytes()).expect("write to xclip");
    drop(stdin);
    let deadline = Instant::now() + TIMEOUT;
    while clipboard(None).as_deref() != Some(text) {
        assert!(Instant::now() < deadline, "xclip never took the clipboard");
        thread::sleep(Duration::from_millis(20));
    }
    child
}
