//! Writing `otpauth://` URIs for any secret and parameters: what a QR code of an existing
//! secret holds. Written straight into a wiped buffer, sized so that it never moves.

use zeroize::Zeroizing;

use super::choices::ParamChoices;
use super::enrolment::{LabelError, check_label};
use super::uri::{CodeKind, percent_encode};

/// The label and what follows it: `otpauth://KIND/ISSUER:ACCOUNT?secret=…&issuer=ISSUER`,
/// then each parameter that was chosen, and `counter=` for counter-based codes.
pub(crate) fn write(
    kind: CodeKind,
    secret_base32: &str,
    choices: ParamChoices,
    counter: Option<u64>,
    issuer: &str,
    account: &str,
) -> Result<Zeroizing<String>, LabelError> {
    check_label(issuer, account)?;
    // Percent-encoding at most triples a byte; the parameters take under 100 bytes.
    let capacity = 128 + secret_base32.len() + 3 * (2 * issuer.len() + account.len());
    let mut uri = Zeroizing::new(String::with_capacity(capacity));
    uri.push_str(match kind {
        CodeKind::TimeBased => "otpauth://totp/",
        CodeKind::CounterBased => "otpauth://hotp/",
    });
    percent_encode(issuer, &mut uri);
    uri.push(':');
    percent_encode(account, &mut uri);
    uri.push_str("?secret=");
    uri.push_str(secret_base32);
    uri.push_str("&issuer=");
    percent_encode(issuer, &mut uri);
    if let Some(algorithm) = choices.algorithm {
        uri.push_str("&algorithm=");
        uri.push_str(&algorithm.name().to_ascii_uppercase());
    }
    if let Some(digits) = choices.digits {
        uri.push_str(&format!("&digits={digits}"));
    }
    match kind {
        CodeKind::TimeBased => {
            if let Some(period) = choices.period {
                uri.push_str(&format!("&period={period}"));
            }
        }
        CodeKind::CounterBased => {
            uri.push_str(&format!("&counter={}", counter.unwrap_or(0)));
        }
    }
    Ok(uri)
}
