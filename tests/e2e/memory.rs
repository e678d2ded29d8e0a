//! Secrets the program is done with are wiped: after each flow, the running binary's memory
//! (every readable mapping, read through `/proc/PID/mem`, as root can) holds no copy of the
//! secret. Each first finds the secret while the program still uses it, so that a scan that
//! reads too little cannot pass for a wipe. Where the memory cannot be read (not root, no
//! ptrace), each test says so and skips.
//!
//! Typed secrets are distinctive strings no other memory holds; generated ones are read off
//! the screen.

use crate::support::memory::copies;
use crate::support::pty::{
    BACKSPACE, ENTER, F3, RIGHT, SHIFT_TAB, TAB, Term, keysmith, shown_password,
};
use crate::support::{CITY, NAME, STRONG};

const CTRL_U: &[u8] = b"\x15";
const ESC: &[u8] = b"\x1b";

/// The copies of each of `secrets` left in the child, or `None` (with a note) where its
/// memory cannot be read.
fn copies_left(term: &Term, secrets: &[&[u8]]) -> Option<Vec<usize>> {
    let pid = term.pid();
    let mut counts = Vec::new();
    for secret in secrets {
        match copies(pid, secret) {
            Ok(n) => counts.push(n),
            Err(why) => {
                eprintln!("skipped: cannot read the memory of keysmith (pid {pid}): {why}");
                return None;
            }
        }
    }
    Some(counts)
}

/// The scan finds each of `secrets` while the program holds it: the control for `assert_wiped`.
fn assert_held(term: &Term, flow: &str, secrets: &[&[u8]]) {
    if let Some(counts) = copies_left(term, secrets) {
        eprintln!("{flow}: copies while in use {counts:?}");
        assert!(
            counts.iter().all(|&n| n > 0),
            "{flow}: the scan misses a secret still in use, so it cannot show one wiped: {counts:?}"
        );
    }
}

fn assert_wiped(term: &Term, flow: &str, secrets: &[&[u8]]) {
    if let Some(counts) = copies_left(term, secrets) {
        eprintln!("{flow}: copies left {counts:?}");
        assert!(
            counts.iter().all(|&n| n == 0),
            "{flow}: copies of each secret still in memory: {counts:?}"
        );
    }
}

/// The Register form with the focus in the Password field, name and city typed.
fn at_password_field() -> Term {
    let mut term = Term::ready(keysmith(&[]));
    term.send(NAME.as_bytes());
    term.send(TAB);
    term.send(CITY.as_bytes());
    term.send(TAB);
    term
}

/// Waits until the password field holds `chars` characters (masked) and zxcvbn has rated
/// them, or is empty and unrated.
fn wait_password_field(term: &Term, chars: usize) {
    let masked = "•".repeat(chars);
    term.wait_until("the password field to settle", |t| {
        let text = t.text();
        let rated = text.contains("/4");
        let filled = chars == 0 || text.contains(&masked);
        let longer = text.contains(&format!("{masked}•"));
        (filled && !longer && rated == (chars > 0)).then_some(())
    });
}

#[test]
fn a_typed_password_is_wiped_when_the_field_is_cleared() {
    const TYPED: &str = "Zq7#unique-marker-typed-4f1c";
    let mut term = at_password_field();
    // A key at a time, each read before the next, as a person types (a burst of keys read
    // at once would sit whole in the terminal library's input buffer), with a slip undone.
    for (typed, c) in TYPED.chars().enumerate() {
        term.send(c.to_string().as_bytes());
        wait_password_field(&term, typed + 1);
    }
    term.send(b"x");
    wait_password_field(&term, TYPED.len() + 1);
    term.send(BACKSPACE);
    wait_password_field(&term, TYPED.len());
    assert_held(&term, "typed password", &[TYPED.as_bytes()]);
    term.send(CTRL_U);
    wait_password_field(&term, 0);
    assert_wiped(&term, "typed password", &[TYPED.as_bytes()]);
}

/// The Password screen: the password it opened with, and the one made after it (Enter to the
/// menu, Enter to make one), with the focus on it.
fn password_screen() -> (Term, String, String) {
    let mut term = Term::ready(keysmith(&[]));
    term.send(F3);
    let opened_with = shown_password(&term, None);
    term.send(ENTER);
    term.send(ENTER);
    let made = shown_password(&term, Some(&opened_with));
    (term, opened_with, made)
}

#[test]
fn replaced_passwords_are_wiped() {
    let (mut term, opened_with, first) = password_screen();
    assert_held(&term, "shown password", &[first.as_bytes()]);
    let mut last = first.clone();
    for _ in 0..20 {
        term.send(b"r");
        last = shown_password(&term, Some(&last));
    }
    assert_wiped(
        &term,
        "replaced passwords",
        &[opened_with.as_bytes(), first.as_bytes()],
    );
}

#[test]
fn a_handed_over_password_is_wiped_once_cleared_and_replaced() {
    let (mut term, _, handed) = password_screen();
    term.send(b"u");
    term.wait_for("the Register screen", |text| text.contains("Sign up"));
    wait_password_field(&term, handed.len());
    assert_held(&term, "handed-over password", &[handed.as_bytes()]);
    term.send(SHIFT_TAB); // from the gender back to the password
    term.send(CTRL_U);
    wait_password_field(&term, 0);
    term.send(F3);
    term.send(b"r");
    shown_password(&term, Some(&handed));
    assert_wiped(&term, "handed-over password", &[handed.as_bytes()]);
}

