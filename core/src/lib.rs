//! keysmith-core: every password, passphrase and one-time code keysmith makes, and nothing
//! of terminals. Randomness and time come in as arguments, so every rule is testable.
//!
#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod challenge;
pub mod charset;
pub mod delivery;
pub mod entropy;
pub mod hotp;
pub mod kind;
pub mod named;
pub mod otp;
pub mod passphrase;
pub mod policy;
pub mod qr;
pub mod sites;
pub mod strength;
pub mod toggles;
pub mod totp;
pub mod wordlist;

pub use challenge::{Challenge, ChallengeState, Cooldown, OtpSession, Timestamp, Verdict};
pub use charset::{Alphabet, CharSet};
pub use delivery::Delivery;
pub use entropy::EntropyLabel;
pub use kind::Kind;
pub use named::Named;
pub use otp::{OtpFormat, generate_code};
pub use toggles::{Toggle, Toggles};
