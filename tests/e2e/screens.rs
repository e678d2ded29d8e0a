//! End-to-end tests of the real `keysmith` binary in a pseudo-terminal: signing up with a sent
//! code or an authenticator app, making a password, quitting and signals restoring the
//! terminal, a window too small, resizes and huge pastes.
//!
//! Each test spawns the TUI in a PTY, feeds what it draws into a `vt100` terminal emulator,
//! types keys into it and waits (never sleeps) for the screen to show what it should.
//! Every wait is a poll with a generous deadline, so a slow shared machine only makes a test
//! slower, never flaky; and the child is killed on drop, so a failing test never hangs.

use std::thread;
use std::time::Duration;

use crate::support::pty::{
    BACKSPACE, CTRL_Q, ENTER, F2, F3, POLL, RIGHT, SHIFT_TAB, TAB, Term, keysmith, screen_rows,
};
use crate::support::spec::WEAK_LENGTH;

/// How many rows scrolled off the main screen the emulator keeps, for `Term::all_rows`.
const SCROLLBACK: usize = 1000;

const NAME: &str = "Ada Lovelace";
const CITY: &str = "London";
const STRONG_PASSWORD: &str = "correct-Horse7-battery";

/// Types the name, the city and the password, and picks a gender with Right, leaving the
/// focus on the gender.
fn fill_form(tui: &mut Term) {
    tui.send(NAME.as_bytes());
    tui.send(TAB);
    tui.send(CITY.as_bytes());
    tui.send(TAB);
    tui.send(STRONG_PASSWORD.as_bytes());
    tui.send(TAB);
    tui.send(RIGHT);
}

/// From the code format field: picks the authenticator app and opens its QR code.
pub(crate) fn open_authenticator_setup(tui: &mut Term) {
    for _ in 0..4 {
        tui.send(RIGHT);
    }
    tui.wait_for("the authenticator chosen", |text| {
        text.contains("Set up authenticator")
    });
    tui.send(TAB);
    tui.send(ENTER);
}

/// The 160-bit secret the QR screen shows in `text`: "Secret", then two lines of four base32
/// groups (right of the code, or under it); `None` until all 32 characters are there.
pub(crate) fn shown_secret(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.trim_end().ends_with("Secret"))?;
    let base32 = |word: &&str| {
        word.len() == 4
            && word
                .bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
    };
    let groups: String = lines
        .get(at + 1..at + 3)?
        .iter()
        .flat_map(|line| line.split_whitespace().filter(base32))
        .collect();
    (groups.len() == 32).then_some(groups)
}

/// Fills the sign-up form, picks a gender, sends a code and returns it as the Messages panel
/// shows it.
fn fill_form_and_send_code(tui: &mut Term) -> String {
    fill_form(tui);
    tui.wait_for("a gender picked with Right", |text| text.contains("(•)"));
    tui.send(TAB); // the code format
    tui.send(TAB); // Send code
    tui.send(ENTER);
    let code = tui.wait_until("a code in the Messages panel", |t| {
        code_in_messages(&t.text())
    });
    assert_eq!(code.len(), 6, "a digits6 code has 6 characters: {code:?}");
    assert!(
        code.chars().all(|c| c.is_ascii_digit()),
        "a digits6 code is all digits: {code:?}"
    );
    code
}

/// Waits until the child catches SIGWINCH, so that a resize from now on reaches it. Where
/// `/proc` cannot tell, it returns at once.
fn wait_until_listening_for_resizes(tui: &Term) {
    tui.wait_until("keysmith to install a SIGWINCH handler", |t| {
        (catches_sigwinch(t.pid()) != Some(false)).then_some(())
    });
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
    let mut tui = Term::ready(keysmith(&[]));
    let code = fill_form_and_send_code(&mut tui);
    tui.send(code.as_bytes());
    tui.send(ENTER);
    tui.wait_for("the success dialog", |text| {
        text.contains("Login successful") && text.contains(&format!("Welcome, {NAME} from {CITY}!"))
    });
}

#[test]
fn wrong_code_is_denied_with_tries_left() {
    let mut tui = Term::ready(keysmith(&[]));
    let code = fill_form_and_send_code(&mut tui);
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
    tui.send(wrong.as_bytes());
    tui.send(ENTER);
    tui.wait_for("the denied dialog", |text| {
        text.contains("Login denied") && text.contains("Wrong code — 2 tries left")
    });
    assert!(!tui.text().contains("Login successful"));
}

