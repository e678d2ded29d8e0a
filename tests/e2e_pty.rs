//! End-to-end tests of the real `keysmith` binary in a pseudo-terminal (SPEC §1, §3–§5, §7).
//!
//! Each test spawns the TUI in a PTY, feeds what it draws into a `vt100` terminal emulator,
//! types keys into it and waits (never sleeps) for the screen to show what the spec says.
//! Every wait is a poll with a generous deadline, so a slow shared machine only makes a test
//! slower, never flaky; and the child is killed on drop, so a failing test never hangs.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty};

mod support;

use support::pty::{self, BACKSPACE, CTRL_Q, ENTER, F2, F3, Pty, RIGHT, SHIFT_TAB, TAB};
use support::spec::WEAK_LENGTH;

/// How long any one wait may take before the test fails.
const TIMEOUT: Duration = Duration::from_secs(10);
/// How often a wait looks at the screen.
const POLL: Duration = Duration::from_millis(20);
const SCROLLBACK: usize = 1000;

const NAME: &str = "Ada Lovelace";
const CITY: &str = "London";
const STRONG_PASSWORD: &str = "correct-Horse7-battery";

/// What the reader thread shares with the test.
struct Shared {
    parser: vt100::Parser,
    /// The PTY gave end-of-file (or an error): the child and its output are gone.
    eof: bool,
}

