//! A save replaces the file with a new one that keeps the old one's mode, owner and group:
//! never wider, never locking its owner out (a new file is 0600, as `files` checks).

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use keysmith::for_tests::{Remembered, config};

use super::Scratch;

fn save_a_change(path: &Path) {
    let mut loaded = config::load(path).expect("loads");
    let mut settings = Remembered::default();
    settings.options.length = Some(33);
    loaded.save_settings(&settings).expect("saved");
    assert!(super::read(path).contains("length = 33"));
}

#[test]
fn a_save_keeps_the_files_mode() {
    let scratch = Scratch::new("mode");
    for mode in [0o644, 0o640, 0o604, 0o600] {
        let path = scratch.file(&format!("{mode:o}.toml"), "length = 12\n");
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("chmod");
        save_a_change(&path);
        let now = fs::metadata(&path).expect("stat").mode() & 0o7777;
        assert_eq!(now, mode, "{mode:o} became {now:o}");
    }
}

#[test]
fn a_save_by_root_keeps_the_users_owner_and_group() {
    if !rustix::process::geteuid().is_root() {
        eprintln!("skipped: only root can save over another user's file");
        return;
    }
    let scratch = Scratch::new("owner");
    let path = scratch.file("config.toml", "length = 12\n");
    std::os::unix::fs::chown(&path, Some(4242), Some(4343)).expect("chown");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    save_a_change(&path);
    let meta = fs::metadata(&path).expect("stat");
    assert_eq!((meta.uid(), meta.gid()), (4242, 4343));
    assert_eq!(meta.mode() & 0o7777, 0o640);
}
