//! The Password screen's generator, in two modes: Characters (a length, a menu of four sets,
//! toggles) and Words (a passphrase from the EFF list); each with its result.

mod char_fields;
mod chars_view;
mod characters;
mod fields;
mod file_options;
mod fold;
mod keys;
mod profiles;
mod result;
mod ring;
mod save_prompt;
mod save_prompt_view;
mod shown;
mod state;
mod view;
mod words;
mod words_view;

pub use fields::{Entropy, Field, LengthProblem, Note, first_field};
pub use file_options::NoLength;
pub use save_prompt::{NamePrompt, ProfileSave, Request, Saving};
pub use state::State;

/// The Password screen's replies: the kit's, and its own requests.
pub type Reply = crate::kit::Reply<Request>;
pub use words::Words;