/// A running `keysmith` in a PTY of its own.
struct Tui {
    shared: Arc<Mutex<Shared>>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Tui {
    fn start() -> Tui {
        Tui::start_sized(100, 30)
    }

    fn start_sized(cols: u16, rows: u16) -> Tui {
        let Pty {
            master,
            mut reader,
            writer,
            slave,
        } = Pty::open(cols, rows);
        let (child, _) = pty::spawn(slave, env!("CARGO_BIN_EXE_keysmith"));
        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new(rows, cols, SCROLLBACK),
            eof: false,
        }));
        let feed = Arc::clone(&shared);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => feed.lock().unwrap().parser.process(&buf[..n]),
                }
            }
            feed.lock().unwrap().eof = true;
        });
        Tui {
            shared,
            master,
            writer,
            child,
        }
    }

    /// Starts the TUI and waits for its first frame.
    fn ready() -> Tui {
        let tui = Tui::start();
        tui.wait_for("the Register screen", |text| text.contains("Sign up"));
        tui
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the PTY");
        self.writer.flush().expect("flush the PTY");
    }

    fn type_text(&mut self, text: &str) {
        self.send(text.as_bytes());
    }

    fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.shared.lock().unwrap().parser.screen())
    }

    fn text(&self) -> String {
        self.with_screen(|screen| screen.contents())
    }

    /// Polls the screen until `done` holds for it; fails with the screen after `TIMEOUT`.
    fn wait_until<T>(&self, what: &str, done: impl FnMut(&vt100::Screen) -> Option<T>) -> T {
        self.wait_until_every(POLL, what, done)
    }

    /// `wait_until`, looking every `poll`.
    fn wait_until_every<T>(
        &self,
        poll: Duration,
        what: &str,
        mut done: impl FnMut(&vt100::Screen) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(found) = self.with_screen(&mut done) {
                return found;
            }
            if Instant::now() >= deadline {
                panic!(
                    "timed out after {TIMEOUT:?} waiting for {what}; the screen:\n{}",
                    self.text()
                );
            }
            thread::sleep(poll);
        }
    }

    /// Waits until the screen's text satisfies `done`.
    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) {
        self.wait_until(what, |screen| done(&screen.contents()).then_some(()));
    }

    /// Waits for the child to exit and for the PTY to deliver all it wrote.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "keysmith did not exit within {TIMEOUT:?}; the screen:\n{}",
                self.text()
            );
            thread::sleep(POLL);
        };
        while !self.shared.lock().unwrap().eof {
            assert!(
                Instant::now() < deadline,
                "the PTY did not reach end-of-file within {TIMEOUT:?}"
            );
            thread::sleep(POLL);
        }
        status
    }

    /// Waits until the child catches SIGWINCH, so that a resize from now on reaches it.
    /// Where `/proc` cannot tell, it returns at once.
    fn wait_until_listening_for_resizes(&self) {
        let pid = self.child.process_id().expect("the child's pid");
        let deadline = Instant::now() + TIMEOUT;
        while catches_sigwinch(pid) == Some(false) {
            assert!(
                Instant::now() < deadline,
                "keysmith did not install a SIGWINCH handler within {TIMEOUT:?}"
            );
            thread::sleep(POLL);
        }
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("the child's pid");
        let status = std::process::Command::new("kill")
            .args([format!("-{name}"), pid.to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} {pid} failed");
    }

    /// Resizes the emulator first, then the PTY, so the redraw lands on the new size.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.shared
            .lock()
            .unwrap()
            .parser
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(pty::size(cols, rows))
            .expect("resize the PTY");
    }

    /// Every row the emulator holds on the main screen: the scrollback and the visible rows.
    fn all_rows(&self) -> Vec<String> {
        let mut shared = self.shared.lock().unwrap();
        let screen = shared.parser.screen_mut();
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

    /// Fills the sign-up form, picks a gender, sends a code and returns it as the
    /// Messages panel shows it.
    fn fill_form_and_send_code(&mut self) -> String {
        self.type_text(NAME);
        self.send(TAB);
        self.type_text(CITY);
        self.send(TAB);
        self.type_text(STRONG_PASSWORD);
        self.send(TAB);
        self.send(RIGHT);
        self.wait_for("a gender picked with Right", |text| text.contains("(•)"));
        self.send(TAB); // the code format
        self.send(TAB); // Send code
        self.send(ENTER);
        let code = self.wait_until("a code in the Messages panel", |screen| {
            code_in_messages(&screen.contents())
        });
        assert_eq!(code.len(), 6, "a digits6 code has 6 characters: {code:?}");
        assert!(
            code.chars().all(|c| c.is_ascii_digit()),
            "a digits6 code is all digits: {code:?}"
        );
        code
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Whether process `pid` has a handler for SIGWINCH, from `/proc/<pid>/status`; `None` where
/// that cannot be read.
fn catches_sigwinch(pid: u32) -> Option<bool> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    const SIGWINCH: u32 = 28;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let mask = status
        .lines()
        .find_map(|line| line.strip_prefix("SigCgt:"))?;
    let mask = u64::from_str_radix(mask.trim(), 16).ok()?;
    Some(mask & (1 << (SIGWINCH - 1)) != 0)
}

/// The visible rows of the screen, as text.
fn visible_rows(screen: &vt100::Screen) -> Vec<String> {
    let (_, cols) = screen.size();
    screen.rows(0, cols).collect()
}

/// The word after "code is" in the Messages panel, the rightmost box on the screen. The
/// panel's inner text is joined across rows, so a wrapped message is read whole.
///
/// The terminal may have drawn only part of a frame, so the code counts only once the
/// countdown under it is there: the terminal draws rows top to bottom.
fn code_in_messages(contents: &str) -> Option<String> {
    let panel: Vec<&str> = contents
        .lines()
        .filter_map(|row| {
            let parts: Vec<&str> = row.split('│').collect();
            (parts.len() >= 3).then(|| parts[parts.len() - 2].trim())
        })
        .collect();
    let joined = panel.join(" ");
    let (_, after) = joined.split_once("code is")?;
    if !after.contains("expires in") {
        return None;
    }
    let word = after.split_whitespace().next()?;
    Some(word.to_string())
}

/// The text of a form field: what follows its label inside the Sign up box.
fn field_text(rows: &[String], label: &str) -> Option<String> {
    rows.iter().find_map(|row| {
        let inside = row.split('│').nth(1)?;
        let rest = inside.trim_start_matches([' ', '›']).strip_prefix(label)?;
        Some(rest.trim().to_string())
    })
}

fn is_symbol(c: char) -> bool {
    c.is_ascii_punctuation()
}

#[test]
fn register_flow_ends_in_login_successful() {
    let mut tui = Tui::ready();
    let code = tui.fill_form_and_send_code();
    tui.type_text(&code);
    tui.send(ENTER);
    tui.wait_for("the success dialog", |text| {
        text.contains("Login successful") && text.contains(&format!("Welcome, {NAME} from {CITY}!"))
    });
}

#[test]
fn wrong_code_is_denied_with_tries_left() {
    let mut tui = Tui::ready();
    let code = tui.fill_form_and_send_code();
    let wrong: String = code
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                let digit = c.to_digit(10).unwrap();
                char::from_digit((digit + 1) % 10, 10).unwrap()
            } else {
                c
            }
        })
        .collect();
    assert_ne!(wrong, code);
    tui.type_text(&wrong);
    tui.send(ENTER);
    tui.wait_for("the denied dialog", |text| {
        text.contains("Login denied") && text.contains("Wrong code — 2 tries left")
    });
    assert!(!tui.text().contains("Login successful"));
}

