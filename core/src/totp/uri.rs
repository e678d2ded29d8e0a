//! `otpauth://totp/LABEL?secret=…&digits=…&period=…&algorithm=…` and
//! `otpauth://hotp/LABEL?secret=…&counter=…` (Google's Key URI Format).
//!
//! Read here rather than by `totp-rs`'s `Totp::from_url`, which cannot say which parameters
//! the URI gave (a flag may fill a missing one but must not contradict a given one), names
//! no position in a bad secret, and refuses the 80-bit secrets that many sites still issue.

use totp_rs::Secret;
use zeroize::Zeroizing;

use super::base32::{self, Base32Error};
use super::choices::ParamChoices;
use super::values::ParamError;

/// What is wrong with an `otpauth://` URI. Never quotes the URI: it holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UriError {
    #[error("bad URI: it must start with otpauth://totp/ or otpauth://hotp/")]
    /// Not an `otpauth://` URI at all.
    NotOtpauth,
    #[error(
        "bad URI: otpauth://hotp/ is a counter-based code (HOTP), \
         not a time-based one (otpauth://totp/)"
    )]
    /// An `otpauth://hotp/` URI where a time-based one was expected.
    CounterBased,
    #[error(
        "bad URI: otpauth://totp/ is a time-based code (TOTP), \
         not a counter-based one (otpauth://hotp/)"
    )]
    /// An `otpauth://totp/` URI where a counter-based one was expected.
    TimeBased,
    #[error("bad URI: the type after otpauth:// must be totp or hotp")]
    /// A type other than `totp` or `hotp`.
    UnknownType,
    #[error("bad URI: the counter must be a whole number from 0 to {max}, not {0:?}", max = u64::MAX)]
    /// A `counter=` that is not a whole number that fits in 64 bits; holds the text given.
    BadCounter(String),
    #[error("bad URI: it has no secret parameter (?secret=…)")]
    /// No `secret=` parameter.
    MissingSecret,
    #[error("bad URI: the {0} parameter is given twice")]
    /// A parameter given twice; holds its name.
    Duplicate(&'static str),
    #[error("bad URI: '%' at position {position} is not followed by two hexadecimal digits")]
    /// A `%` not followed by two hexadecimal digits.
    BadEscape {
        /// The position of the `%`, in characters from 1.
        position: usize,
    },
    #[error("bad URI: the {0} is not UTF-8 once percent-decoded")]
    /// A part that is not UTF-8 once decoded; holds which part.
    NotUtf8(&'static str),
    #[error("bad URI: the secret parameter: {0}")]
    /// The secret is not valid base32.
    Secret(Base32Error),
    #[error("bad URI: {0}")]
    /// The `digits`, `period` or `algorithm` parameter has a value not allowed.
    Param(#[from] ParamError),
}

const SCHEME: &str = "otpauth://";

/// The parameters that change the code; the rest (issuer, image, …) are only labels.
#[derive(Clone, Copy)]
enum Known {
    Secret,
    Digits,
    Period,
    Algorithm,
    Counter,
}

impl Known {
    fn of(key: &str) -> Option<Self> {
        match key {
            "secret" => Some(Self::Secret),
            "digits" => Some(Self::Digits),
            "period" => Some(Self::Period),
            "algorithm" => Some(Self::Algorithm),
            "counter" => Some(Self::Counter),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Secret => "secret",
            Self::Digits => "digits",
            Self::Period => "period",
            Self::Algorithm => "algorithm",
            Self::Counter => "counter",
        }
    }
}

/// Which kind of code a URI is for: its type after `otpauth://`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// `totp`: a code per time step.
    TimeBased,
    /// `hotp`: a code per counter value.
    CounterBased,
}

/// What an `otpauth://` URI gives: its kind, secret, parameters and `counter=`, if any.
pub struct Parsed {
    pub kind: CodeKind,
    pub secret: Secret,
    pub choices: ParamChoices,
    pub counter: Option<u64>,
}

/// The kind, secret and parameters an `otpauth://totp/` or `otpauth://hotp/` URI gives.
pub fn parse(text: &str) -> Result<Parsed, UriError> {
    let prefix = text.get(..SCHEME.len()).ok_or(UriError::NotOtpauth)?;
    if !prefix.eq_ignore_ascii_case(SCHEME) {
        return Err(UriError::NotOtpauth);
    }
    // A fragment is not part of the resource (RFC 3986 §3.5).
    let rest = text[SCHEME.len()..].split('#').next().unwrap_or_default();
    let type_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let kind = match &rest[..type_end] {
        kind if kind.eq_ignore_ascii_case("totp") => CodeKind::TimeBased,
        kind if kind.eq_ignore_ascii_case("hotp") => CodeKind::CounterBased,
        _ => return Err(UriError::UnknownType),
    };
    let after_type = &rest[type_end..];
    let (label, query) = after_type.split_once('?').unwrap_or((after_type, ""));
    let uri = Located {
        text,
        start: SCHEME.len() + type_end,
    };
    // The label only names the account, but a broken one means a broken URI.
    utf8(uri.decode(label)?, "label")?;

    let mut secret = None;
    let mut choices = ParamChoices::default();
    let mut counter = None;
    let mut pair_start = uri.start + label.len() + 1;
    for pair in query.split('&') {
        let here = Located {
            text,
            start: pair_start,
        };
        pair_start += pair.len() + 1;
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(known) = Known::of(&utf8(here.decode(key)?, "parameter name")?) else {
            continue;
        };
        let value_at = Located {
            text,
            start: here.start + key.len() + 1,
        };
        let value = utf8(value_at.decode(value)?, known.name())?;
        let duplicate = match known {
            Known::Secret => {
                let decoded = base32::decode(&value).map_err(UriError::Secret)?;
                secret.replace(decoded).is_some()
            }
            Known::Digits => choices.digits.replace(value.parse()?).is_some(),
            Known::Period => choices.period.replace(value.parse()?).is_some(),
            Known::Algorithm => choices.algorithm.replace(value.parse()?).is_some(),
            Known::Counter => counter.replace(parse_counter(&value)?).is_some(),
        };
        if duplicate {
            return Err(UriError::Duplicate(known.name()));
        }
    }
    let secret = secret.ok_or(UriError::MissingSecret)?;
    Ok(Parsed {
        kind,
        secret,
        choices,
        counter,
    })
}

fn parse_counter(text: &str) -> Result<u64, UriError> {
    // u64's parser takes a leading `+`; a counter is written as plain digits.
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(UriError::BadCounter(text.to_owned()));
    }
    text.parse()
        .map_err(|_| UriError::BadCounter(text.to_owned()))
}

