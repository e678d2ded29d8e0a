//! The real binary in a PTY: exit statuses, Ctrl+Z and SIGTSTP/SIGCONT, keys while the window
//! is too small, and the hardening at start (no core file, not dumpable).

use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::pty::{
    CTRL_C, CTRL_Q, CTRL_Z, TIMEOUT, Term, keysmith, plain_env, proc_stat_field,
};

/// Types a name and waits until the Name field shows it.
fn type_name(term: &mut Term, name: &str) {
    term.send(name.as_bytes());
    term.wait_for("the typed name", |text| {
        name_field(text) == Some(name.into())
    });
}

/// What the Name field of the sign-up form shows.
fn name_field(text: &str) -> Option<String> {
    text.lines().find_map(|row| {
        let inside = row.split('│').nth(1)?;
        let rest = inside.trim_start_matches([' ', '›']).strip_prefix("Name")?;
        Some(rest.trim().to_string())
    })
}

pub(crate) fn assert_restored(term: &Term, after: &str) {
    let (alternate, hidden, paste) = term.modes();
    assert!(!alternate, "{after}: still on the alternate screen");
    assert!(!hidden, "{after}: the cursor is left hidden");
    assert!(!paste, "{after}: bracketed paste is left on");
}

/// Ends a running TUI with `how` and returns its exit status, checking the terminal is
/// restored.
pub(crate) fn exit_status(how: impl FnOnce(&mut Term), what: &str) -> u32 {
    let mut term = Term::ready(keysmith(&[]));
    type_name(&mut term, "Ada");
    how(&mut term);
    let code = term.wait_exit();
    assert_restored(&term, what);
    code
}

#[test]
fn ctrl_q_exits_with_0() {
    assert_eq!(exit_status(|t| t.send(CTRL_Q), "Ctrl+Q"), 0);
}

#[test]
fn ctrl_c_exits_with_130() {
    assert_eq!(exit_status(|t| t.send(CTRL_C), "Ctrl+C"), 130);
}

#[test]
fn sigint_exits_with_130() {
    assert_eq!(exit_status(|t| t.signal("INT"), "SIGINT"), 130);
}

#[test]
fn sigterm_exits_with_143() {
    assert_eq!(exit_status(|t| t.signal("TERM"), "SIGTERM"), 143);
}

#[test]
fn sighup_exits_with_129() {
    assert_eq!(exit_status(|t| t.signal("HUP"), "SIGHUP"), 129);
}

// ---- Suspend -------------------------------------------------------------------------------

fn state(term: &Term) -> String {
    proc_stat_field(term.pid(), 0).unwrap_or_default()
}