#[test]
fn password_screen_makes_a_password_of_the_chosen_set() {
    let mut tui = Tui::ready();
    tui.send(F3);
    tui.wait_for("the Password screen", |text| {
        text.contains("Password generator")
    });
    tui.type_text("16");
    tui.send(ENTER); // to the menu
    tui.type_text("4");
    tui.send(ENTER);
    let row = tui.wait_until("a generated password", |screen| {
        let rows = visible_rows(screen);
        let at = rows.iter().position(|row| row.contains("Your password:"))?;
        let below = rows.get(at + 1)?;
        // The entropy line comes under the password; once it is drawn, so is the password.
        let entropy = rows.get(at + 2)?;
        entropy.contains("bits").then(|| below.clone())
    });
    assert!(
        !row.contains('│'),
        "a border on the password's row: {row:?}"
    );
    let password = row.trim_end();
    assert_eq!(
        password,
        row.trim(),
        "the password must start at column 0, alone on its row: {row:?}"
    );
    assert_eq!(
        password.chars().count(),
        16,
        "the row holds exactly the password: {row:?}"
    );
    assert!(
        password.chars().all(|c| c.is_ascii_graphic()),
        "every character comes from the 94-character set: {password:?}"
    );
    assert!(
        password.chars().any(|c| c.is_ascii_lowercase()),
        "{password:?}"
    );
    assert!(
        password.chars().any(|c| c.is_ascii_uppercase()),
        "{password:?}"
    );
    assert!(password.chars().any(|c| c.is_ascii_digit()), "{password:?}");
    assert!(password.chars().any(is_symbol), "{password:?}");
}

#[test]
fn a_length_of_8_is_weak_and_offers_no_menu() {
    let mut tui = Tui::ready();
    tui.send(F3);
    tui.wait_for("the Password screen", |text| {
        text.contains("Password generator")
    });
    tui.type_text("8");
    tui.send(ENTER);
    // A round trip through the Register screen: once it is back, the Enter was handled.
    tui.send(F2);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    tui.send(F3);
    // The footer is the last row drawn, and Ctrl+R works only on the Register screen: once
    // the footer has lost it, the whole Password screen is drawn.
    tui.wait_until("the weak-length message", |screen| {
        let rows = visible_rows(screen);
        let footer = rows.last()?;
        let text = screen.contents();
        (text.contains("Password generator")
            && text.contains(WEAK_LENGTH)
            && !footer.trim().is_empty()
            && !footer.contains("Ctrl+R"))
        .then_some(())
    });
    let text = tui.text();
    assert!(
        !text.contains("Characters:"),
        "no menu for a weak length:\n{text}"
    );
    assert!(!text.contains("Your password:"), "{text}");
}

#[test]
fn ctrl_q_quits_and_leaves_the_alternate_screen() {
    let mut tui = Tui::ready();
    assert!(tui.with_screen(|screen| screen.alternate_screen()));
    tui.send(CTRL_Q);
    let status = tui.wait_exit();
    assert!(status.success(), "Ctrl+Q exits with success: {status:?}");
    tui.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is left hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste is left on");
    });
}

