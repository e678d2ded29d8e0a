//! The settings file through the real binary in a pseudo-terminal: options changed, quit, started again and shown again; `remember = false` and a
//! broken file left byte for byte as they were; Ctrl+S saving a profile that the next run
//! offers. Each test has a folder of its own and names its file with `--config`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::pty::{BACKSPACE, CTRL_Q, ENTER, F3, SPACE, TAB, Term, keysmith};

const CTRL_S: &[u8] = b"\x13";
const END: &[u8] = b"\x1b[F";

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("keysmith-e2e-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("make the scratch folder");
        Scratch(dir)
    }

    fn config(&self) -> PathBuf {
        self.0.join("config.toml")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// keysmith with `--config file` at 100×30, on the Password screen.
fn password_screen(file: &Path) -> Term {
    let path = file.to_str().expect("a UTF-8 path");
    let mut term = Term::ready(keysmith(&["--config", path]));
    term.send(F3);
    term.wait_for("the Password screen", |text| {
        text.contains("Password generator")
    });
    term
}

fn quit(mut term: Term) {
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

fn read(file: &Path) -> String {
    fs::read_to_string(file).expect("the settings file")
}

#[test]
fn options_changed_are_shown_again_after_a_restart() {
    let scratch = Scratch::new("restart");
    let file = scratch.config();
    let mut term = password_screen(&file);
    // 20, Enter to the menu, set 3, then down to no repeats and on.
    term.send(b"20");
    term.send(ENTER);
    term.send(b"3");
    term.send(TAB);
    term.send(TAB);
    term.send(TAB);
    term.send(SPACE);
    term.wait_for("no repeats on", |text| {
        text.contains("[x] no repeated characters")
    });
    quit(term);
    let written = read(&file);
    for line in ["length = 20", "set = \"alnum\"", "no_repeats = true"] {
        assert!(written.contains(line), "{line} in:\n{written}");
    }

    let term = password_screen(&file);
    term.wait_for("the remembered options", |text| {
        text.contains("Length        20")
            && text.contains("(•) 3. Capital and small letters and numbers")
            && text.contains("[x] no repeated characters")
    });
    quit(term);
}

#[test]
fn remember_false_keeps_the_file_as_it_is() {
    let scratch = Scratch::new("remember-false");
    let file = scratch.config();
    let text = "# mine\nremember = false\nlength = 12\n";
    fs::write(&file, text).expect("write the file");
    let mut term = password_screen(&file);
    term.wait_for("the file's length", |text| {
        text.contains("Length        12")
    });
    term.send(BACKSPACE);
    term.send(BACKSPACE);
    term.send(b"30");
    term.wait_for("the new length", |text| text.contains("Length        30"));
    // Longer than the save's wait, so a save would have happened.
    std::thread::sleep(std::time::Duration::from_millis(800));
    quit(term);
    assert_eq!(read(&file), text);
}

#[test]
fn a_broken_file_is_named_in_the_status_and_left_byte_for_byte() {
    let scratch = Scratch::new("broken");
    let file = scratch.config();
    let text = "length = 20\nset = [\n";
    fs::write(&file, text).expect("write the file");
    let mut term = password_screen(&file);
    let shown = file.display().to_string();
    term.wait_for("the file, line and problem in the status", |screen| {
        let flowed = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        flowed.contains(&shown) && flowed.contains("line 2")
    });
    term.send(b"30");
    term.send(ENTER);
    std::thread::sleep(std::time::Duration::from_millis(800));
    quit(term);
    assert_eq!(read(&file), text);
}

#[test]
fn ctrl_s_saves_a_profile_that_the_next_run_offers() {
    let scratch = Scratch::new("profile");
    let file = scratch.config();
    let mut term = password_screen(&file);
    term.send(b"24");
    term.send(ENTER);
    term.send(CTRL_S);
    term.wait_for("the name prompt", |text| text.contains("Save profile"));
    term.send(b"bank");
    term.send(ENTER);
    term.wait_for("the save said", |text| {
        text.contains("Saved profile \"bank\"")
    });
    term.wait_for("the selector", |text| text.contains("◀ bank ▶  1 profile"));
    quit(term);
    let written = read(&file);
    let profile = written
        .split("[profiles.bank]")
        .nth(1)
        .unwrap_or_else(|| panic!("a bank profile in:\n{written}"));
    assert!(profile.contains("length = 24"), "{written}");

    // The next run starts with the same options, which are bank's.
    let mut term = password_screen(&file);
    term.wait_for("bank chosen", |text| {
        text.contains("◀ bank ▶") && text.contains("Length        24")
    });
    // Ctrl+S again offers bank's name, and asks before replacing it. The remembered length
    // is offered as a selection: End, then a 0 appended.
    term.send(END);
    term.send(b"0");
    term.send(CTRL_S);
    term.send(ENTER);
    term.wait_for("the question", |text| {
        text.contains("A profile named \"bank\" exists")
    });
    term.send(ENTER);
    term.wait_for("the save said", |text| {
        text.contains("Saved profile \"bank\"")
    });
    quit(term);
    let written = read(&file);
    assert!(written.contains("length = 240"), "{written}");
    assert_eq!(written.matches("[profiles.bank]").count(), 1, "{written}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_that_cannot_be_written_is_said_in_the_status_and_nothing_breaks() {
    // Not even root can make a folder in /proc: the file loads as missing, and every save
    // fails, as in a read-only folder.
    let file = Path::new("/proc/self/keysmith-e2e/config.toml");
    let mut term = password_screen(file);
    term.send(b"20");
    term.wait_for("the refusal in the status", |screen| {
        let flowed = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        flowed.contains("Options not remembered: cannot save the settings to /proc/self")
    });
    // Still working: a password comes, and quitting is clean.
    term.send(ENTER);
    term.send(ENTER);
    term.wait_for("a password", |text| text.contains("Your password:"));
    quit(term);
}

#[test]
fn a_length_the_file_could_not_read_back_keeps_the_files_own() {
    let scratch = Scratch::new("weak-length");
    let file = scratch.config();
    fs::write(&file, "length = 20\n").expect("write the file");
    let mut term = password_screen(&file);
    term.wait_for("the file's length", |text| {
        text.contains("Length        20")
    });
    // 5 is refused as weak: the file keeps its 20 rather than losing the key.
    term.send(BACKSPACE);
    term.send(BACKSPACE);
    term.send(b"5");
    term.wait_for("the refusal", |text| text.contains("Length        5 "));
    quit(term);
    let written = read(&file);
    assert!(written.contains("length = 20"), "{written}");
    assert!(!written.contains("length = 5"), "{written}");
}

#[test]
fn profiles_added_to_the_file_meanwhile_are_offered_after_the_next_save() {
    let scratch = Scratch::new("meanwhile");
    let file = scratch.config();
    fs::write(&file, "length = 20\n").expect("write the file");
    let mut term = password_screen(&file);
    term.wait_for("no profiles yet", |text| text.contains("none yet"));
    // An editor adds a profile while keysmith runs; the next save reads the file again.
    let mut text = read(&file);
    text.push_str("\n[profiles.ext]\nlength = 30\n");
    fs::write(&file, &text).expect("edit the file");
    term.send(END);
    term.send(b"3");
    term.wait_for("the profile offered", |text| {
        text.contains("◀ custom ▶  1 profile")
    });
    quit(term);
    let written = read(&file);
    assert!(written.contains("[profiles.ext]\nlength = 30"), "{written}");
    assert!(written.contains("length = 203"), "{written}");
}

#[test]
fn a_site_typed_gives_passwords_that_meet_its_rules_and_is_shown_again_after_a_restart() {
    let scratch = Scratch::new("site");
    let file = scratch.config();
    let mut term = password_screen(&file);
    // Enter to the menu, then down past the toggles and the option fields to Site.
    term.send(ENTER);
    for _ in 0..11 {
        term.send(TAB);
    }
    term.wait_for("the Site field", |text| text.contains("› Site"));
    // The shortest domain is offered first (airfrance.us); one more letter picks .com.
    term.send(b"airfrance.c");
    term.send(TAB);
    let password = term.wait_until("a password of airfrance.com's rules", |t| {
        let rows = t.rows();
        rows.iter()
            .any(|row| row.contains("rules of airfrance.com: 8–12 chars"))
            .then_some(())?;
        let at = rows.iter().position(|row| row.contains("Your password:"))?;
        let password = rows.get(at + 1)?.trim().to_string();
        (password.len() == 12).then_some(password)
    });
    // airfrance.com: a lower, an upper and a digit, and only these symbols.
    let symbols = "-!#$&+/?@_";
    assert!(
        password
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || symbols.contains(c))
    );
    for class in [
        char::is_ascii_lowercase,
        char::is_ascii_uppercase,
        char::is_ascii_digit,
    ] {
        assert!(password.chars().any(|c| class(&c)), "{password}");
    }
    quit(term);
    let written = read(&file);
    for line in ["site = \"airfrance.com\"", "length = 12"] {
        assert!(written.contains(line), "{line} in:\n{written}");
    }
    assert!(
        !written.contains("rules ="),
        "the site, not its rules:\n{written}"
    );

    let term = password_screen(&file);
    term.wait_for("the remembered site", |text| {
        text.contains("airfrance.com") && text.contains("rules of airfrance.com: 8–12 chars")
    });
    quit(term);
}
