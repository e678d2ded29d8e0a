//! The real binary copying a password: to the X clipboard under a real X server
//! (Xvfb), read back with `xclip`; by OSC 52 where there is no display; and under tmux.
//!
//! The X server is `support::x11`'s; the tests take turns with its one CLIPBOARD selection.

use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;
use x11rb::connection::Connection;
use x11rb::protocol::Event as XEvent;
use x11rb::protocol::xfixes::{self, ConnectionExt as _, SelectionEvent, SelectionEventMask};
use x11rb::protocol::xproto::ConnectionExt as _;

use crate::support::pty::{
    CTRL_C, CTRL_Q, ENTER, F3, POLL, TIMEOUT, Term, keysmith, shown_password,
};
use crate::support::x11::{clipboard, display, x_turn, xclip_copy};

const PASSWORD_HINT: &str = "x-kde-passwordManagerHint";

/// Who owns CLIPBOARD, as XFixes tells each change: `(subtype, owner window)`.
struct OwnerLog {
    events: Arc<Mutex<Vec<(SelectionEvent, u32)>>>,
}

impl OwnerLog {
    fn start() -> OwnerLog {
        let (conn, screen) = x11rb::connect(Some(display())).expect("connect to the X server");
        conn.xfixes_query_version(5, 0)
            .expect("XFixes")
            .reply()
            .expect("XFixes version");
        let root = conn.setup().roots[screen].root;
        let clipboard = conn
            .intern_atom(false, b"CLIPBOARD")
            .expect("intern")
            .reply()
            .expect("CLIPBOARD")
            .atom;
        let mask = SelectionEventMask::SET_SELECTION_OWNER
            | SelectionEventMask::SELECTION_WINDOW_DESTROY
            | SelectionEventMask::SELECTION_CLIENT_CLOSE;
        conn.xfixes_select_selection_input(root, clipboard, mask)
            .expect("select selection input");
        conn.flush().expect("flush");
        let events = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&events);
        thread::spawn(move || {
            while let Ok(event) = conn.wait_for_event() {
                if let XEvent::XfixesSelectionNotify(xfixes::SelectionNotifyEvent {
                    subtype,
                    owner,
                    ..
                }) = event
                {
                    log.lock().unwrap().push((subtype, owner));
                }
            }
        });
        OwnerLog { events }
    }

    fn events(&self) -> Vec<(SelectionEvent, u32)> {
        self.events.lock().unwrap().clone()
    }

    /// Whether the owner was set to None: the clear, not the owner's window going away.
    fn cleared(&self) -> bool {
        self.events()
            .iter()
            .any(|&(subtype, owner)| subtype == SelectionEvent::SET_SELECTION_OWNER && owner == 0)
    }
}

// ---- The program ------------------------------------------------------------------------------

fn with_display(args: &[&str]) -> CommandBuilder {
    let mut command = keysmith(args);
    command.env("DISPLAY", display());
    command
}

/// F3, a length of 16 and set 4: the password, read off its row.
pub fn generate(term: &mut Term) -> String {
    term.send(F3);
    term.wait_for("the Password screen", |text| {
        text.contains("Password generator")
    });
    // The screen opens with a password of the offered length; the one made below replaces it.
    let first = shown_password(term, None);
    term.send(b"16");
    term.send(ENTER);
    term.send(b"4");
    term.send(ENTER);
    shown_password(term, Some(&first))
}

// ---- The X clipboard ---------------------------------------------------------------------------

