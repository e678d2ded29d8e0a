//! `--profile NAME` for `password` and `passphrase`: the profile's options, under the flags
//! given on the command line. This is the only time the command line reads the settings file,
//! so scripts without `--profile` do the same whatever the file says.

use std::path::{Path, PathBuf};

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, FromArgMatches};

use crate::config::{self, Options};

/// Arguments, and which of them were given on the command line (not left to their
/// defaults), so that a profile fills in only the rest.
#[derive(Debug, Clone)]
pub struct Given<T> {
    pub args: T,
    on_command_line: Vec<String>,
}

impl<T> Given<T> {
    /// Arguments none of which were given, as from code rather than a command line.
    pub fn defaults(args: T) -> Given<T> {
        Given {
            args,
            on_command_line: Vec::new(),
        }
    }

    /// Whether the argument of this id (the field's name) was on the command line.
    pub fn given(&self, id: &str) -> bool {
        self.on_command_line.iter().any(|given| given == id)
    }

    fn record(&mut self, matches: &ArgMatches) {
        for id in matches.ids() {
            let id = id.as_str();
            if matches.value_source(id) == Some(ValueSource::CommandLine) && !self.given(id) {
                self.on_command_line.push(id.to_owned());
            }
        }
    }
}

impl<T> std::ops::Deref for Given<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.args
    }
}

impl<T: Args> Args for Given<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        T::augment_args(cmd)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        T::augment_args_for_update(cmd)
    }

    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: FromArgMatches> FromArgMatches for Given<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut given = Given::defaults(T::from_arg_matches(matches)?);
        given.record(matches);
        Ok(given)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.args.update_from_arg_matches(matches)?;
        self.record(matches);
        Ok(())
    }
}

/// A profile's options, with its word list's path resolved against the file's folder.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub name: String,
    pub options: Options,
    pub wordlist: Option<PathBuf>,
}

/// Reads profile `name` from the file `--config` or the environment names: an unknown name
/// lists the known ones; a broken file names its line and problem.
/// The group of flags that read the settings file, which `--config` needs one of: each
/// command that takes `ProfileArgs` names its own.
pub const READS_SETTINGS: &str = "reads_settings";

/// `--profile` and the file it reads, as `password` and `passphrase` both take them.
#[derive(Debug, Clone, clap::Args)]
pub struct ProfileArgs {
    /// Take the options of profile NAME from the settings file; flags given here win.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// The settings file --profile (or --site, for its [sites]) reads.
    #[arg(long, value_name = "FILE", requires = READS_SETTINGS, help = concat!(
        "The settings file --profile (or --site, for its [sites]) reads [default: ",
        "$KEYSMITH_CONFIG, else ", crate::default_settings_file!(), "]"
    ))]
    pub config: Option<PathBuf>,
}

impl ProfileArgs {
    /// The profile `--profile` names, if one was named.
    pub fn chosen(&self) -> Result<Option<Chosen>, String> {
        let name = self.profile.as_deref();
        name.map(|name| load(name, self.config.as_deref()))
            .transpose()
    }
}

pub fn load(name: &str, config_flag: Option<&Path>) -> Result<Chosen, String> {
    let path = config::file(config_flag).map_err(|e| e.to_string())?;
    let loaded = config::load(&path).map_err(|e| e.to_string())?;
    let options = loaded.profile(name).map_err(|e| e.to_string())?.clone();
    let wordlist = loaded.wordlist(&options);
    Ok(Chosen {
        name: name.to_owned(),
        options,
        wordlist,
    })
}

/// For a refusal of options a profile had a hand in: which profile.
pub fn refusal(profile: Option<&Chosen>, message: &str) -> String {
    match profile {
        Some(profile) => format!("{message} (with profile {:?})", profile.name),
        None => message.to_owned(),
    }
}
