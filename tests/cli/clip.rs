//! `--clip`: the secret goes to the X clipboard of a real X server (read back with `xclip`),
//! nothing to stdout, one line to stderr; the command ends at once while a holder keeps the
//! copy, which is cleared after `--clipboard-clear` seconds unless another copy replaced it.
//! `-n` and `--entropy` are refused with it.
//!
//! keysmith runs here in a session of its own, without a controlling terminal, so that no
//! OSC 52 can reach the terminal the tests run in.

use std::fs::{self, File};
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::support::cli;
use crate::support::pty::{CLIPBOARD_ENV, TIMEOUT};
use crate::support::x11::{clipboard, display, x_turn, xclip_copy};

const PASSWORD_HINT: &str = "x-kde-passwordManagerHint";

/// The command with `args`, `DISPLAY` the test server's or none, no tmux or SSH, no
/// terminal: its output and how long it took.
fn clip(args: &[&str], with_display: bool) -> (Output, Duration) {
    let mut command = clip_command(args, with_display);
    let started = Instant::now();
    let output = command.output().expect("keysmith runs");
    (output, started.elapsed())
}

/// The command with `args` as `clip` runs it, not yet started.
fn clip_command(args: &[&str], with_display: bool) -> Command {
    let mut command = cli::command(args);
    for name in CLIPBOARD_ENV {
        command.env_remove(name);
    }
    if with_display {
        command.env("DISPLAY", display());
    }
    command.stdin(Stdio::null());
    // SAFETY: only an async-signal-safe setsid between fork and exec.
    unsafe {
        command.pre_exec(|| {
            rustix::process::setsid()
                .map(drop)
                .map_err(std::io::Error::from)
        });
    }
    command
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Waits until the clipboard holds `expected` (`None`: nothing), at most `limit`.
fn wait_clipboard(expected: Option<&str>, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while clipboard(None).as_deref() != expected {
        if Instant::now() > deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(50));
    }
    true
}

/// Copies with `args`: exit 0, nothing on stdout, the one line on stderr, back at once; the
/// copy, read while the holder keeps it.
fn copied(args: &[&str], clear: &str) -> String {
    let (output, took) = clip(args, true);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(output.stdout, b"", "something on stdout");
    assert_eq!(
        stderr(&output),
        format!("keysmith: Copied to the system clipboard — clears in {clear} s\n")
    );
    assert!(
        took < Duration::from_secs(2),
        "the prompt came back after {took:?}"
    );
    clipboard(None).expect("the clipboard holds the copy after the command ended")
}

#[test]
fn clip_copies_a_password_marked_as_a_secret_and_prints_nothing() {
    let _turn = x_turn();
    let copy = copied(&["password", "--clip", "--length", "20"], "10");
    assert_eq!(copy.len(), 20, "{copy:?}");
    assert!(copy.bytes().all(|b| b.is_ascii_graphic()), "{copy:?}");
    let targets = clipboard(Some("TARGETS")).expect("the targets");
    assert!(targets.lines().any(|t| t == PASSWORD_HINT), "{targets:?}");
    assert_eq!(clipboard(Some(PASSWORD_HINT)).as_deref(), Some("secret"));
    // Leave the clipboard to the next test.
    let mut other = xclip_copy("next");
    let _ = other.kill();
    let _ = other.wait();
}

#[test]
fn clip_copies_what_each_command_would_print() {
    let _turn = x_turn();
    // RFC 6238's SHA1 secret at 59 s, and RFC 4226's at counter 0.
    let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    for (args, printed) in [
        (
            vec!["totp", "--secret", secret, "--time", "59", "--clip"],
            Some("287082"),
        ),
        (
            vec!["hotp", "--secret", secret, "--counter", "0", "--clip"],
            Some("755224"),
        ),
        (vec!["otp", "--format", "digits8", "--clip"], None),
        (vec!["passphrase", "--words", "5", "--clip"], None),
    ] {
        let mut with_clear = args.clone();
        with_clear.extend(["--clipboard-clear", "3"]);
        let copy = copied(&with_clear, "3");
        match (args[0], printed) {
            (_, Some(code)) => assert_eq!(copy, code, "{args:?}"),
            ("otp", None) => {
                assert!(
                    copy.len() == 8 && copy.bytes().all(|b| b.is_ascii_digit()),
                    "{copy}"
                );
            }
            _ => assert_eq!(copy.split(' ').count(), 5, "{copy:?}"),
        }
    }
}

