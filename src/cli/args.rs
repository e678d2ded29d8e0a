//! The command line's flags and commands, as clap parses them.

use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand};

use super::clip::ClipArgs;
use super::parse::{at_least_one, named};
use super::password::PasswordArgs;
use super::profile::Given;
use super::{completions, hotp, passphrase, sites, totp};
use crate::config::ThemeChoice;
use keysmith_core::{Delivery, OtpFormat};

#[derive(Debug, Parser)]
#[command(
    name = "keysmith",
    version,
    about = "One-time codes and strong passwords"
)]
pub struct Cli {
    #[command(flatten)]
    pub tui: TuiArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command line, parsed. Where it holds nothing but the full-screen program's flags,
    /// only those are built: building every command's, most of clap's work, would delay the
    /// first frame by about half a millisecond.
    pub fn from_command_line() -> Result<Cli, clap::Error> {
        let args = std::env::args_os();
        // The usual start, no flags at all: the defaults, without building even those flags
        // (a fifth of a millisecond).
        if args.len() == 1 {
            return Ok(Cli::bare());
        }
        Cli::tui_only(args).map_or_else(Cli::try_parse, Ok)
    }

    /// What `Cli::try_parse_from(["keysmith"])` makes: the full-screen program with every
    /// flag at its default.
    fn bare() -> Cli {
        Cli {
            tui: TuiArgs::DEFAULT,
            command: None,
        }
    }

    /// What `Cli::try_parse_from(args)` makes of `args`, where they are the full-screen
    /// program's flags alone; else `None`. Help, the version, a command or a mistake are not
    /// taken here: the whole command line answers those, in its own words.
    fn tui_only<I, T>(args: I) -> Option<Cli>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let command = clap::Command::new("keysmith").disable_help_flag(true);
        let matches = TuiArgs::augment_args(command)
            .try_get_matches_from(args)
            .ok()?;
        let tui = TuiArgs::from_arg_matches(&matches).ok()?;
        Some(Cli { tui, command: None })
    }
}

/// Flags of the full-screen program (no subcommand).
#[derive(Debug, Clone, Args)]
pub struct TuiArgs {
    /// Seconds a one-time code stays valid, from 1 to 600.
    #[arg(long, default_value_t = TuiArgs::DEFAULT.otp_ttl, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub otp_ttl: u64,
    /// Code format to start with [default: the remembered one, else digits6].
    #[arg(long, ignore_case = true, value_parser = named::<Delivery>())]
    pub otp_format: Option<Delivery>,
    /// Seconds before a copied password is cleared from the clipboard, up to 3600; 0 means never.
    #[arg(long, default_value_t = TuiArgs::DEFAULT.clipboard_clear, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub clipboard_clear: u64,
    /// Colours for a dark or a light terminal; auto asks the terminal which it has [default:
    /// the settings file's theme, else auto].
    #[arg(long, ignore_case = true, value_parser = named::<ThemeChoice>())]
    pub theme: Option<ThemeChoice>,
    /// Draw without colours (the NO_COLOR variable does the same).
    #[arg(long)]
    pub no_color: bool,
    /// The settings file to remember options in and read profiles from.
    #[arg(long, value_name = "FILE", help = concat!(
        "The settings file to remember options in and read profiles from [default: ",
        "$KEYSMITH_CONFIG, else ", crate::default_settings_file!(), "]"
    ))]
    pub config: Option<PathBuf>,
    /// Neither read nor write a settings file.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

impl TuiArgs {
    /// Every flag at its default, as clap gives them when none is given.
    const DEFAULT: TuiArgs = TuiArgs {
        otp_ttl: 300,
        otp_format: None,
        clipboard_clear: 10,
        theme: None,
        no_color: false,
        config: None,
        no_config: false,
    };

    /// The settings file these flags and the environment name, or `Location::Off` ("none")
    /// for `--no-config`.
    pub fn config_location(&self) -> Result<crate::config::Location, crate::config::ConfigError> {
        crate::config::locate(self.config.as_deref(), self.no_config)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print random passwords, one per line.
    Password(Given<PasswordArgs>),
    /// Print one-time codes, one per line.
    Otp(OtpArgs),
    /// Print random passphrases from the EFF long list, one per line.
    Passphrase(Given<passphrase::PassphraseArgs>),
    /// Print the time-based code of a secret or otpauth:// URI, or enrol with `totp new`.
    Totp(totp::TotpArgs),
    /// Print the counter-based code (HOTP) of a secret or otpauth://hotp/ URI.
    Hotp(hotp::HotpArgs),
    /// List the built-in sites (and the settings file's) whose domain contains QUERY, with
    /// their password rules.
    Sites(sites::SitesArgs),
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell.
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), for `man -l -` or a man folder.
    Man,
}

#[derive(Debug, Args)]
pub struct OtpArgs {
    /// Code format.
    #[arg(short, long, ignore_case = true, value_parser = named::<OtpFormat>(), default_value = "digits6")]
    pub format: OtpFormat,
    /// How many codes.
    #[arg(short = 'n', long, default_value_t = 1, value_parser = at_least_one, conflicts_with = "clip")]
    pub count: u64,
    #[command(flatten)]
    pub clip: ClipArgs,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_screen_flags_alone_mean_what_the_whole_command_line_makes_of_them() {
        let lines: [&[&str]; 6] = [
            &["keysmith"],
            &["keysmith", "--theme", "dark"],
            &["keysmith", "--theme=LIGHT", "--no-color", "--otp-ttl", "5"],
            &["keysmith", "--clipboard-clear", "0", "--otp-format", "TOTP"],
            &["keysmith", "--config", "x.toml"],
            &["keysmith", "--no-config"],
        ];
        for line in lines {
            let whole = Cli::try_parse_from(line).expect("the whole command line takes it");
            let tui_only = Cli::tui_only(line).expect("the full-screen flags take it");
            assert!(whole.command.is_none(), "{line:?}");
            assert_eq!(
                format!("{:?}", tui_only.tui),
                format!("{:?}", whole.tui),
                "{line:?}"
            );
        }
    }

    #[test]
    fn no_flags_at_all_mean_the_defaults_the_whole_command_line_gives() {
        let whole = Cli::try_parse_from(["keysmith"]).expect("the whole command line takes it");
        assert!(whole.command.is_none());
        assert_eq!(format!("{:?}", Cli::bare().tui), format!("{:?}", whole.tui));
    }

    #[test]
    fn help_versions_commands_and_mistakes_are_left_to_the_whole_command_line() {
        let lines: [&[&str]; 9] = [
            &["keysmith", "--help"],
            &["keysmith", "-h"],
            &["keysmith", "--version"],
            &["keysmith", "-V"],
            &["keysmith", "password"],
            &["keysmith", "--theme", "dark", "password", "-l", "20"],
            &["keysmith", "--theme", "purple"],
            &["keysmith", "--otp-ttl", "0"],
            &["keysmith", "--config", "a", "--no-config"],
        ];
        for line in lines {
            assert!(Cli::tui_only(line).is_none(), "{line:?}");
        }
    }
}
