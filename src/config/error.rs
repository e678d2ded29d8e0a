//! Every way the settings file can fail, each naming the file and, for what is in it, the
//! line, the column and the key.

use std::fmt;
use std::io;
use std::path::PathBuf;

use super::regular::Node;
use crate::escape;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but cannot be read (permissions, a folder, an I/O error).
    #[error("cannot read the settings file {}: {source}", escape::path(path))]
    Read { path: PathBuf, source: io::Error },
    /// A folder, a device, a FIFO or a socket: never read (a FIFO would wait for a writer, a
    /// device reads as anything) and so never replaced by a save.
    #[error(
        "cannot read the settings file {}: it is {node}, not a regular file",
        escape::path(path)
    )]
    NotAFile { path: PathBuf, node: Node },
    /// Larger than any settings file keysmith writes, so not read.
    #[error(
        "the settings file {} is too large ({bytes} bytes; at most {limit})",
        escape::path(path)
    )]
    TooLarge {
        path: PathBuf,
        bytes: u64,
        limit: u64,
    },
    /// What was to be saved is larger than the file may be: nothing is written, since the
    /// next start could not read it.
    #[error(
        "not saved: the settings would take {bytes} bytes, over the {limit} a settings file \
         may have; delete some profiles"
    )]
    TooLargeToSave { bytes: u64, limit: u64 },
    /// Not TOML, a value of the wrong type, or a value out of range.
    #[error("{}, {at}: {}{problem}", path.display(), Key(key.as_deref()))]
    Invalid {
        path: PathBuf,
        at: Position,
        /// The key at fault, as a dotted path (`profiles.work.length`), when one is.
        key: Option<String>,
        problem: String,
    },
    /// The file could not be written; the old one, if any, is as it was.
    #[error("cannot save the settings to {}: {source}", escape::path(path))]
    Write { path: PathBuf, source: io::Error },
    /// The file was changed by someone else after keysmith read it, and is broken now: it is
    /// left as it is.
    #[error("not saved, so as not to overwrite a file that cannot be read now: {now}")]
    BrokenSinceLoad { now: Box<ConfigError> },
    #[error("{}", unknown_profile(name, path, known, *exists))]
    UnknownProfile {
        name: String,
        path: PathBuf,
        /// The profiles the file has, in its order.
        known: Vec<String>,
        exists: bool,
    },
    /// `save_profile` without `Replace::Confirmed` for a name that is taken.
    #[error("a profile named {name:?} exists already")]
    ProfileExists { name: String },
    #[error("{reason}")]
    BadProfileName { reason: String },
    /// What was to be saved holds a value the file could not read back: nothing is written.
    #[error("{}{}", Key(key.as_deref()), escape::escaped(problem))]
    Unsavable {
        key: Option<String>,
        problem: String,
    },
    /// Neither a home folder nor `XDG_CONFIG_HOME` says where the file goes.
    #[error(
        "no place for the settings file: set HOME or XDG_CONFIG_HOME, or name a file with --config"
    )]
    NoHome,
}

/// The most profile names a refusal lists; the rest are counted.
const LISTED_PROFILES: usize = 10;

fn unknown_profile(name: &str, path: &std::path::Path, known: &[String], exists: bool) -> String {
    let file = escape::path(path);
    if !exists {
        format!("no profile named {name:?}: the settings file {file} does not exist")
    } else if known.is_empty() {
        format!("no profile named {name:?}: {file} has no [profiles.NAME] tables")
    } else {
        format!(
            "no profile named {name:?} in {file}; its profiles are: {}",
            escape::list(known, LISTED_PROFILES)
        )
    }
}

struct Key<'a>(Option<&'a str>);

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(key) => write!(f, "{}: ", escape::escaped(key)),
            None => Ok(()),
        }
    }
}

/// A place in the file, 1-based; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// Where byte `offset` of `text` is (clamped to the text, and to a character boundary).
    pub fn of(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(Position::of(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of(text, 6), Position { line: 2, column: 1 });
        // After "bé " (é is two bytes): the fourth character.
        assert_eq!(Position::of(text, 10), Position { line: 2, column: 4 });
        // Inside é, and past the end: clamped, never a panic.
        assert_eq!(Position::of(text, 8), Position { line: 2, column: 2 });
        assert_eq!(Position::of(text, 999).line, 3);
    }
}