/// The `stty -a` settings of the PTY, as the program left them.
fn stty(term: &Term) -> String {
    let out = Command::new("stty")
        .arg("-a")
        .arg("-F")
        .arg(term.tty())
        .output()
        .expect("run stty");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn has_flag(settings: &str, flag: &str) -> bool {
    settings.split_whitespace().any(|word| word == flag)
}

/// Suspends with `stop`, checks the process is stopped with the terminal given back, then
/// continues it and checks the screen comes back whole, with what was typed.
fn suspend_and_continue(stop: impl FnOnce(&mut Term)) {
    let mut term = Term::ready(keysmith(&[]));
    type_name(&mut term, "Ada");
    assert!(!has_flag(&stty(&term), "icanon"), "raw mode while running");
    stop(&mut term);

    term.wait_until("the process to stop (state T)", |t| {
        (state(t) == "T").then_some(())
    });
    // What it wrote before stopping may still be on its way through the PTY.
    term.wait_until("the terminal given back", |t| {
        (t.modes() == (false, false, false)).then_some(())
    });
    let settings = stty(&term);
    assert!(
        has_flag(&settings, "icanon") && has_flag(&settings, "echo"),
        "raw mode left on while stopped: {settings}"
    );

    // The shell draws on the screen meanwhile; the alternate one is wiped too, so only a
    // whole redraw brings the form back.
    term.scribble(b"\x1b[?1049h\x1b[2J\x1b[?1049l$ jobs\r\n[1]+  Stopped  keysmith\r\n");
    term.signal("CONT");
    term.wait_until("the process to run again", |t| {
        (state(t) != "T").then_some(())
    });
    term.wait_until("the form drawn again, with the name", |t| {
        let text = t.text();
        if text.contains("Stopped") {
            return None;
        }
        let (alternate, _, paste) = t.modes();
        (alternate && paste && text.contains("Sign up") && name_field(&text) == Some("Ada".into()))
            .then_some(())
    });
    assert!(!has_flag(&stty(&term), "icanon"), "raw mode after SIGCONT");
    // Keys work again.
    term.send(b" L");
    term.wait_for("the name typed on", |text| {
        name_field(text) == Some("Ada L".into())
    });
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn ctrl_z_stops_with_the_terminal_restored_and_sigcont_redraws_the_same_state() {
    suspend_and_continue(|t| t.send(CTRL_Z));
}

#[test]
fn sigtstp_from_outside_suspends_as_ctrl_z_does() {
    suspend_and_continue(|t| t.signal("TSTP"));
}

#[test]
fn sigstop_then_sigcont_redraws_the_screen() {
    let mut term = Term::ready(keysmith(&[]));
    type_name(&mut term, "Ada");
    term.signal("STOP");
    term.wait_until("the process to stop", |t| (state(t) == "T").then_some(()));
    term.scribble(b"\x1b[2J\x1b[Hwritten over");
    term.signal("CONT");
    term.wait_until("the form after SIGCONT", |t| {
        let text = t.text();
        (text.contains("Sign up")
            && !text.contains("written over")
            && name_field(&text) == Some("Ada".into()))
        .then_some(())
    });
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

// ---- Too small ------------------------------------------------------------------------------

/// Bytes the process has read so far (`rchar` in `/proc/<pid>/io`); `None` where unreadable.
fn bytes_read(pid: u32) -> Option<u64> {
    let io = std::fs::read_to_string(format!("/proc/{pid}/io")).ok()?;
    io.lines()
        .find_map(|line| line.strip_prefix("rchar:"))?
        .trim()
        .parse()
        .ok()
}

/// Waits until the program has read `count` more bytes than `before`: the keys reached it
/// while the window was still small. Where `/proc` cannot tell, it waits half a second.
fn wait_consumed(term: &Term, before: Option<u64>, count: u64) {
    let Some(before) = before else {
        std::thread::sleep(Duration::from_millis(500));
        return;
    };
    term.wait_until("the keys to be read", |t| {
        bytes_read(t.pid())
            .is_some_and(|now| now >= before + count)
            .then_some(())
    });
}

#[test]
fn keys_and_pastes_while_too_small_do_not_reach_the_fields() {
    let mut term = Term::spawn(keysmith(&[]), 50, 15);
    term.wait_for("the too-small note", |text| {
        text.contains("terminal too small: need 60×20")
    });
    let before = bytes_read(term.pid());
    let typed: &[u8] = b"zqx\t\x1b[200~pasted\x1b[201~\rwv";
    term.send(typed);
    wait_consumed(&term, before, typed.len() as u64);
    term.resize(100, 30);
    term.wait_for("the form after growing", |text| text.contains("Sign up"));
    let text = term.text();
    for word in ["zqx", "pasted", "wv"] {
        assert!(!text.contains(word), "{word:?} reached a field:\n{text}");
    }
    assert_eq!(name_field(&text), Some(String::new()), "{text}");
    // Typing works once the form shows.
    type_name(&mut term, "Ada");
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn ctrl_q_quits_while_too_small() {
    let mut term = Term::spawn(keysmith(&[]), 50, 15);
    term.wait_for("the too-small note", |text| {
        text.contains("terminal too small")
    });
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    assert_restored(&term, "Ctrl+Q while too small");
}

// ---- Hardening -------------------------------------------------------------------------------

/// The user the TUI runs as in the hardening test: as root, `nobody` through `setpriv`, so
/// that the kernel's same-user checks mean something (root passes them all).
const NOBODY: &str = "65534";

fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// `program args…`, as `nobody` when the tests run as root.
fn as_test_user(program: &str, args: &[&str]) -> Command {
    if is_root() {
        let mut command = Command::new("setpriv");
        command.args([
            "--reuid",
            NOBODY,
            "--regid",
            NOBODY,
            "--clear-groups",
            "--",
            program,
        ]);
        command.args(args);
        command
    } else {
        let mut command = Command::new(program);
        command.args(args);
        command
    }
}

/// The owner of `/proc/<pid>/<file>`: the process's user while it is dumpable, root once it
/// is not. (`/proc/<pid>` itself always shows the process's user.)
fn proc_owner(pid: u32, file: &str) -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(format!("/proc/{pid}/{file}"))
        .expect("stat /proc/<pid>/…")
        .uid()
}

/// Whether the test user can read `/proc/<pid>/environ`: the same check as ptrace's, which
/// a non-dumpable process fails for everyone but root.
fn environ_readable(pid: u32) -> bool {
    let path = format!("/proc/{pid}/environ");
    as_test_user("cat", &[&path])
        .output()
        .expect("run cat")
        .status
        .success()
}

/// `keysmith` as the test user: through `setpriv` when the tests run as root.
fn keysmith_as_test_user() -> portable_pty::CommandBuilder {
    if !is_root() {
        return keysmith(&[]);
    }
    let mut command = portable_pty::CommandBuilder::new("setpriv");
    command.args(["--reuid", NOBODY, "--regid", NOBODY, "--clear-groups", "--"]);
    command.arg(env!("CARGO_BIN_EXE_keysmith"));
    plain_env(&mut command);
    command
}

fn test_uid() -> u32 {
    match is_root() {
        true => NOBODY.parse().expect("a uid"),
        false => rustix::process::getuid().as_raw(),
    }
}

#[test]
fn the_tui_allows_no_core_file_and_is_not_dumpable() {
    let term = Term::ready(keysmith_as_test_user());
    let pid = term.pid();

    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).expect("limits");
    let core = limits
        .lines()
        .find(|line| line.starts_with("Max core file size"))
        .expect("a core size line");
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], ["0", "0"], "soft and hard limits: {core}");
    println!("{core}");

    // A control: a plain process of the same user is its own, and its environ is readable.
    let mut control = as_test_user("sleep", &["30"]).spawn().expect("spawn sleep");
    let control_pid = control.id();
    let deadline = Instant::now() + TIMEOUT;
    // Once `setpriv` has exec'd `sleep`, /proc shows the test user. Between its setuid and
    // its exec the kernel holds the process non-dumpable too, so wait on the file checked.
    while proc_owner(control_pid, "stat") != test_uid() {
        assert!(
            Instant::now() < deadline,
            "sleep never ran as {}",
            test_uid()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let control_owner = proc_owner(control_pid, "stat");
    let control_readable = environ_readable(control_pid);
    let _ = control.kill();
    let _ = control.wait();
    assert_eq!(control_owner, test_uid(), "the control's /proc/<pid>/stat");
    assert!(control_readable, "the control's environ");

    assert_eq!(
        proc_owner(pid, "stat"),
        0,
        "/proc/<pid>/stat of a non-dumpable process belongs to root"
    );
    assert!(
        !environ_readable(pid),
        "the same user read keysmith's /proc/<pid>/environ"
    );
    println!(
        "/proc/{pid}/stat owned by uid 0; /proc/{pid}/environ refused to uid {}",
        test_uid()
    );
}
