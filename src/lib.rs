//! keysmith: one-time codes and strong passwords.

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod keymap;
pub mod runtime;
pub mod secret;
pub mod ui;
