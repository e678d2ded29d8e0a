//! One-time code formats and how a code is drawn.

use std::fmt::Write as _;

use rand::CryptoRng;
use rand::RngExt;
use rand::seq::IndexedRandom;
use secrecy::SecretString;

use super::charset::DIGITS;

/// `0-9A-Z` without the look-alikes `0 O 1 I`: 32 symbols, 5 bits each.
pub const ALNUM_ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// How a text-message code is made: its length and alphabet. Serialised by its name
/// (`digits6`, …) with the `serde` feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum OtpFormat {
    /// Six digits, about 19.9 bits: the usual code.
    #[default]
    Digits6,
    /// Eight digits, about 26.6 bits.
    Digits8,
    /// Four digits, about 13.3 bits: weak, kept for those who ask for it.
    Digits4,
    /// Six characters of [`ALNUM_ALPHABET`], 30 bits, typed in any case.
    Alnum6,
}

impl OtpFormat {
    /// In the order the selector cycles through them.
    pub const ALL: [OtpFormat; 4] = [
        OtpFormat::Digits6,
        OtpFormat::Digits8,
        OtpFormat::Digits4,
        OtpFormat::Alnum6,
    ];

    /// The name scripts and settings files use: `digits6`, `digits8`, `digits4`, `alnum6`.
    pub fn name(self) -> &'static str {
        match self {
            OtpFormat::Digits6 => "digits6",
            OtpFormat::Digits8 => "digits8",
            OtpFormat::Digits4 => "digits4",
            OtpFormat::Alnum6 => "alnum6",
        }
    }

    /// How many characters a code has.
    pub fn code_len(self) -> usize {
        match self {
            OtpFormat::Digits4 => 4,
            OtpFormat::Digits6 | OtpFormat::Alnum6 => 6,
            OtpFormat::Digits8 => 8,
        }
    }

    /// The characters a code is drawn from.
    pub fn alphabet(self) -> &'static [u8] {
        match self {
            OtpFormat::Alnum6 => ALNUM_ALPHABET,
            OtpFormat::Digits6 | OtpFormat::Digits8 | OtpFormat::Digits4 => DIGITS,
        }
    }

    /// The code's entropy: every code is equally likely.
    pub fn bits(self) -> f64 {
        self.code_len() as f64 * (self.alphabet().len() as f64).log2()
    }

    /// Below the 6-digit floor of NIST SP 800-63B.
    pub fn is_weak(self) -> bool {
        self == OtpFormat::Digits4
    }

    /// The character as the code would hold it, if `c` belongs to the format; alnum
    /// codes are typed case-insensitively.
    pub fn normalize(self, c: char) -> Option<char> {
        let c = if self == OtpFormat::Alnum6 {
            c.to_ascii_uppercase()
        } else {
            c
        };
        (c.is_ascii() && self.alphabet().contains(&(c as u8))).then_some(c)
    }
}

/// A fresh code. A digits code is one uniform draw over 0..10^n, zero-padded, so every
/// code, `0000` included, is equally likely.
///
/// ```
/// use keysmith_core::{OtpFormat, generate_code};
/// use secrecy::ExposeSecret;
///
/// let code = generate_code(OtpFormat::Alnum6, &mut rand::rng());
/// assert_eq!(code.expose_secret().len(), 6);
/// // Typed back in any case, each character is the one the code holds.
/// let typed = code.expose_secret().to_lowercase();
/// assert!(typed.chars().zip(code.expose_secret().chars())
///     .all(|(t, c)| OtpFormat::Alnum6.normalize(t) == Some(c)));
/// assert_eq!(format!("{:.1}", OtpFormat::Digits6.bits()), "19.9");
/// ```
pub fn generate_code<R: CryptoRng + ?Sized>(format: OtpFormat, rng: &mut R) -> SecretString {
    let mut code = String::with_capacity(format.code_len());
    write_code(format, rng, &mut code);
    SecretString::from(code)
}

/// Appends a fresh code to `out`, for callers that reuse one buffer.
pub fn write_code<R: CryptoRng + ?Sized>(format: OtpFormat, rng: &mut R, out: &mut String) {
    match format {
        OtpFormat::Alnum6 => {
            for _ in 0..format.code_len() {
                if let Some(&c) = ALNUM_ALPHABET.choose(rng) {
                    out.push(char::from(c));
                }
            }
        }
        OtpFormat::Digits6 | OtpFormat::Digits8 | OtpFormat::Digits4 => {
            let digits = format.code_len();
            let value = rng.random_range(0..10u64.pow(digits as u32));
            // Writing to a String cannot fail.
            let _ = write!(out, "{value:0digits$}");
        }
    }
}

impl crate::Named for OtpFormat {
    const VARIANTS: &'static [OtpFormat] = &OtpFormat::ALL;

    fn spelling(self) -> &'static str {
        self.name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_command_line_names() {
        use crate::Named;
        for format in OtpFormat::ALL {
            assert_eq!(format.spelling(), format.name());
            assert_eq!(OtpFormat::from_spelling(format.name()), Some(format));
        }
    }
}
