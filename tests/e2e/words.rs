//! End-to-end test of Words mode: the real binary in a pseudo-terminal,
//! read through a `vt100` emulator. F3, Shift+Tab up to the mode selector, Right to Words;
//! the passphrase is read off the screen and every word is checked against the EFF long list.
//!
//! Every wait polls with a generous deadline, and the child is killed on drop, so a slow
//! machine only makes the test slower and a failure never hangs.

use keysmith_core::wordlist::WordList;

use crate::support::pty::{BACKSPACE, CTRL_Q, ENTER, F3, RIGHT, SHIFT_TAB, TAB, Term, keysmith};

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
    let mut tui = Term::ready(keysmith(&[]));
    tui.send(F3);
    tui.wait_for("the Password screen", |text| {
        text.contains("Password generator") && text.contains("(•) Characters")
    });
    // From the length up past the profile selector to the mode selector.
    tui.send(SHIFT_TAB);
    tui.send(SHIFT_TAB);
    tui.send(RIGHT);
    let (row, entropy) = tui.wait_until("a passphrase", |t| passphrase_on(&t.rows()));
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
    let (row, _) = tui.wait_until("a passphrase of five words", |t| {
        passphrase_on(&t.rows()).filter(|(row, _)| row.trim().split('-').count() == 5)
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
