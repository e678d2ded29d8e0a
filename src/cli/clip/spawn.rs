//! The command's side of `--clip`: starts the holder (this same program), hands it the secret
//! through a pipe, and passes on its one line. It does not wait for the holder to end, so the
//! prompt comes back at once.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::{Command, ExitCode, Stdio};

use super::flags::ClipArgs;
use super::holder::{COPIED, HOLDER, NOT_COPIED};
use crate::cli::exit::OUTPUT_ERROR;
use crate::escape;

/// Longest answer read from the holder.
const MAX_ANSWER: u64 = 4 * 1024;

/// Copies `secret` as `--clip` asks: 0 when a clipboard took it, 74 when none did (the
/// output could not go where it was asked to), with one line on stderr either way.
pub fn deliver(secret: &[u8], clip: &ClipArgs) -> ExitCode {
    match hand_over(secret, clip) {
        Ok((copied, note)) => {
            eprintln!("keysmith: {}", escape::escaped(&note));
            if copied {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(OUTPUT_ERROR)
            }
        }
        Err(e) => {
            eprintln!("keysmith: nothing was copied: the clipboard holder failed: {e}");
            ExitCode::from(OUTPUT_ERROR)
        }
    }
}

/// Starts the holder with `secret` on its stdin; its answer: whether a clipboard took the
/// copy, and the note saying where it went.
fn hand_over(secret: &[u8], clip: &ClipArgs) -> io::Result<(bool, String)> {
    let mut command = Command::new(std::env::current_exe()?);
    command
        .args([HOLDER, "--clear-after", &clip.clipboard_clear.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        // Nothing of the command's: a shell capturing its output would wait for the holder.
        .stderr(Stdio::null())
        // Not to keep a folder busy (an unmount) while it holds the copy.
        .current_dir(std::env::temp_dir());
    own_group(&mut command);
    keep_own_stdio();
    let mut holder = command.spawn()?;
    let mut stdin = holder
        .stdin
        .take()
        .ok_or_else(|| io::Error::other("no pipe"))?;
    stdin.write_all(secret)?;
    drop(stdin);
    let stdout = holder
        .stdout
        .take()
        .ok_or_else(|| io::Error::other("no pipe"))?;
    let mut line = String::new();
    BufReader::new(stdout.take(MAX_ANSWER)).read_line(&mut line)?;
    let (answer, note) = line
        .trim_end()
        .split_once('\t')
        .ok_or_else(|| io::Error::other("it ended without copying"))?;
    match answer {
        COPIED => Ok((true, note.to_owned())),
        NOT_COPIED => Ok((false, note.to_owned())),
        _ => Err(io::Error::other(
            "it answered what this program does not know",
        )),
    }
}

/// On Windows, a process group of its own, so that Ctrl+C at the prompt does not end it
/// (it keeps the console, to clear an OSC 52 copy there); on Unix it leaves the session
/// itself.
#[cfg(windows)]
fn own_group(command: &mut Command) {
    use std::os::windows::process::CommandExt;
    /// `CREATE_NEW_PROCESS_GROUP`.
    const NEW_PROCESS_GROUP: u32 = 0x0000_0200;
    command.creation_flags(NEW_PROCESS_GROUP);
}

#[cfg(not(windows))]
fn own_group(_command: &mut Command) {}

/// On Windows, keeps this process's own stdin, stdout and stderr out of the holder. The
/// standard library starts a child with every inheritable handle of its parent, and the ones
/// this process got as its stdio are inheritable: the holder would keep the caller's pipes
/// open until it ends (`$(keysmith password --clip 2>&1)`, or a script reading the output,
/// would wait out the clear). The holder's own three are made for it and still go to it. On
/// Unix the standard library closes everything but the three it sets on exec.
#[cfg(windows)]
fn keep_own_stdio() {
    use windows_sys::Win32::Foundation::SetHandleInformation;
    use windows_sys::Win32::Foundation::{HANDLE_FLAG_INHERIT, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::System::Console::{
        GetStdHandle, STD_ERROR_HANDLE, STD_INPUT_HANDLE, STD_OUTPUT_HANDLE,
    };
    for which in [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE] {
        // SAFETY: asks for a handle of this process's own; nothing is passed.
        let handle = unsafe { GetStdHandle(which) };
        if handle.is_null() || handle == INVALID_HANDLE_VALUE {
            continue;
        }
        // Where it cannot be changed (a console's own handle on old Windows), the holder
        // inherits it as before: nothing is lost but the early end of the caller's read.
        // SAFETY: `handle` is one of this process's, open for as long as it runs; only its
        // inherit flag is cleared.
        let _ = unsafe { SetHandleInformation(handle, HANDLE_FLAG_INHERIT, 0) };
    }
}

#[cfg(not(windows))]
fn keep_own_stdio() {}
