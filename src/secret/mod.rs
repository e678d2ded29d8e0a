//! The core: every password and one-time code keysmith makes, and nothing of terminals.
//! Randomness and time come in as arguments, so every rule is testable.

pub mod challenge;
pub mod charset;
pub mod entropy;
pub mod otp;
pub mod passphrase;
pub mod policy;
pub mod strength;
pub mod toggles;
pub mod totp;
pub mod wordlist;

pub use challenge::{Challenge, ChallengeState, Cooldown, OtpSession, Verdict};
pub use charset::{Alphabet, CharSet};
pub use entropy::EntropyLabel;
pub use otp::{OtpFormat, generate_code};
pub use toggles::{Toggle, Toggles};
