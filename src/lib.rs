//! keysmith: one-time codes and strong passwords.

pub mod secret;
pub mod cli;
