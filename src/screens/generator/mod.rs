//! The Password screen's generator: a length, a menu of four sets, toggles and the result.

mod fields;
mod keys;
mod result;
mod state;
mod view;

pub use fields::{Entropy, Field, LengthProblem, Note};
pub use state::State;
