//! Text from the settings file echoed in a message reaches a terminal: its control
//! characters are shown escaped, so a profile's name cannot clear the screen or write the
//! clipboard (OSC 52), and a long list of names is cut with a count.

use std::fmt::Write as _;

use super::Scratch;
use crate::support::cli;

/// `keysmith password --profile missing` on `file`: exit 1 and what it said.
fn refusal(scratch: &Scratch, file: &str) -> String {
    scratch.file("c.toml", file);
    let output = cli::run(&["password", "--config", "c.toml", "--profile", "missing"])
        .current_dir(scratch.dir())
        .output();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

#[test]
fn profile_names_in_a_refusal_have_their_control_characters_escaped() {
    let scratch = Scratch::new("escapes");
    let file = "[profiles.\"clear\\u001b[2J\"]\nlength = 12\n\
        [profiles.\"clip\\u001b]52;c;aGk=\\u0007\"]\nlength = 13\n\
        [profiles.\"back\\u202ewards\"]\nlength = 14\n";
    let stderr = refusal(&scratch, file);
    assert!(
        !stderr.contains(|c: char| c.is_control() && c != '\n' || c == '\u{202e}'),
        "raw control characters: {stderr:?}"
    );
    assert!(
        stderr.trim_end().ends_with(
            "its profiles are: clear\\u{1b}[2J, clip\\u{1b}]52;c;aGk=\\u{7}, back\\u{202e}wards"
        ),
        "{stderr}"
    );
}

#[test]
fn a_long_list_of_profiles_is_cut_with_a_count() {
    let scratch = Scratch::new("many-profiles");
    let mut file = String::from("[profiles]\n");
    for n in 0..100_000 {
        let _ = writeln!(file, "p{n:x}={{}}");
    }
    let stderr = refusal(&scratch, &file);
    assert!(
        stderr
            .trim_end()
            .ends_with("its profiles are: p0, p1, p2, p3, p4, p5, p6, p7, p8, p9 and 99,990 more"),
        "{}",
        &stderr[..stderr.len().min(500)]
    );
    assert!(stderr.len() < 300, "{} bytes", stderr.len());
}