/// A part of the URI that starts at byte `start` of `text`, so errors can give positions.
struct Located<'a> {
    text: &'a str,
    start: usize,
}

impl Located<'_> {
    /// Percent-decodes `part` (which starts at `self.start`), reading `+` as a space, as
    /// query strings do.
    fn decode(&self, part: &str) -> Result<Zeroizing<Vec<u8>>, UriError> {
        let bytes = part.as_bytes();
        let mut out = Zeroizing::new(Vec::with_capacity(bytes.len()));
        let mut index = 0;
        while let Some(&byte) = bytes.get(index) {
            let (decoded, width) = match byte {
                b'%' => match bytes.get(index + 1..index + 3).and_then(escaped_byte) {
                    Some(value) => (value, 3),
                    None => return Err(self.bad_escape(index)),
                },
                b'+' => (b' ', 1),
                _ => (byte, 1),
            };
            out.push(decoded);
            index += width;
        }
        Ok(out)
    }

    fn bad_escape(&self, index: usize) -> UriError {
        // `index` is at a '%', so this is a character boundary.
        let before = self.text.get(..self.start + index).unwrap_or(self.text);
        UriError::BadEscape {
            position: before.chars().count() + 1,
        }
    }
}

fn escaped_byte(hex: &[u8]) -> Option<u8> {
    let digit = |b: u8| char::from(b).to_digit(16);
    match hex {
        [high, low] => u8::try_from(digit(*high)? << 4 | digit(*low)?).ok(),
        _ => None,
    }
}

fn utf8(mut bytes: Zeroizing<Vec<u8>>, what: &'static str) -> Result<Zeroizing<String>, UriError> {
    // The allocation moves into the String (or back out of the error), wiped either way.
    match String::from_utf8(std::mem::take(&mut *bytes)) {
        Ok(text) => Ok(Zeroizing::new(text)),
        Err(error) => {
            drop(Zeroizing::new(error.into_bytes()));
            Err(UriError::NotUtf8(what))
        }
    }
}

/// Appends `text` percent-encoded as RFC 3986 asks of a path segment or query value: every
/// byte but the unreserved `A-Z a-z 0-9 - . _ ~` becomes `%XX`.
pub(super) fn percent_encode(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
}
