//! Loading the file, and saving over it only what a successful load allows.
//!
//! `Loaded` is the only way to save, and only `load` makes one, so a file that could not be
//! read or parsed cannot be overwritten: its caller holds an error, not a `Loaded`. Each save
//! reads the file again first and writes the changes into what it holds now, so edits made
//! meanwhile in an editor are kept, and a file broken meanwhile is left alone.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use super::atomic;
use super::document::{self, Parsed};
use super::error::{ConfigError, Position};
use super::fault;
use super::regular::{self, Unopened};
use super::{Config, Remembered, UnknownKey};
use keysmith_core::Named;
use keysmith_core::sites::Sites;

/// The largest file read, and so the largest written: far more than any settings file needs.
pub const MAX_BYTES: u64 = 1 << 20;

/// A settings file that was read (or found missing: the defaults), and the right to save it.
#[derive(Debug)]
pub struct Loaded {
    pub(super) path: PathBuf,
    pub(super) config: Config,
    pub(super) unknown: Vec<UnknownKey>,
    pub(super) existed: bool,
    pub(super) sites: Sites,
    /// The text `config` was read from, where a profile's fault is found when it is used.
    pub(super) text: String,
    /// `text` as a document, which a save edits (a copy of) while the file still says `text`.
    pub(super) doc: DocumentMut,
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// The file already says so: nothing was written.
    Unchanged,
    /// `remember = false`: nothing was written.
    NotRemembering,
}

/// Reads the settings file at `path`. A missing file is the defaults; one that cannot be read
/// or parsed, or holds a value out of range, is an error naming the file, line and problem.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let text = read(path)?;
    let existed = text.is_some();
    let text = text.unwrap_or_default();
    let Parsed {
        doc,
        config,
        unknown,
        sites,
    } = document::parse(path, &text)?;
    Ok(Loaded {
        path: path.to_owned(),
        config,
        unknown,
        existed,
        sites,
        text,
        doc,
    })
}

/// The file's text, `None` if there is no file.
fn read(path: &Path) -> Result<Option<String>, ConfigError> {
    let fault = |source: io::Error| ConfigError::Read {
        path: path.to_owned(),
        source,
    };
    let file = match regular::open(path) {
        Ok(file) => file,
        Err(Unopened::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(Unopened::Io(e)) => return Err(fault(e)),
        Err(Unopened::NotRegular(node)) => {
            return Err(ConfigError::NotAFile {
                path: path.to_owned(),
                node,
            });
        }
    };
    let too_large = |bytes| ConfigError::TooLarge {
        path: path.to_owned(),
        bytes,
        limit: MAX_BYTES,
    };
    if let Ok(meta) = file.metadata()
        && meta.len() > MAX_BYTES
    {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(fault)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        ConfigError::Invalid {
            path: path.to_owned(),
            at: Position::of(&text, valid),
            key: None,
            problem: "this is not UTF-8 text".into(),
        }
    })
}

impl Loaded {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the file said when it was loaded or last saved.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Whether there was a file (else these are the defaults, and a save makes one).
    pub fn existed(&self) -> bool {
        self.existed
    }

    /// Apple's sites with the file's `[sites]` over them, as loaded.
    pub fn sites(&self) -> &Sites {
        &self.sites
    }

    /// Keys keysmith does not know: kept on every save, but used for nothing, so the TUI can
    /// say so (a misspelt `lenght`).
    pub fn unknown_keys(&self) -> &[UnknownKey] {
        &self.unknown
    }

    /// The Password screen's options and the code format to start with.
    pub fn remembered(&self) -> &Remembered {
        &self.config.remembered
    }

    /// `remember = false` in the file turns remembering off.
    pub fn remembering(&self) -> bool {
        self.config.remember
    }

    /// A relative `wordlist` is taken from the settings file's folder.
    pub fn wordlist(&self, options: &super::Options) -> Option<PathBuf> {
        let list = Path::new(options.wordlist.as_deref()?);
        Some(match self.path.parent() {
            Some(folder) if list.is_relative() => folder.join(list),
            _ => list.to_owned(),
        })
    }

    /// Remembers the screen's options and the code format, unless `remember = false`.
    /// Cheap when nothing changed (no write), so it suits a debounced save.
    pub fn save_settings(&mut self, remembered: &Remembered) -> Result<Saved, ConfigError> {
        self.update(|doc, now| {
            if !now.remember {
                return Ok(Some(Saved::NotRemembering));
            }
            document::write_remembered(doc, remembered);
            Ok(None)
        })
    }