#[test]
fn password_screen_makes_a_password_of_the_chosen_set() {
    let mut tui = Term::ready(keysmith(&[]));
    tui.send(F3);
    tui.wait_for("the Password screen", |text| {
        text.contains("Password generator")
    });
    tui.send(b"16");
    tui.send(ENTER); // to the menu
    tui.send(b"4");
    tui.send(ENTER);
    let row = tui.wait_until("a generated password", |t| {
        let rows = t.rows();
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
    let mut tui = Term::ready(keysmith(&[]));
    tui.send(F3);
    tui.wait_for("the Password screen", |text| {
        text.contains("Password generator")
    });
    tui.send(b"8");
    tui.send(ENTER);
    // A round trip through the Register screen: once it is back, the Enter was handled.
    tui.send(F2);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    tui.send(F3);
    // The footer is the last row drawn, and Ctrl+R works only on the Register screen: once
    // the footer has lost it, the whole Password screen is drawn.
    tui.wait_until("the weak-length message", |t| {
        // The rows and the text of one and the same frame.
        t.with_screen(|screen| {
            let rows = screen_rows(screen);
            let footer = rows.last()?;
            let text = screen.contents();
            (text.contains("Password generator")
                && text.contains(WEAK_LENGTH)
                && !footer.trim().is_empty()
                && !footer.contains("Ctrl+R"))
            .then_some(())
        })
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
    let mut tui = Term::ready(keysmith(&[]));
    assert!(tui.with_screen(|screen| screen.alternate_screen()));
    tui.send(CTRL_Q);
    let status = tui.wait_exit_status();
    assert!(status.success(), "Ctrl+Q exits with success: {status:?}");
    tui.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is left hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste is left on");
    });
}

/// A signal ends the program with the terminal restored and no secret left behind.
fn signal_restores_the_terminal(signal: &str) {
    let mut tui = Term::spawn_with_scrollback(keysmith(&[]), 100, 30, SCROLLBACK);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    let code = fill_form_and_send_code(&mut tui);
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
    let mut tui = Term::spawn(keysmith(&[]), 50, 15);
    tui.wait_for("the too-small note", |text| {
        text.contains("terminal too small: need 60×20")
    });
    // A resize sent before the app listens for them is the subject of the next test.
    wait_until_listening_for_resizes(&tui);
    tui.resize(100, 30);
    tui.wait_for("the Register screen after the resize", |text| {
        text.contains("Sign up") && !text.contains("terminal too small")
    });
}

/// A resize is redrawn at once, also one that comes as soon as the first frame is
/// drawn, as a tiling window manager does to a new terminal. The race is tried a number of
/// times: a program that listens for resizes only after its first frame loses some of them.
#[test]
fn a_resize_right_after_the_first_frame_is_redrawn() {
    for attempt in 1..=20 {
        let mut tui = Term::spawn(keysmith(&[]), 50, 15);
        // Resize as soon as the first frame shows.
        tui.wait_until_every(Duration::from_millis(1), "the too-small note", |t| {
            t.text()
                .contains("terminal too small: need 60×20")
                .then_some(())
        });
        let listening = catches_sigwinch(tui.pid())
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
    let mut tui = Term::ready(keysmith(&[]));
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend_from_slice(pattern.as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    tui.send(&paste);
    // The City field is drawn under the Name: once "Paris" shows, the name is drawn whole.
    tui.send(TAB);
    tui.send(b"Paris");
    let kept = &pattern[..64];
    // The field is narrower than 64 columns and away from the focus: it shows the start of
    // the text, and an ellipsis where it goes on.
    let shown = tui.wait_until("the pasted name, then the city", |t| {
        let rows = t.rows();
        let city = field_text(&rows, "City")?;
        (city == "Paris").then(|| field_text(&rows, "Name"))?
    });
    let start = shown
        .strip_suffix('…')
        .unwrap_or_else(|| panic!("the Name field shows {shown:?}, cut without an ellipsis"));
    assert!(
        kept.starts_with(start),
        "the Name field shows {shown:?}, not the start of the first 64 pasted characters {kept:?}"
    );
    // Exactly 64 were kept: 63 Backspaces leave the first pasted character alone.
    tui.send(SHIFT_TAB);
    tui.send(&BACKSPACE.repeat(63));
    let first = &pattern[..1];
    tui.wait_until("one character left in the name", |t| {
        let rows = t.rows();
        field_text(&rows, "Name")
            .filter(|shown| shown == first)
            .map(drop)
    });
    tui.send(CTRL_Q);
    let status = tui.wait_exit_status();
    assert!(status.success(), "Ctrl+Q exits with success: {status:?}");
}

/// The authenticator app: the real binary enrols, the test reads the secret off the
/// screen as a person typing it into a phone would, computes the code with keysmith's core
/// at the current time, types it back, and is let in.
#[test]
fn an_authenticator_code_computed_from_the_shown_secret_signs_up() {
    use keysmith_core::totp::TotpSource;
    let mut tui = Term::spawn(keysmith(&[]), 120, 40);
    tui.wait_for("the Register screen", |text| text.contains("Sign up"));
    fill_form(&mut tui);
    tui.send(TAB); // the code format
    open_authenticator_setup(&mut tui);
    let secret = tui.wait_until(
        "the secret beside the QR code (160 bits: 32 characters)",
        |t| shown_secret(&t.text()),
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
    tui.send(code.as_bytes());
    tui.send(ENTER);
    tui.wait_for("Login successful", |text| text.contains("Login successful"));
    tui.send(CTRL_Q);
    tui.wait_exit();
}