/// A signal ends the program with the terminal restored and no secret left behind.
fn signal_restores_the_terminal(signal: &str) {
    let mut tui = Tui::ready();
    let code = tui.fill_form_and_send_code();
    assert!(tui.with_screen(|screen| screen.alternate_screen()));
    tui.signal(signal);
    tui.wait_exit();
    tui.with_screen(|screen| {
        assert!(
            !screen.alternate_screen(),
            "SIG{signal}: still on the alternate screen"
        );
        assert!(
            !screen.hide_cursor(),
            "SIG{signal}: the cursor is left hidden"
        );
        assert!(
            !screen.bracketed_paste(),
            "SIG{signal}: bracketed paste is left on"
        );
    });
    let rows = tui.all_rows();
    assert!(
        rows.iter().all(|row| !row.contains(&code)),
        "SIG{signal}: the code {code} is left on the screen or in the scrollback:\n{}",
        rows.join("\n")
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("TERM");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("HUP");
}

#[test]
fn too_small_terminal_shows_the_note() {
    let mut tui = Tui::start_sized(50, 15);
    tui.wait_for("the too-small note", |text| {
        text.contains("terminal too small: need 60×20")
    });
    // A resize sent before the app listens for them is the subject of the next test.
    tui.wait_until_listening_for_resizes();
    tui.resize(100, 30);
    tui.wait_for("the Register screen after the resize", |text| {
        text.contains("Sign up") && !text.contains("terminal too small")
    });
}

/// SPEC §5: "Resizes redraw at once", also one that comes as soon as the first frame is
/// drawn, as a tiling window manager does to a new terminal. The race is tried a number of
/// times: a program that listens for resizes only after its first frame loses some of them.
#[test]
fn a_resize_right_after_the_first_frame_is_redrawn() {
    for attempt in 1..=20 {
        let mut tui = Tui::start_sized(50, 15);
        // Resize as soon as the first frame shows.
        tui.wait_until_every(Duration::from_millis(1), "the too-small note", |screen| {
            screen
                .contents()
                .contains("terminal too small: need 60×20")
                .then_some(())
        });
        let listening = tui
            .child
            .process_id()
            .and_then(catches_sigwinch)
            .map_or("unknown", |caught| if caught { "yes" } else { "no" });
        tui.resize(100, 30);
        tui.wait_for(
            &format!(
                "the Register screen after a resize right after the first frame \
                 (attempt {attempt}; SIGWINCH caught at the first frame: {listening})"
            ),
            |text| text.contains("Sign up") && !text.contains("terminal too small"),
        );
    }
}

#[test]
fn a_huge_paste_into_the_name_is_cut_to_64_characters() {
    // 200 KB cycling through the 94 printable ASCII characters, so a window of the text
    // tells where in the paste it comes from.
    let pattern: String = (0..200 * 1024)
        .map(|i| char::from(b'!' + (i % 94) as u8))
        .collect();
    let mut tui = Tui::ready();
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend_from_slice(pattern.as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    tui.send(&paste);
    // The City field is drawn under the Name: once "Paris" shows, the name is drawn whole.
    tui.send(TAB);
    tui.type_text("Paris");
    let kept = &pattern[..64];
    // The field is narrower than 64 columns: it shows the end of the text, up to the cursor.
    let shown = tui.wait_until("the pasted name, then the city", |screen| {
        let rows = visible_rows(screen);
        let city = field_text(&rows, "City")?;
        (city == "Paris").then(|| field_text(&rows, "Name"))?
    });
    assert!(
        kept.ends_with(&shown),
        "the Name field shows {shown:?}, not the end of the first 64 pasted characters {kept:?}"
    );
    // Exactly 64 were kept: 63 Backspaces leave the first pasted character alone.
    tui.send(SHIFT_TAB);
    tui.send(&BACKSPACE.repeat(63));
    let first = &pattern[..1];
    tui.wait_until("one character left in the name", |screen| {
        let rows = visible_rows(screen);
        field_text(&rows, "Name")
            .filter(|shown| shown == first)
            .map(drop)
    });
    tui.send(CTRL_Q);
    let status = tui.wait_exit();
    assert!(status.success(), "Ctrl+Q exits with success: {status:?}");
}

/// SPEC §3, the authenticator app: the real binary enrols, the test reads the secret off the
/// screen as a person typing it into a phone would, computes the code with keysmith's core
/// at the current time, types it back, and is let in.
#[test]
fn an_authenticator_code_computed_from_the_shown_secret_signs_up() {
    use keysmith::secret::totp::TotpSource;
    let mut tui = Tui::start_sized(120, 40);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    tui.type_text(NAME);
    tui.send(TAB);
    tui.type_text(CITY);
    tui.send(TAB);
    tui.type_text(STRONG_PASSWORD);
    tui.send(TAB);
    tui.send(RIGHT);
    tui.send(TAB); // the code format
    for _ in 0..4 {
        tui.send(RIGHT);
    }
    tui.wait_for("the authenticator chosen", |text| {
        text.contains("Set up authenticator")
    });
    tui.send(TAB);
    tui.send(ENTER);
    let secret = tui.wait_until("the secret beside the QR code", |screen| {
        let text = screen.contents();
        let line = text.lines().find(|line| line.contains("Secret "))?;
        let groups = line
            .split("Secret")
            .nth(1)?
            .trim()
            .trim_end_matches('│')
            .trim();
        Some(groups.replace(' ', ""))
    });
    assert_eq!(
        secret.len(),
        32,
        "160 bits are 32 base32 characters: {secret:?}"
    );
    let source = TotpSource::from_base32(&secret).expect("the shown secret is base32");
    let params = source.params(Default::default()).expect("the defaults");
    // Esc closes the QR code (wait for it: Esc followed at once by a digit reads as Alt+digit);
    // the focus is in the code field.
    tui.send(b"\x1b");
    tui.wait_for("the QR code closed", |text| !text.contains("Scan it"));
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_secs()
    };
    // Not in the last second of a step, so the code is still current when it arrives.
    while now() % 30 == 29 {
        thread::sleep(POLL);
    }
    let code = params.code_at(now());
    tui.type_text(&code);
    tui.send(ENTER);
    tui.wait_for("Login successful", |text| text.contains("Login successful"));
    tui.send(CTRL_Q);
    tui.wait_exit();
}