/// The Messages panel's code, once one was sent.
fn sent_code(term: &Term) -> String {
    term.wait_until("a code in the Messages panel", |t| {
        t.text().lines().find_map(|row| {
            let (_, after) = row.split_once("Your keysmith code is ")?;
            let code: String = after.chars().take_while(char::is_ascii_digit).collect();
            (code.len() == 8).then_some(code)
        })
    })
}

/// Name, city, password and a gender, the focus left on the gender.
fn fill_form(term: &mut Term) {
    term.send(NAME.as_bytes());
    term.send(TAB);
    term.send(CITY.as_bytes());
    term.send(TAB);
    term.send(STRONG.as_bytes());
    term.send(TAB);
    term.send(RIGHT);
}

#[test]
fn a_used_code_is_wiped() {
    let mut term = Term::ready(keysmith(&["--otp-format", "digits8"]));
    fill_form(&mut term);
    term.send(TAB); // the code format
    term.send(TAB); // Send code
    term.send(ENTER);
    let code = sent_code(&term);
    assert_held(&term, "sent code", &[code.as_bytes()]);
    // A key at a time, as a person types it from the phone.
    for typed in 1..=code.len() {
        term.send(&code.as_bytes()[typed - 1..typed]);
        let so_far = &code[..typed];
        term.wait_until("the code field to take the key", |t| {
            t.rows()
                .iter()
                .any(|row| row.contains("One-time code") && row.contains(so_far))
                .then_some(())
        });
    }
    term.send(ENTER);
    term.wait_for("the welcome", |text| text.contains("Login successful"));
    term.send(ESC);
    term.wait_for("the form cleared", |text| text.contains("Signed up"));
    assert_wiped(&term, "used code", &[code.as_bytes()]);
}

/// The base32 secret the QR card shows, its groups joined.
fn enrolled_secret(term: &Term) -> String {
    term.wait_until("the secret under the QR code", |t| {
        let rows = t.rows();
        let at = rows.iter().position(|row| row.contains("Secret"))?;
        let groups: Vec<String> = rows[at + 1..]
            .iter()
            .map_while(|row| {
                let found: Vec<&str> = row
                    .split_whitespace()
                    .filter(|word| {
                        word.len() == 4 && word.chars().all(|c| matches!(c, 'A'..='Z' | '2'..='7'))
                    })
                    .collect();
                (!found.is_empty()).then(|| found.concat())
            })
            .collect();
        let secret = groups.concat();
        (secret.len() == 32).then_some(secret)
    })
}

/// Sets up an authenticator for `NAME` and returns its secret, the QR card closed and the
/// focus in the code field.
fn enrol(term: &mut Term) -> String {
    fill_form(term);
    term.send(TAB); // the code format
    for _ in 0..4 {
        term.send(RIGHT); // digits6 → … → authenticator app
    }
    term.wait_for("the authenticator chosen", |text| {
        text.contains("Set up authenticator")
    });
    term.send(TAB);
    term.send(ENTER);
    let secret = enrolled_secret(term);
    let forms = forms_of(&secret);
    let forms: Vec<&[u8]> = forms.iter().map(Vec::as_slice).collect();
    assert_held(term, "enrolment", &forms);
    term.send(ESC);
    term.wait_for("the card closed", |text| text.contains("Sign up"));
    secret
}

/// The enrolment's secret as base32, as raw bytes, and in its URI.
fn forms_of(secret: &str) -> Vec<Vec<u8>> {
    let raw = totp_rs::Secret::try_from_base32(secret)
        .expect("the card shows base32")
        .to_vec();
    vec![secret.as_bytes().to_vec(), raw]
}

fn assert_enrolment_wiped(term: &Term, flow: &str, secret: &str) {
    let forms = forms_of(secret);
    let forms: Vec<&[u8]> = forms.iter().map(Vec::as_slice).collect();
    assert_wiped(term, flow, &forms);
}

#[test]
fn a_voided_enrolment_is_wiped() {
    let mut term = Term::spawn(keysmith(&[]), 120, 40);
    term.wait_for("the Register screen", |text| text.contains("Sign up"));
    let secret = enrol(&mut term);
    // Three wrong codes; a right one by chance is one in 300,000.
    for tries_left in ["2 tries left", "1 try left", "set up again"] {
        term.send(b"000000");
        term.send(ENTER);
        term.wait_for("the refusal", |text| text.contains(tries_left));
        term.send(ESC);
        term.wait_for("the dialog closed", |text| !text.contains("Login denied"));
    }
    assert_enrolment_wiped(&term, "voided enrolment", &secret);
}

#[test]
fn an_enrolment_abandoned_for_text_messages_is_wiped() {
    let mut term = Term::spawn(keysmith(&[]), 120, 40);
    term.wait_for("the Register screen", |text| text.contains("Sign up"));
    let secret = enrol(&mut term);
    term.send(SHIFT_TAB); // the button
    term.send(SHIFT_TAB); // the code format
    term.send(RIGHT); // authenticator app → digits6
    term.wait_for("text messages chosen", |text| {
        text.contains("[ Send code ]")
    });
    assert_enrolment_wiped(&term, "abandoned enrolment", &secret);
}
