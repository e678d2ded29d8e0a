//! What `totp`, `totp verify` and `totp qr` share: the flags of a code, the source read, the
//! clock, and a QR code drawn.

use std::time::{SystemTime, UNIX_EPOCH};

use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use zeroize::Zeroizing;

use keysmith_core::qr::QrMatrix;
use keysmith_core::totp::{Digits, HashAlgorithm, ParamChoices, Period, TotpSource};

use super::draw::{self, QrStyle};
use super::source::{Failure, SourceArgs, SourceText, refused};

/// The flags that change any one-time code of a secret: its digits and its hash.
#[derive(Debug, Args)]
pub struct CodeFlags {
    /// Digits of the code [default: 6, or the URI's].
    #[arg(long, value_parser = PossibleValuesParser::new(["6", "8"]).try_map(|s| s.parse::<Digits>()))]
    pub digits: Option<Digits>,
    /// The HMAC hash [default: sha1, or the URI's].
    #[arg(
        long,
        ignore_case = true,
        value_parser = PossibleValuesParser::new(HashAlgorithm::ALL.map(HashAlgorithm::name))
            .try_map(|s| s.parse::<HashAlgorithm>())
    )]
    pub algorithm: Option<HashAlgorithm>,
}

impl CodeFlags {
    /// These flags with a time step (`None` for a counter-based code).
    pub fn choices(&self, period: Option<Period>) -> ParamChoices {
        ParamChoices {
            digits: self.digits,
            period,
            algorithm: self.algorithm,
        }
    }
}

/// The flags that change a time-based code.
#[derive(Debug, Args)]
pub struct ParamFlags {
    #[command(flatten)]
    pub code: CodeFlags,
    /// Seconds in a time step [default: 30, or the URI's].
    #[arg(long, value_name = "S", value_parser = |s: &str| s.parse::<Period>())]
    pub period: Option<Period>,
}

impl ParamFlags {
    pub fn choices(&self) -> ParamChoices {
        self.code.choices(self.period)
    }
}

/// The secret and parameters a source names, checked against the flags.
pub fn time_source(source: &SourceArgs) -> Result<TotpSource, Failure> {
    match source.read()? {
        SourceText::Secret(secret) => TotpSource::from_base32(&secret).map_err(refused),
        SourceText::Uri(uri) => TotpSource::from_uri(&uri).map_err(refused),
    }
}

/// Seconds since the epoch by the system clock.
pub fn now() -> Result<u64, Failure> {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|since| since.as_secs())
        .map_err(|_| Failure::Refused("the system clock is set before 1970; give --time".into()))
}

/// The QR code of `uri`, drawn in `style`.
pub fn qr_of(uri: &str, style: QrStyle) -> Result<Zeroizing<String>, Failure> {
    let qr = QrMatrix::encode(uri).map_err(refused)?;
    Ok(draw::draw(&qr, style))
}
