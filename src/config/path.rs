//! Where the settings file is: `--config FILE`, else the `KEYSMITH_CONFIG` variable, else
//! `$XDG_CONFIG_HOME/keysmith/config.toml` (`~/.config/keysmith/config.toml`) on Linux and
//! macOS alike, as command-line programs keep theirs there, and `%APPDATA%\keysmith\config.toml`
//! on Windows (etcetera's base strategy); `--no-config` means none at all.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;

use super::ConfigError;

/// The default settings file as `--help` names it on this OS (a macro, for `concat!`).
#[cfg(windows)]
#[macro_export]
#[doc(hidden)]
macro_rules! default_settings_file {
    () => {
        r"%APPDATA%\keysmith\config.toml"
    };
}

/// The default settings file as `--help` names it on this OS (a macro, for `concat!`).
#[cfg(not(windows))]
#[macro_export]
#[doc(hidden)]
macro_rules! default_settings_file {
    () => {
        "$XDG_CONFIG_HOME/keysmith/config.toml (~/.config/keysmith/config.toml)"
    };
}

/// The variable that names another settings file.
pub const ENV_VAR: &str = "KEYSMITH_CONFIG";

/// The settings file to read and write, or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    /// `--no-config`: nothing is read, nothing is written.
    Off,
}

impl Location {
    pub fn path(&self) -> Option<&Path> {
        match self {
            Location::File(path) => Some(path),
            Location::Off => None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File(path) => write!(f, "{}", path.display()),
            Location::Off => f.write_str("none"),
        }
    }
}

/// The file the flags and this process's environment name, or none for `--no-config`.
pub fn locate(flag: Option<&Path>, no_config: bool) -> Result<Location, ConfigError> {
    if no_config {
        return Ok(Location::Off);
    }
    file(flag).map(Location::File)
}

/// The file `--config` names, else `KEYSMITH_CONFIG`, else the default place.
pub fn file(flag: Option<&Path>) -> Result<PathBuf, ConfigError> {
    file_with(flag, std::env::var_os(ENV_VAR), default_path)
}

/// As `file`, with the variable's value and the default place given, for tests.
pub fn file_with(
    flag: Option<&Path>,
    env: Option<OsString>,
    default: impl FnOnce() -> Result<PathBuf, ConfigError>,
) -> Result<PathBuf, ConfigError> {
    if let Some(path) = flag {
        return Ok(path.to_owned());
    }
    match env.filter(|value| !value.is_empty()) {
        Some(path) => Ok(PathBuf::from(path)),
        None => default(),
    }
}

/// `$XDG_CONFIG_HOME/keysmith/config.toml`, where a relative `XDG_CONFIG_HOME` is ignored as
/// the XDG specification says, else `~/.config/keysmith/config.toml` (on Windows, the
/// roaming AppData folder).
pub fn default_path() -> Result<PathBuf, ConfigError> {
    let strategy = etcetera::choose_base_strategy().map_err(|_| ConfigError::NoHome)?;
    Ok(strategy.config_dir().join("keysmith").join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default() -> Result<PathBuf, ConfigError> {
        Ok(PathBuf::from("/home/u/.config/keysmith/config.toml"))
    }

    #[test]
    fn the_flag_wins_then_the_variable_then_the_default() {
        let flag = Path::new("flag.toml");
        let env = || Some(OsString::from("env.toml"));
        let path = |p: &str| Some(PathBuf::from(p));
        assert_eq!(
            file_with(Some(flag), env(), default).ok(),
            path("flag.toml")
        );
        assert_eq!(file_with(None, env(), default).ok(), path("env.toml"));
        // An empty variable is no variable.
        assert_eq!(
            file_with(None, Some(OsString::new()), default).ok(),
            default().ok()
        );
        assert_eq!(file_with(None, None, default).ok(), default().ok());
        let no_home = file_with(None, None, || Err(ConfigError::NoHome));
        assert!(matches!(no_home, Err(ConfigError::NoHome)));
        assert_eq!(locate(Some(flag), true).ok(), Some(Location::Off));
        assert_eq!(
            locate(Some(flag), false).ok(),
            Some(Location::File(flag.to_owned()))
        );
        assert_eq!(Location::Off.to_string(), "none");
    }
}
