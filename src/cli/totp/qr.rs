//! `keysmith totp qr` and `keysmith hotp qr`: the QR code of a secret someone already has
//! (a base32 secret or a URI), with the URI it holds under it, to enrol another app.

use clap::Args;
use zeroize::Zeroizing;

use keysmith_core::hotp::HotpSource;
use keysmith_core::totp::{ISSUER, TotpSource};

use super::draw::QrStyle;
use super::qr_of;
use super::source::{Failure, SourceArgs, SourceText, refused};

#[derive(Debug, Args)]
pub struct QrArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// The account the app will show; needed with --secret; with --uri it relabels the URI.
    #[arg(long, value_name = "NAME")]
    pub account: Option<String>,
    /// The service the app will show [default: keysmith]; needs --account.
    #[arg(long, value_name = "NAME", requires = "account")]
    pub issuer: Option<String>,
    /// How to draw the QR code.
    #[arg(long, value_enum, default_value_t = QrStyle::Auto)]
    pub qr_style: QrStyle,
}

/// The QR code drawn above the URI it holds.
pub fn above_uri(uri: &str, style: QrStyle) -> Result<Zeroizing<String>, Failure> {
    let drawing = qr_of(uri, style)?;
    let mut both = Zeroizing::new(String::with_capacity(drawing.len() + uri.len() + 1));
    both.push_str(&drawing);
    both.push_str(uri);
    Ok(both)
}

/// `totp qr`: a URI as given, or one written for the secret and label.
pub fn totp(args: &QrArgs) -> Result<Zeroizing<String>, Failure> {
    let issuer = args.issuer.as_deref().unwrap_or(ISSUER);
    let uri = match (args.source.read()?, &args.account) {
        (SourceText::Uri(uri), None) => {
            TotpSource::from_uri(&uri).map_err(refused)?;
            uri
        }
        (SourceText::Uri(uri), Some(account)) => TotpSource::from_uri(&uri)
            .map_err(refused)?
            .uri(issuer, account)
            .map_err(refused)?,
        (SourceText::Secret(secret), Some(account)) => TotpSource::from_base32(&secret)
            .map_err(refused)?
            .uri(issuer, account)
            .map_err(refused)?,
        (SourceText::Secret(_), None) => return Err(needs_account()),
    };
    above_uri(&uri, args.qr_style)
}

/// `hotp qr`: as `totp qr`, with the counter the app starts from.
pub fn hotp(args: &QrArgs, counter: Option<u64>) -> Result<Zeroizing<String>, Failure> {
    let issuer = args.issuer.as_deref().unwrap_or(ISSUER);
    let (source, given_uri) = match args.source.read()? {
        SourceText::Uri(uri) => (HotpSource::from_uri(&uri).map_err(refused)?, Some(uri)),
        SourceText::Secret(secret) => (HotpSource::from_base32(&secret).map_err(refused)?, None),
    };
    let uri = match (given_uri, &args.account, counter) {
        (Some(uri), None, None) => uri,
        (_, Some(account), _) => {
            let counter = counter.or(source.counter()).unwrap_or(0);
            source.uri(issuer, account, counter).map_err(refused)?
        }
        (Some(_), None, Some(_)) => {
            return Err(Failure::Refused(
                "--counter rewrites the URI, which needs its label: give --account too".into(),
            ));
        }
        (None, None, _) => return Err(needs_account()),
    };
    above_uri(&uri, args.qr_style)
}

fn needs_account() -> Failure {
    Failure::Refused("a QR code of a secret needs the account it is for: give --account".into())
}
