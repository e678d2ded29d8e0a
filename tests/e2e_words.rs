//! End-to-end test of Words mode (SPEC §4, issue 11): the real binary in a pseudo-terminal,
//! read through a `vt100` emulator. F3, Shift+Tab up to the mode selector, Right to Words;
//! the passphrase is read off the screen and every word is checked against the EFF long list.
//!
//! Every wait polls with a generous deadline, and the child is killed on drop, so a slow
//! machine only makes the test slower and a failure never hangs.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use keysmith::secret::wordlist::WordList;
use portable_pty::{Child, MasterPty};

mod support;

use support::pty::{self, BACKSPACE, CTRL_Q, ENTER, F3, Pty, RIGHT, SHIFT_TAB, TAB};

const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

struct Tui {
    /// Kept open while the test runs: the child's terminal.
    _master: Box<dyn MasterPty + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Tui {
    fn start(cols: u16, rows: u16) -> Tui {
        let Pty {
            master,
            mut reader,
            writer,
            slave,
        } = Pty::open(cols, rows);
        let (child, _) = pty::spawn(slave, env!("CARGO_BIN_EXE_keysmith"));
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let feed = Arc::clone(&parser);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Tui {
            _master: master,
            parser,
            writer,
            child,
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the PTY");
        self.writer.flush().expect("flush the PTY");
    }

    fn rows(&self) -> Vec<String> {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols).collect()
    }

    /// Polls the screen until `found` gives something; fails with the screen after `TIMEOUT`.
    fn wait_until<T>(&self, what: &str, mut found: impl FnMut(&[String]) -> Option<T>) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let rows = self.rows();
            if let Some(value) = found(&rows) {
                return value;
            }
            assert!(
                Instant::now() < deadline,
                "timed out after {TIMEOUT:?} waiting for {what}; the screen:\n{}",
                rows.join("\n")
            );
            thread::sleep(POLL);
        }
    }

    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) {
        self.wait_until(what, |rows| done(&rows.join("\n")).then_some(()));
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The row under `Your passphrase:`, once the entropy under it shows the frame is whole; and
/// the entropy's row.
fn passphrase_on(rows: &[String]) -> Option<(String, String)> {
    let at = rows
        .iter()
        .position(|row| row.contains("Your passphrase:"))?;
    let phrase = rows.get(at + 1)?;
    let entropy = rows.get(at + 2)?;
    entropy
        .contains("bits")
        .then(|| (phrase.clone(), entropy.trim().to_string()))
}

#[test]
fn words_mode_shows_a_passphrase_of_eff_words_that_a_mouse_can_copy() {
    let mut tui = Tui::start(100, 30);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    tui.send(F3);
    tui.wait_for("the Password screen", |text| {
        text.contains("Password generator") && text.contains("(•) Characters")
    });
    // From the length up past the profile selector to the mode selector.
    tui.send(SHIFT_TAB);
    tui.send(SHIFT_TAB);
    tui.send(RIGHT);
    let (row, entropy) = tui.wait_until("a passphrase", passphrase_on);
    assert_eq!(entropy, "90.47 bits — strong");
    let phrase = row.trim_end();
    assert_eq!(
        phrase,
        row.trim(),
        "alone on its row from column 0: {row:?}"
    );
    let words: Vec<&str> = phrase.split(' ').collect();
    assert_eq!(words.len(), 7, "{phrase:?}");
    let list = WordList::eff_long();
    for word in &words {
        assert!(
            list.contains(word),
            "{word:?} of {phrase:?} is not an EFF word"
        );
    }

    // Enter past the profile selector to the Words field, 5 in place of 7, a hyphen for the
    // space: the next passphrase.
    tui.send(ENTER);
    tui.send(ENTER);
    tui.send(BACKSPACE);
    tui.send(b"5");
    tui.send(TAB);
    tui.send(BACKSPACE);
    tui.send(b"-");
    let (row, _) = tui.wait_until("a passphrase of five words", |rows| {
        passphrase_on(rows).filter(|(row, _)| row.trim().split('-').count() == 5)
    });
    for word in row.trim().split('-') {
        assert!(
            list.contains(word),
            "{word:?} of {row:?} is not an EFF word"
        );
    }
    tui.wait_for("what the hyphen leaves out", |text| {
        text.contains("4 words left out: 4 contain a character of the separator")
    });
    tui.send(CTRL_Q);
}
