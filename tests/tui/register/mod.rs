//! User stories on the Register screen as `Msg` sequences through `App`: no
//! terminal, a seeded RNG, and a clock that moves only when a test says so.
//!
//! Texts are spelled out here, and alphabets and times in `support::spec`, by hand rather than
//! taken from the crate, so that these tests check the app against the documented behaviour,
//! not against itself.
//!
//! `code` is the one-time code (tries, expiry, the cooldown, the success dialog), `fields` the
//! form (what is missing or refused, the focus ring, the keys each field takes), and `found`
//! the bugs found while writing these flows, kept as tests.

mod code;
mod fields;
mod found;
mod lifecycle;