    /// Writes the whole of `config`: the top of the file, `remember`, `theme`, and every profile, with
    /// the profiles that `config` lacks removed. Unknown keys stay.
    pub fn save(&mut self, config: &Config) -> Result<Saved, ConfigError> {
        let path = self.path.clone();
        self.update(|doc, now| {
            document::write_remembered(doc, &config.remembered);
            let remember = (!config.remember || doc.contains_key("remember"))
                .then(|| toml_edit::Value::from(config.remember));
            document::set(doc.as_table_mut(), "remember", remember);
            let theme = config.theme.map(|theme| theme.spelling().into());
            document::set(doc.as_table_mut(), "theme", theme);
            for gone in now
                .profiles
                .iter()
                .filter(|p| config.profile(&p.name).is_none())
            {
                document::remove_profile(doc, &gone.name);
            }
            for profile in &config.profiles {
                write_profile(doc, &path, &profile.name, &profile.options)?;
            }
            Ok(None)
        })
    }

    /// Reads the file as it is now, lets `change` edit it (or answer without writing), and
    /// writes the result atomically if it differs and reads back as a valid file.
    pub(super) fn update(
        &mut self,
        change: impl FnOnce(&mut DocumentMut, &Config) -> Result<Option<Saved>, ConfigError>,
    ) -> Result<Saved, ConfigError> {
        let now = match read(&self.path) {
            Ok(text) => text,
            Err(e @ ConfigError::Read { .. }) => return Err(e),
            Err(broken) => {
                return Err(ConfigError::BrokenSinceLoad {
                    now: Box::new(broken),
                });
            }
        };
        let existed = now.is_some();
        let before = now.unwrap_or_default();
        // The file as it was last read or written, the usual case, is not parsed again. One
        // changed meanwhile is taken whole: its settings, profiles, sites and unknown keys.
        if before != self.text {
            let parsed = document::parse(&self.path, &before).map_err(|broken| {
                ConfigError::BrokenSinceLoad {
                    now: Box::new(broken),
                }
            })?;
            self.take(parsed, before.clone());
        }
        self.existed = existed;
        let mut doc = self.doc.clone();
        let answer = change(&mut doc, &self.config);
        if let Some(answer) = answer? {
            return Ok(answer);
        }
        let after = doc.to_string();
        if after == before {
            return Ok(Saved::Unchanged);
        }
        // Never write what could not be read back: too large to be read,
        let bytes = after.len() as u64;
        if bytes > MAX_BYTES {
            return Err(ConfigError::TooLargeToSave {
                bytes,
                limit: MAX_BYTES,
            });
        }
        // or not valid. The line and column of a text never written would point nowhere: say the key.
        let parsed = document::parse(&self.path, &after).map_err(|refused| match refused {
            ConfigError::Invalid { key, problem, .. } => ConfigError::Unsavable { key, problem },
            other => other,
        })?;
        // Profiles are checked when used, so the loader takes any: check those this save
        // writes, so that none is saved that could not be used.
        if let Some(fault) = fault::changed_profile(&self.config, &parsed.config) {
            return Err(fault);
        }
        atomic::write(&self.path, after.as_bytes()).map_err(|source| ConfigError::Write {
            path: self.path.clone(),
            source,
        })?;
        self.take(parsed, after);
        self.existed = true;
        Ok(Saved::Written)
    }

    /// What the file says now, as `text` and its parse.
    fn take(&mut self, parsed: Parsed, text: String) {
        let Parsed {
            doc,
            config,
            unknown,
            sites,
        } = parsed;
        self.doc = doc;
        self.config = config;
        self.unknown = unknown;
        self.sites = sites;
        self.text = text;
    }
}

/// Writes one profile's options into its table (made if missing), its unknown keys kept.
pub(super) fn write_profile(
    doc: &mut DocumentMut,
    path: &Path,
    name: &str,
    options: &super::Options,
) -> Result<(), ConfigError> {
    match document::profile_table(doc, name) {
        Some(table) => {
            document::write_options(table, options);
            Ok(())
        }
        None => Err(ConfigError::Invalid {
            path: path.to_owned(),
            at: Position { line: 1, column: 1 },
            key: Some("profiles".into()),
            problem: "is not a table of [profiles.NAME] tables".into(),
        }),
    }
}
