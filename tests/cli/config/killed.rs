//! Atomicity the hard way: a process saving in a loop is killed (SIGKILL) at many moments, and
//! the file it leaves is always the old settings or the new ones, whole, and parses.

use std::process::Command;
use std::time::Duration;

use keysmith::for_tests::{Options, Remembered, config};

use super::Scratch;

const LOOP_VAR: &str = "KEYSMITH_TEST_SAVE_LOOP";
const THIS_TEST: &str =
    "config::killed::a_save_killed_at_any_moment_leaves_the_old_or_the_new_file";

fn short() -> Remembered {
    Remembered {
        options: Options {
            length: Some(20),
            ..Options::default()
        },
        otp_format: None,
    }
}

fn long() -> Remembered {
    // Longer, so a torn write would show.
    let rules = "required: upper; required: lower; required: digit; ".repeat(20);
    Remembered {
        options: Options {
            length: Some(64),
            rules: Some(rules),
            ..Options::default()
        },
        otp_format: None,
    }
}

/// The child: saves the two settings in turn until it is killed.
fn save_forever(path: &std::path::Path) -> ! {
    let mut loaded = config::load(path).expect("the child loads the file");
    loop {
        for settings in [long(), short()] {
            loaded.save_settings(&settings).expect("the child saves");
        }
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    if let Some(path) = std::env::var_os(LOOP_VAR) {
        save_forever(std::path::Path::new(&path));
    }
    let scratch = Scratch::new("killed");
    let path = scratch.path("config.toml");
    config::load(&path)
        .expect("missing")
        .save_settings(&short())
        .expect("first save");
    let mut seen_long = false;
    for round in 0..24u64 {
        let mut child = Command::new(std::env::current_exe().expect("this test binary"))
            .args(["--exact", THIS_TEST, "--test-threads=1"])
            .env(LOOP_VAR, &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("the child starts");
        // Spread the kills over the child's start and many saves.
        std::thread::sleep(Duration::from_millis(30 + (round * 37) % 150));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let loaded = config::load(&path).expect("the file always parses");
        let settings = loaded.remembered();
        assert!(
            settings == &short() || settings == &long(),
            "round {round}: {settings:?}"
        );
        seen_long |= settings == &long();
    }
    assert!(
        seen_long,
        "the child never got to save: the test proves nothing"
    );
}
