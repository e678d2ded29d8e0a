//! The binary run as a script runs it: its arguments, an optional stdin, optional environment,
//! and what it printed. The one way every command-line test starts `keysmith`.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// The `keysmith` binary Cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_keysmith");

/// The binary under test: `$KEYSMITH_TEST_BIN` (another build, such as the Windows one), else
/// the one Cargo built.
pub fn bin() -> String {
    std::env::var("KEYSMITH_TEST_BIN").unwrap_or_else(|_| BIN.to_owned())
}

/// How the binary is started: through `$KEYSMITH_TEST_RUNNER` where that is set (`wine` for
/// the Windows build), else directly.
fn start(bin: &str) -> Command {
    match std::env::var_os("KEYSMITH_TEST_RUNNER") {
        Some(runner) => {
            let mut command = Command::new(runner);
            command.arg(bin);
            command
        }
        None => Command::new(bin),
    }
}

/// What the binary reads on stdin.
enum Input {
    /// An empty pipe, closed once the binary runs (assert_cmd's default).
    Empty,
    /// `/dev/null`.
    Null,
    /// These bytes on a pipe; a write that meets an early exit is ignored.
    Bytes(Vec<u8>),
}

/// One run of the binary, set up step by step: `run(args).stdin(b"…").env(k, v).output()`.
pub struct Run {
    command: Command,
    input: Input,
    /// Killed after this long, for a test of something that must not hang.
    timeout: Option<Duration>,
}

/// The binary with `args`, reading an empty pipe unless [`Run::stdin`] or
/// [`Run::null_stdin`] says otherwise, in the tests' own environment.
pub fn run(args: &[&str]) -> Run {
    Run {
        command: command(args),
        input: Input::Empty,
        timeout: None,
    }
}

/// Runs the binary with `args` and an empty stdin, and gives its exit status and output.
pub fn output(args: &[&str]) -> Output {
    run(args).output()
}

/// The binary with `args` as a plain `std::process::Command`, for a test that spawns it and
/// reads as it writes, or gives it a stdout of its own (a closed pipe, `/dev/full`, a file).
pub fn command(args: &[&str]) -> Command {
    let mut command = start(&bin());
    command.args(args);
    command
}

impl Run {
    /// `bytes` on stdin.
    pub fn stdin(mut self, bytes: &[u8]) -> Run {
        self.input = Input::Bytes(bytes.to_vec());
        self
    }

    /// `/dev/null` on stdin.
    pub fn null_stdin(mut self) -> Run {
        self.input = Input::Null;
        self
    }

    /// Sets `key` in the binary's environment only.
    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Run {
        self.command.env(key, value);
        self
    }

    /// Sets each pair in the binary's environment only.
    pub fn envs(mut self, pairs: &[(&str, &str)]) -> Run {
        for (key, value) in pairs {
            self.command.env(key, value);
        }
        self
    }

    /// Leaves `key` out of the binary's environment.
    pub fn env_remove(mut self, key: &str) -> Run {
        self.command.env_remove(key);
        self
    }

    /// Starts the binary in `dir`.
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Run {
        self.command.current_dir(dir);
        self
    }

    /// Kills the binary if it has not ended after `limit` (its status then has no code).
    pub fn timeout(mut self, limit: Duration) -> Run {
        self.timeout = Some(limit);
        self
    }

    /// Runs it to the end: exit status, stdout and stderr.
    ///
    /// Under Wine, a run that exits 1 having printed nothing at all is run once more: keysmith
    /// says why on every failure, and Wine now and then ends a process so (three times in three
    /// passes of the command-line tests here). A failure of keysmith's own comes back the same
    /// the second time.
    pub fn output(self) -> Output {
        let first = self.once();
        let silent_failure =
            first.status.code() == Some(1) && first.stdout.is_empty() && first.stderr.is_empty();
        if silent_failure && std::env::var_os("KEYSMITH_TEST_RUNNER").is_some() {
            eprintln!("keysmith exited 1 under the runner and printed nothing; running it again");
            return self.once();
        }
        first
    }

    fn once(&self) -> Output {
        let Run {
            command,
            input,
            timeout,
        } = self;
        let mut command = rebuilt(command);
        let timeout = *timeout;
        let mut command = match input {
            // assert_cmd always gives a pipe: std runs this one.
            Input::Null => {
                assert!(timeout.is_none(), "no timeout with a null stdin");
                return command
                    .stdin(Stdio::null())
                    .output()
                    .expect("keysmith runs");
            }
            Input::Empty => assert_cmd::Command::from_std(command),
            Input::Bytes(bytes) => {
                let mut command = assert_cmd::Command::from_std(command);
                command.write_stdin(bytes.clone());
                command
            }
        };
        if let Some(limit) = timeout {
            command.timeout(limit);
        }
        command.output().expect("keysmith runs")
    }
}

/// The same command again: its program, arguments, environment and folder.
fn rebuilt(command: &Command) -> Command {
    let mut again = Command::new(command.get_program());
    again.args(command.get_args());
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => again.env(key, value),
            None => again.env_remove(key),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        again.current_dir(dir);
    }
    again
}
