//! A stdout that cannot be written, whichever way: closed when the program starts (`>&-`),
//! full (a private node of the always-full device), or open only for reading (a bad
//! descriptor for writing). Each is exit 74 with one line on stderr, for every command and
//! for `--help` and `--version`; a closed pipe stays a quiet 0 (see `password_otp`).

use std::fs::File;
use std::process::{Output, Stdio};

use crate::config::Scratch;
use crate::support::cli;

const COMMANDS: [&[&str]; 9] = [
    &["password"],
    &["otp"],
    // Several lines, so that the error comes from a later write as well as the first.
    &["password", "-n", "3"],
    &["otp", "-n", "3"],
    &["passphrase", "-n", "10"],
    &["passphrase"],
    &[
        "totp",
        "--secret",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "--time",
        "59",
    ],
    &["--help"],
    &["--version"],
];

fn assert_output_error(output: &Output, args: &[&str], how: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(74), "{args:?} {how}: {stderr}");
    assert!(
        stderr.starts_with("keysmith: cannot write the output: "),
        "{args:?} {how}: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{args:?} {how}: {stderr}");
}

#[test]
fn a_closed_stdout_is_an_output_error() {
    for args in COMMANDS {
        let output = std::process::Command::new("sh")
            .args(["-c", r#"exec "$0" "$@" >&-"#, &cli::bin()])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("sh runs");
        assert_output_error(&output, args, "closed");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("Bad file descriptor"), "{stderr}");
    }
}

#[test]
fn a_stdout_open_only_for_reading_is_an_output_error() {
    let scratch = Scratch::new("read-only-stdout");
    let path = scratch.file("in.txt", "");
    for args in COMMANDS {
        let output = cli::command(args)
            .stdin(Stdio::null())
            .stdout(File::open(&path).expect("open for reading"))
            .output()
            .expect("keysmith runs");
        assert_output_error(&output, args, "read-only");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_stdout_is_an_output_error() {
    use crate::support::nodes::{self, FULL};
    let scratch = Scratch::new("full-stdout");
    let full = scratch.path("full");
    if !nodes::device(&full, FULL) {
        return;
    }
    for args in COMMANDS {
        let stdout = File::options().write(true).open(&full).expect("open");
        let output = cli::command(args)
            .stdin(Stdio::null())
            .stdout(stdout)
            .output()
            .expect("keysmith runs");
        assert_output_error(&output, args, "full");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("No space left on device"), "{stderr}");
    }
}
