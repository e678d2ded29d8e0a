//! What is not a regular file: a device, a FIFO, a folder or a socket behind the settings
//! file or the word list is refused by its kind, at once, and never written; and a chain of
//! links is followed as far as the kernel follows one. Devices and FIFOs are private ones,
//! made in each test's own folder.

use std::fs;
use std::path::Path;
use std::time::Duration;

use keysmith::for_tests::{ConfigError, Remembered, config};

use super::{Scratch, read};
use crate::support::cli;
use crate::support::nodes::{self, NULL};

/// Long enough for any run that does not hang; a hang is killed.
const PATIENCE: Duration = Duration::from_secs(20);

/// Runs `args` with `KEYSMITH_CONFIG` set to `config`, in `scratch`: exit 1 and its one line.
fn refused(scratch: &Scratch, args: &[&str], config: &Path) -> String {
    let output = cli::run(args)
        .env("KEYSMITH_CONFIG", config)
        .current_dir(scratch.dir())
        .timeout(PATIENCE)
        .output();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{args:?} ended so: {stderr}");
    assert!(output.stdout.is_empty());
    stderr.trim_end().to_owned()
}

fn changed() -> Remembered {
    let mut settings = Remembered::default();
    settings.options.length = Some(21);
    settings
}

#[test]
fn a_device_as_the_settings_file_does_not_load_and_is_never_replaced() {
    let scratch = Scratch::new("device");
    let null = scratch.path("null");
    if !nodes::device(&null, NULL) {
        return;
    }
    let error = match config::load(&null) {
        // Loaded, the TUI's first change would be saved over it.
        Ok(mut loaded) => {
            let _ = loaded.save_settings(&changed());
            None
        }
        Err(error) => Some(error),
    };
    assert!(nodes::is_char_device(&null), "the device was replaced");
    let error = error.expect("a device is no settings file");
    assert_eq!(
        error.to_string(),
        format!(
            "cannot read the settings file {}: it is a character device, not a regular file",
            null.display()
        )
    );
    // Through the binary, by the variable and by the flag alike.
    let by_variable = refused(&scratch, &["password", "--profile", "p"], &null);
    assert!(
        by_variable.contains("it is a character device"),
        "{by_variable}"
    );
    let args = ["password", "--profile", "p", "--config", "null"];
    let by_flag = refused(&scratch, &args, Path::new("elsewhere.toml"));
    assert!(by_flag.contains("it is a character device"), "{by_flag}");
    assert!(nodes::is_char_device(&null));
}

#[test]
fn a_fifo_as_the_settings_file_or_word_list_is_refused_at_once() {
    let scratch = Scratch::new("fifo");
    let fifo = scratch.path("fifo");
    nodes::fifo(&fifo);
    let settings = refused(&scratch, &["password", "--profile", "p"], &fifo);
    assert!(settings.contains("it is a FIFO (named pipe)"), "{settings}");
    let args = ["passphrase", "--wordlist", "fifo"];
    let words = refused(&scratch, &args, Path::new("none.toml"));
    assert_eq!(
        words,
        "word list fifo: it is a FIFO (named pipe), not a regular file"
    );
}

#[test]
fn a_word_list_that_is_not_a_regular_file_is_refused_by_name() {
    let scratch = Scratch::new("wordlist-nodes");
    fs::create_dir(scratch.path("folder")).expect("make a folder");
    let mut kinds = vec![("folder", "a folder")];
    if nodes::device(&scratch.path("null"), NULL) {
        kinds.push(("null", "a character device"));
    }
    for (name, kind) in kinds {
        let args = ["passphrase", "--wordlist", name];
        let message = refused(&scratch, &args, Path::new("none.toml"));
        assert_eq!(
            message,
            format!("word list {name}: it is {kind}, not a regular file")
        );
    }
}

#[test]
fn a_socket_or_a_folder_does_not_load() {
    let scratch = Scratch::new("socket");
    let socket = scratch.path("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("bind a socket");
    fs::create_dir(scratch.path("folder")).expect("make a folder");
    for (name, kind) in [("socket", "a socket"), ("folder", "a folder")] {
        let error = config::load(&scratch.path(name)).expect_err("not a file");
        let message = error.to_string();
        assert!(
            message.ends_with(&format!(": it is {kind}, not a regular file")),
            "{message}"
        );
    }
}

/// A chain of `links` links, `link1` → `link2` → … → `real.toml`; gives the first.
fn chain(scratch: &Scratch, links: usize) -> std::path::PathBuf {
    scratch.file("real.toml", "length = 12\n");
    for n in 1..=links {
        let next = if n == links {
            "real.toml".to_owned()
        } else {
            format!("link{}", n + 1)
        };
        std::os::unix::fs::symlink(next, scratch.path(&format!("link{n}"))).expect("link");
    }
    scratch.path("link1")
}

#[test]
fn a_save_follows_a_chain_of_links_as_far_as_the_kernel_does() {
    // The kernel follows 40 links in a path: a chain that long loads, and its save reaches
    // the real file, every link still a link.
    let scratch = Scratch::new("links-40");
    let first = chain(&scratch, 40);
    let mut loaded = config::load(&first).expect("40 links load");
    loaded.save_settings(&changed()).expect("saved");
    assert!(
        read(&scratch.path("real.toml")).contains("length = 21"),
        "the real file did not get the change"
    );
    for n in 1..=40 {
        let link = scratch.path(&format!("link{n}"));
        let meta = fs::symlink_metadata(&link).expect("stat");
        assert!(meta.file_type().is_symlink(), "link{n} became a file");
    }
    // One more than the kernel follows does not load, so it is never written.
    let scratch = Scratch::new("links-41");
    let first = chain(&scratch, 41);
    let error = config::load(&first).expect_err("41 links are too many");
    assert!(matches!(error, ConfigError::Read { .. }), "{error:?}");
}
