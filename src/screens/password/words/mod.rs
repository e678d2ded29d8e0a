//! Words mode: a passphrase's options, the generator readied for them, and the passphrase.
//!
//! The generator is readied when an option changes, never while drawing: readying it over the
//! EFF list is the costly part, and the entropy and what it leaves out are kept beside it.

pub mod keys;
mod state;
pub mod values;
mod view;

pub use state::Words;
pub use view::{draw, rows_needed};
