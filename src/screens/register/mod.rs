//! The sign-up form: name, city, password, gender, a one-time code, and Submit.

mod authenticator;
mod code;
mod edit;
mod fields;
mod inbox;
mod keys;
mod messages;
mod state;
mod submit;
mod view;

pub use fields::{Field, Gender, code_filter};
pub use keys::Action;
pub use state::State;

pub const NAME_LIMIT: usize = 64;
pub const CITY_LIMIT: usize = 64;
pub const PASSWORD_LIMIT: usize = 128;
pub const PASSWORD_MIN: usize = 8;
pub const STRENGTH_MIN: u8 = 2;
