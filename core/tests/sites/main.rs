//! The built-in sites: every entry's passwords checked against an independent reading of the
//! rules, the entropy against an independent count, and the lookup in every form a user
//! pastes.

mod count;
mod every_site;
mod lookup;
mod props;
mod table;
mod validator;
