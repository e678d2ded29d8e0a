//! The settings file: what the TUI remembers (the Password screen's options and the Register
//! code format), named profiles, and where the file is.
//!
//! ```toml
//! length = 20            # the top of the file: what the TUI remembered
//! symbols = "-_.!"
//! otp_format = "digits6"
//! theme = "auto"         # or "dark", "light": read, never written
//! # remember = false     # keep the file as it is
//!
//! [profiles.bank]        # a profile: the command line's option names
//! length = 12
//! set = "alnum"
//!
//! [sites."example.com"]  # a site's rules, over the built-in ones
//! rules = "minlength: 12; required: digit;"
//! ```
//!
//! - `path`: where the file is (`--config`, `KEYSMITH_CONFIG`, XDG) or `--no-config`.
//! - `options`: the option keys, and their conversion to and from the core's policies.
//! - `values` and `check`: how values are spelled, and which are out of range; `fault`:
//!   where in the file, the top as it is read and each profile as it is used or saved.
//! - `document`: the file as written (comments, order, unknown keys) beside the typed view.
//! - `sites`: the `[sites]` tables, added to the built-in sites.
//! - `load` and `profiles`: reading, and saving only what a successful load allows.
//! - `regular`: opening only a regular file, never waiting on a FIFO.
//! - `atomic`: the write itself, keeping the old file's owner and mode (`ownership`);
//!   `debounce`: saving once the changes stop.

mod atomic;
mod check;
mod debounce;
mod document;
mod error;
mod fault;
mod key_path;
mod load;
mod model;
mod options;
mod ownership;
mod path;
mod profile_name;
mod profiles;
mod profiles_off;
mod regular;
mod sites;
mod startup;
mod theme;
mod values;

pub use check::{first_fault, valid_or};
pub use debounce::Debounce;
pub use error::{ConfigError, Position};
pub use load::{Loaded, MAX_BYTES, Saved, load};
pub use model::{Config, Profile, Remembered, Replace, UnknownKey};
pub use options::Options;
pub use path::{Location, file, locate};
pub use profile_name::{CUSTOM, MAX_NAME_CHARS, profile_name};
pub use profiles_off::ProfilesOff;
pub use regular::{Unopened, open as open_regular};
pub use startup::{SettingsFile, Startup};
pub use theme::ThemeChoice;
