//! Characters mode: a length, a menu of four sets, toggles and the option fields, what they
//! allow, and the password that follows them. The options are compiled into one `Policy` each
//! time they change (never while drawing); entropy, refusals and passwords all come from it.

mod compiled;
mod fields;
pub mod fold;
pub mod keys;
mod options_view;
pub mod site;
pub mod site_match;
mod state;
pub mod values;
mod view;

pub use fields::SITE_LIMIT;
pub use state::{Characters, WeakYes};
pub use view::draw;
