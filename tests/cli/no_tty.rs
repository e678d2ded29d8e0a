//! Without a terminal there is no TUI: nothing on stdout, one plain line on stderr
//! that points to the script commands, exit 1. Drawing into a file would put secrets there.

use std::fs;
use std::io::Read;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use portable_pty::CommandBuilder;

use crate::support::cli;
use crate::support::pty::Pty;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keysmith-no-tty-{}-{name}", std::process::id()));
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn assert_the_one_line(stderr: &str) {
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(stderr.starts_with("keysmith: "), "{stderr:?}");
    assert!(stderr.contains("needs a terminal"), "{stderr:?}");
    for command in ["password", "passphrase", "otp", "totp"] {
        assert!(
            stderr.contains(&format!("'keysmith {command}'")),
            "{stderr:?}"
        );
    }
    assert!(!stderr.contains('\u{1b}'), "no escape codes: {stderr:?}");
}

#[test]
fn with_no_terminal_at_all_nothing_reaches_stdout() {
    let dir = scratch("none");
    let out_path = dir.join("out");
    let out = fs::File::create(&out_path).expect("out file");
    let output = cli::command(&[])
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(Stdio::piped())
        .output()
        .expect("run keysmith");
    let written = fs::read(&out_path).expect("read out");
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        written.is_empty(),
        "stdout got {:?}",
        String::from_utf8_lossy(&written)
    );
    assert_the_one_line(&String::from_utf8_lossy(&output.stderr));
}

/// Runs `command` (a shell that runs keysmith, then echoes `keysmith-exit=$?`) on a
/// pseudo-terminal, and returns what the terminal showed before the status, and the status.
/// The child holds the only slave: end-of-file (or EIO) comes when it exits. A TUI that took
/// over the terminal would wait for keys instead: fail with `took_over`, don't hang.
fn shown_on_a_terminal(command: CommandBuilder, took_over: &str) -> (String, String) {
    let pty = Pty::open(80, 24);
    let mut child = pty.slave.spawn_command(command).expect("spawn sh");
    drop(pty.slave);
    let mut reader = pty.reader;
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut shown = Vec::new();
        let _ = reader.read_to_end(&mut shown);
        let _ = tx.send(shown);
    });
    let shown = match rx.recv_timeout(Duration::from_secs(10)) {
        Ok(shown) => shown,
        Err(_) => {
            let _ = child.kill();
            panic!("{took_over}");
        }
    };
    let _ = child.wait();
    let shown = String::from_utf8_lossy(&shown).replace('\r', "");
    let (message, status) = shown
        .split_once("keysmith-exit=")
        .unwrap_or_else(|| panic!("no shell echo in {shown:?}"));
    (message.to_string(), status.trim().to_string())
}

/// `keysmith > out` from an interactive shell: stdin and stderr are the terminal, stdout is a
/// file. The file stays empty and the terminal shows the one line.
#[test]
fn stdout_redirected_to_a_file_from_a_terminal_gets_nothing() {
    let dir = scratch("redirect");
    let out_path = dir.join("out");
    let mut command = CommandBuilder::new("sh");
    command.args(["-c", r#""$0" > "$1"; echo "keysmith-exit=$?""#]);
    command.arg(cli::bin());
    command.arg(&out_path);
    let (message, status) = shown_on_a_terminal(
        command,
        "keysmith did not exit: it took the terminal with stdout in a file",
    );
    let written = fs::read(&out_path).expect("read out");
    let _ = fs::remove_dir_all(&dir);
    assert!(
        written.is_empty(),
        "the file got {:?}",
        String::from_utf8_lossy(&written)
    );
    assert_eq!(status, "1", "{message:?}");
    assert_the_one_line(&message);
}

#[test]
fn a_dumb_terminal_gets_the_one_line_and_no_drawing() {
    let mut command = CommandBuilder::new("sh");
    command.args(["-c", r#""$0"; echo "keysmith-exit=$?""#]);
    command.arg(cli::bin());
    command.env("TERM", "dumb");
    command.env("XDG_CONFIG_HOME", scratch("dumb"));
    let (message, status) = shown_on_a_terminal(
        command,
        "keysmith drew its screen on a dumb terminal and waited for keys",
    );
    assert_eq!(status, "1", "{message:?}");
    assert_the_one_line(&message);
}
