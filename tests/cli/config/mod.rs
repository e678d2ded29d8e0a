//! The settings file: loading, atomic saving, unknown keys, broken files, profiles,
//! and `--profile` through the binary. Every test works in a folder of its own, and sets
//! environment variables only in the child processes it starts.

mod cli;
mod escapes;
mod files;
mod help;
mod killed;
#[cfg(target_os = "linux")]
mod nodes;
#[cfg(unix)]
mod ownership;
mod profiles;
mod sites;
mod size;
mod theme;

use std::fs;
use std::path::{Path, PathBuf};

/// A fresh folder, removed at the end.
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("keysmith-config-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("make the scratch folder");
        Scratch(dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    pub fn dir(&self) -> &Path {
        &self.0
    }

    /// Writes `text` to `name` and gives its path.
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).expect("make the folder");
        }
        fs::write(&path, text).expect("write the file");
        path
    }

    /// The names in the folder, sorted.
    pub fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .expect("list the folder")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub fn read(path: &Path) -> String {
    fs::read_to_string(path).expect("read the file")
}
