//! Base32 secrets as people paste them (RFC 4648 §6): checked here so that a mistake is named
//! by its character and position, then decoded by `totp-rs`.

use totp_rs::Secret;
use zeroize::Zeroizing;

/// What is wrong with a base32 secret. Positions count characters from 1, as a person would.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Base32Error {
    #[error("the secret is empty")]
    /// Nothing but spaces, dashes and padding.
    Empty,
    #[error(
        "bad base32: '{}' at position {position} is not a base32 character (A-Z, 2-7)",
        found.escape_debug()
    )]
    /// A character outside the base32 alphabet.
    BadCharacter {
        /// The character.
        found: char,
        /// Its position, from 1.
        position: usize,
    },
    #[error("bad base32: '=' at position {position} is padding, which may only end the secret")]
    /// Padding before the end.
    PaddingInside {
        /// The position of the first `=`, from 1.
        position: usize,
    },
    #[error(
        "bad base32: {length} characters cannot encode whole bytes \
         (a length of 8n+1, 8n+3 or 8n+6 is impossible; is a character missing?)"
    )]
    /// A length that no whole number of bytes gives.
    BadLength {
        /// The number of base32 characters.
        length: usize,
    },
}

/// Decodes a secret, ignoring spaces and dashes (apps and sites show it in groups), case, and `=`
/// padding at the end.
pub fn decode(text: &str) -> Result<Secret, Base32Error> {
    let mut normalized = Zeroizing::new(String::with_capacity(text.len()));
    let mut padding_from = None;
    for (index, found) in text.chars().enumerate() {
        let position = index + 1;
        match found {
            ' ' | '-' => {}
            '=' => {
                padding_from.get_or_insert(position);
            }
            'a'..='z' | 'A'..='Z' | '2'..='7' => {
                if let Some(position) = padding_from {
                    return Err(Base32Error::PaddingInside { position });
                }
                normalized.push(found.to_ascii_uppercase());
            }
            _ => return Err(Base32Error::BadCharacter { found, position }),
        }
    }
    let length = normalized.len();
    if length == 0 {
        return Err(Base32Error::Empty);
    }
    // Each character carries 5 bits; these remainders leave 5, 15 or 30 bits over a whole
    // number of bytes, more than the at most 7 padding bits a real encoder leaves.
    if matches!(length % 8, 1 | 3 | 6) {
        return Err(Base32Error::BadLength { length });
    }
    // Every character is valid and the length is possible, so the library's decoder agrees;
    // should it not, the length is the honest thing to blame.
    Secret::try_from_base32(normalized.as_str()).map_err(|_| Base32Error::BadLength { length })
}

/// A secret as base32 in groups of four (`GEZD GNBV …`), for typing by hand.
pub fn grouped(secret: &Secret) -> Zeroizing<String> {
    let plain = Zeroizing::new(secret.to_base32());
    let mut out = Zeroizing::new(String::with_capacity(plain.len() + plain.len() / 4));
    for (index, c) in plain.chars().enumerate() {
        if index > 0 && index % 4 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}