/// A caller reading the command's stdout to its end (a shell's `$(…)`) has it back at once
/// too, while the holder keeps the copy: the holder keeps none of the command's own pipes.
/// `.ci/windows` runs it under Wine too, where a Windows child inherits its parent's handles.
/// There the copy reaches X only through a Wine desktop (`explorer.exe /desktop`) started with
/// `DISPLAY` set, and `.ci/windows` starts Wine without one: so under Wine only the pipe's end
/// is checked, which is what the test is for.
#[test]
fn clip_ends_the_callers_stdout_pipe_at_once() {
    let _turn = x_turn();
    let said_path =
        std::env::temp_dir().join(format!("keysmith-clip-{}-stderr", std::process::id()));
    let said_file = File::create(&said_path).expect("a file for its stderr");
    let mut command = clip_command(&["password", "--clip", "--length", "20"], true);
    command.stdout(Stdio::piped()).stderr(said_file);
    let started = Instant::now();
    let mut child = command.spawn().expect("keysmith runs");
    let mut stdout = Vec::new();
    child
        .stdout
        .take()
        .expect("its stdout")
        .read_to_end(&mut stdout)
        .expect("read its stdout");
    let took = started.elapsed();
    let status = child.wait().expect("it ends");
    let said = fs::read_to_string(&said_path).unwrap_or_default();
    let _ = fs::remove_file(&said_path);
    assert_eq!(status.code(), Some(0), "{said}");
    assert_eq!(stdout, b"", "something on stdout");
    assert!(
        took < Duration::from_secs(2),
        "its stdout ended after {took:?}"
    );
    if std::env::var_os("KEYSMITH_TEST_RUNNER").is_some() {
        return;
    }
    let copy = clipboard(None).expect("the holder keeps the copy");
    assert_eq!(copy.len(), 20, "{copy:?}");
    // Leave the clipboard to the next test.
    let mut other = xclip_copy("next");
    let _ = other.kill();
    let _ = other.wait();
}

#[test]
fn clip_is_cleared_after_the_timer() {
    let _turn = x_turn();
    copied(&["password", "--clip", "--clipboard-clear", "1"], "1");
    let copied_at = Instant::now();
    assert!(wait_clipboard(None, TIMEOUT), "never cleared");
    let after = copied_at.elapsed();
    assert!(
        after >= Duration::from_millis(700),
        "cleared after {after:?}"
    );
}

#[test]
fn clip_leaves_a_copy_made_meanwhile_alone() {
    let _turn = x_turn();
    copied(&["password", "--clip", "--clipboard-clear", "1"], "1");
    let mut other = xclip_copy("copied by someone else");
    // Past the timer, and past the holder's next look.
    thread::sleep(Duration::from_millis(2500));
    assert_eq!(clipboard(None).as_deref(), Some("copied by someone else"));
    let _ = other.kill();
    let _ = other.wait();
}

#[test]
fn clip_without_any_clipboard_says_so_and_exits_74() {
    let (output, _) = clip(&["otp", "--clip"], false);
    assert_eq!(output.status.code(), Some(74));
    assert_eq!(output.stdout, b"");
    assert_eq!(
        stderr(&output),
        "keysmith: Nothing was copied: no clipboard could be reached\n"
    );
}

#[test]
fn clip_refuses_a_count_or_the_entropy_and_a_clear_without_it() {
    let conflict = "cannot be used with";
    for (args, says) in [
        (["password", "--clip", "-n", "2"].as_slice(), conflict),
        (&["passphrase", "--clip", "--count", "3"], conflict),
        (&["otp", "--clip", "-n", "1"], conflict),
        (&["password", "--clip", "--entropy"], conflict),
        (&["passphrase", "--entropy", "--clip"], conflict),
        (
            &["otp", "--clipboard-clear", "5"],
            "required arguments were not provided",
        ),
        (
            &["password", "--clip", "--clipboard-clear", "3601"],
            "3601 is not in 0..=3600",
        ),
    ] {
        let output = cli::output(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(output.stdout, b"", "{args:?}");
        let err = stderr(&output);
        assert!(
            err.contains(says) && err.contains("--clip"),
            "{args:?}: {err}"
        );
    }
}
