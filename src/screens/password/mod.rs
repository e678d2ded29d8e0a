//! The Password screen's generator, in two modes: Characters (a length, a menu of four sets,
//! toggles) and Words (a passphrase from the EFF list); each with its result.

mod characters;
mod choosing;
mod confirming;
mod field_input;
mod fields;
mod file_options;
mod kept;
mod keys;
mod modal;
mod open;
mod profile_list;
mod profiles;
mod request;
pub(crate) mod result;
mod ring;
mod save_prompt;
mod save_prompt_view;
mod saving;
mod secret_rows;
mod several;
mod several_view;
mod short_site;
mod short_site_view;
mod shown;
mod state;
mod state_options;
mod view;
mod words;

pub use characters::Characters;
pub use fields::{Entropy, Field, LengthProblem, NoLength, Note, first_field};
pub use keys::Action;
pub use request::{Reply, Request};
pub use saving::{NamePrompt, ProfileSave, Saving};
pub use several::{HOW_MANY, Several};
pub use state::State;
pub use words::Words;
