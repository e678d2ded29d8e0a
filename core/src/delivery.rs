//! How the one-time code reaches the user: a simulated text message of one of the four code
//! formats, or a real authenticator app (TOTP).

use crate::OtpFormat;
use crate::charset::DIGITS;
use crate::totp::CODE_LEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// How a sign-up code reaches the person: a code sent by message, or an authenticator app.
pub enum Delivery {
    /// A code of this format, sent by text message (or e-mail).
    Text(OtpFormat),
    /// A time-based code from an authenticator app (TOTP).
    Authenticator,
}

impl Default for Delivery {
    fn default() -> Self {
        Delivery::Text(OtpFormat::default())
    }
}

impl Delivery {
    /// In the order the selector cycles through them.
    pub const ALL: [Delivery; 5] = [
        Delivery::Text(OtpFormat::Digits6),
        Delivery::Text(OtpFormat::Digits8),
        Delivery::Text(OtpFormat::Digits4),
        Delivery::Text(OtpFormat::Alnum6),
        Delivery::Authenticator,
    ];

    /// The selector's name; the command line's (`--otp-format`) is `cli_name`.
    pub fn name(self) -> &'static str {
        match self {
            Delivery::Text(format) => format.name(),
            Delivery::Authenticator => "authenticator app",
        }
    }

    /// The command line's name (`--otp-format`): the format's name, or `totp`.
    pub fn cli_name(self) -> &'static str {
        match self {
            Delivery::Text(format) => format.name(),
            Delivery::Authenticator => "totp",
        }
    }

    /// How many characters a code has.
    pub fn code_len(self) -> usize {
        match self {
            Delivery::Text(format) => format.code_len(),
            Delivery::Authenticator => CODE_LEN,
        }
    }

    /// The characters a code can hold.
    pub fn alphabet(self) -> &'static [u8] {
        match self {
            Delivery::Text(format) => format.alphabet(),
            Delivery::Authenticator => DIGITS,
        }
    }

    /// The code's entropy: an authenticator's six digits, like digits6.
    pub fn bits(self) -> f64 {
        match self {
            Delivery::Text(format) => format.bits(),
            Delivery::Authenticator => OtpFormat::Digits6.bits(),
        }
    }

    /// Whether the code is too short to be safe (four digits).
    pub fn is_weak(self) -> bool {
        match self {
            Delivery::Text(format) => format.is_weak(),
            Delivery::Authenticator => false,
        }
    }
}

impl crate::Named for Delivery {
    const VARIANTS: &'static [Delivery] = &Delivery::ALL;

    fn spelling(self) -> &'static str {
        self.cli_name()
    }
}
