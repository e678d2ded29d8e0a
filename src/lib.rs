//! keysmith: one-time codes and strong passwords.

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod config;
pub mod runtime;
pub mod screens;
pub mod ui;