#[test]
fn c_copies_exactly_the_password_to_the_x_clipboard_marked_as_a_secret() {
    let _turn = x_turn();
    let mut term = Term::ready(with_display(&["--clipboard-clear", "0"]));
    let password = generate(&mut term);
    term.send(b"c");
    term.wait_shows("Copied to the system clipboard");
    assert!(!term.shows("OSC 52"), "no OSC 52 with a local display");
    assert!(!term.shows("clears in"), "--clipboard-clear 0 never clears");

    assert_eq!(clipboard(None).as_deref(), Some(password.as_str()));
    let targets = clipboard(Some("TARGETS")).expect("the targets");
    assert!(
        targets.lines().any(|target| target == PASSWORD_HINT),
        "no {PASSWORD_HINT} among {targets:?}"
    );
    assert_eq!(clipboard(Some(PASSWORD_HINT)).as_deref(), Some("secret"));
    println!(
        "xclip -o: {} characters, the password; targets: {}",
        password.len(),
        targets.lines().collect::<Vec<_>>().join(" ")
    );
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn the_x_clipboard_is_cleared_after_the_timer_with_a_countdown_until_then() {
    let _turn = x_turn();
    let owners = OwnerLog::start();
    let mut term = Term::ready(with_display(&["--clipboard-clear", "2"]));
    let password = generate(&mut term);
    term.send(b"c");
    let copied = Instant::now();
    term.wait_shows("Copied to the system clipboard — clears in 2 s");
    assert_eq!(clipboard(None).as_deref(), Some(password.as_str()));
    term.wait_shows("Copied to the system clipboard — clears in 1 s");
    term.wait_shows("Clipboard cleared");
    let after = copied.elapsed();
    assert!(
        after >= Duration::from_millis(1900) && after <= Duration::from_secs(3),
        "cleared after {after:?}"
    );
    assert_eq!(clipboard(None), None, "the clipboard still holds something");
    assert!(owners.cleared(), "no clear: {:?}", owners.events());
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn a_copy_made_meanwhile_is_left_alone() {
    let _turn = x_turn();
    let mut term = Term::ready(with_display(&["--clipboard-clear", "2"]));
    generate(&mut term);
    term.send(b"c");
    term.wait_shows("clears in 2 s");
    let mut other = xclip_copy("copied by someone else");
    term.wait_shows("The clipboard holds a newer copy: left as it is");
    assert_eq!(
        clipboard(None).as_deref(),
        Some("copied by someone else"),
        "a newer copy was cleared"
    );
    // Quitting clears nothing more either.
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    assert_eq!(clipboard(None).as_deref(), Some("copied by someone else"));
    let _ = other.kill();
    let _ = other.wait();
}

/// Copies, ends the program with `end` before the timer, and checks the clipboard was
/// emptied with its owner set to None, so that no clipboard manager steps in to keep it, not
/// just left as the program's window went away. (arboard also gives up a copy marked secret
/// when it is dropped; the OSC 52 tests below tell keysmith's own clear apart.)
fn ending_clears_the_x_clipboard(end: impl FnOnce(&mut Term), code: u32) {
    let _turn = x_turn();
    let owners = OwnerLog::start();
    let mut term = Term::ready(with_display(&[]));
    let password = generate(&mut term);
    term.send(b"c");
    term.wait_shows("clears in 10 s");
    assert_eq!(clipboard(None).as_deref(), Some(password.as_str()));
    end(&mut term);
    assert_eq!(term.wait_exit(), code);
    assert_eq!(clipboard(None), None);
    let deadline = Instant::now() + TIMEOUT;
    while !owners.cleared() {
        assert!(
            Instant::now() < deadline,
            "the owner was never set to None: {:?}",
            owners.events()
        );
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_q_before_the_timer_clears_the_x_clipboard() {
    ending_clears_the_x_clipboard(|t| t.send(CTRL_Q), 0);
}

#[test]
fn ctrl_c_before_the_timer_clears_the_x_clipboard() {
    ending_clears_the_x_clipboard(|t| t.send(CTRL_C), 130);
}

#[test]
fn sigterm_before_the_timer_clears_the_x_clipboard() {
    ending_clears_the_x_clipboard(|t| t.signal("TERM"), 143);
}

#[test]
fn sighup_before_the_timer_clears_the_x_clipboard() {
    ending_clears_the_x_clipboard(|t| t.signal("HUP"), 129);
}

// ---- No display: OSC 52 ------------------------------------------------------------------------

pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Without a display: copies by OSC 52, ends the program with `end` before the timer, and
/// checks that an empty OSC 52 followed the copy.
fn osc_52_copy_then_clear_on(end: impl FnOnce(&mut Term), code: u32) {
    let mut term = Term::ready(keysmith(&[]));
    let password = generate(&mut term);
    term.send(b"c");
    term.wait_shows("Sent to the terminal (OSC 52); no system clipboard here");
    term.wait_shows("clears in 10 s");
    let sequence = format!("\x1b]52;c;{}\x1b\\", base64(password.as_bytes()));
    let copied = find(&term.raw(), sequence.as_bytes()).expect("the OSC 52 copy in the output");
    end(&mut term);
    assert_eq!(term.wait_exit(), code);
    let raw = term.raw();
    assert!(
        find(&raw[copied..], b"\x1b]52;c;\x1b\\").is_some(),
        "no empty OSC 52 after the copy"
    );
    assert!(!term.shows("panicked"), "{}", term.text());
}

#[test]
fn without_a_display_the_copy_goes_out_by_osc_52_and_ctrl_q_clears_it() {
    osc_52_copy_then_clear_on(|t| t.send(CTRL_Q), 0);
}

#[test]
fn without_a_display_ctrl_c_clears_the_osc_52_copy() {
    osc_52_copy_then_clear_on(|t| t.send(CTRL_C), 130);
}

#[test]
fn without_a_display_sigterm_clears_the_osc_52_copy() {
    osc_52_copy_then_clear_on(|t| t.signal("TERM"), 143);
}

#[test]
fn without_a_display_sighup_clears_the_osc_52_copy() {
    osc_52_copy_then_clear_on(|t| t.signal("HUP"), 129);
}

#[test]
fn base64_matches_the_rfc_4648_examples() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(plain.as_bytes()), encoded);
    }
}

/// `keysmith totp --clip` over SSH without a display, in a terminal: the code by OSC 52 to the
/// terminal, and after `--clipboard-clear` the empty OSC 52 from the holder, which outlives
/// the command.
#[test]
fn clip_over_ssh_sends_osc_52_to_the_terminal_and_empties_it_after_the_timer() {
    let mut command = keysmith(&[
        "totp",
        "--secret",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "--time",
        "59",
        "--clip",
        "--clipboard-clear",
        "1",
    ]);
    command.env("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22");
    let started = Instant::now();
    let mut term = Term::spawn(command, 100, 30);
    // The command itself ends at once; the PTY stays open while the holder holds it.
    let status = loop {
        if let Some(status) = term.child.try_wait().expect("poll the command") {
            break status;
        }
        assert!(started.elapsed() < TIMEOUT, "the command never ended");
        thread::sleep(POLL);
    };
    assert_eq!(status.exit_code(), 0);
    let ended = started.elapsed();
    assert!(
        ended < Duration::from_secs(1),
        "the prompt came back after {ended:?}"
    );
    term.wait_shows(
        "keysmith: Sent to the terminal (OSC 52); no system clipboard here — clears in 1 s",
    );
    let copy = format!("\x1b]52;c;{}\x1b\\", base64(b"287082"));
    let copied = find(&term.raw(), copy.as_bytes()).expect("the OSC 52 copy");
    assert!(!term.shows("287082"), "the code on the screen");
    term.wait_until("the holder's empty OSC 52", |t| {
        find(&t.raw()[copied..], b"\x1b]52;c;\x1b\\").map(drop)
    });
    let emptied = started.elapsed();
    assert!(
        emptied >= Duration::from_millis(900),
        "emptied {emptied:?} after the start"
    );
}
