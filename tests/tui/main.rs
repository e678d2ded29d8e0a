//! The full-screen program's state machine, `keysmith::for_tests::App`, driven through
//! `support::driver` with no terminal, a seeded RNG and a clock that moves only when a test
//! says so: one module a screen, and modules for what the screens share (the overlays and
//! timers, the clipboard, drawing, fitting small windows, secrets kept out of `Debug`, and no
//! panic on any input).

#[path = "../support/mod.rs"]
mod support;

// The Register screen.
mod qr;
mod register;
mod totp;

// The Password screen.
mod counts;
mod password;
mod profiles;
mod rules;
mod several;
mod short_site;
mod site;
mod words;

// What the screens share.
mod app;
mod clipboard;
mod contrast;
mod fit;
mod hygiene;
mod props;
mod render;
