//! `keysmith totp verify` and `keysmith hotp verify`: whether a code is one of a window's,
//! checked in constant time, as a server would check what a person typed.

use clap::Args;
use zeroize::Zeroizing;

use keysmith_core::totp::Digits;

use super::source::{Failure, SourceArgs, warn_if_short};
use super::{ParamFlags, now, time_source};

/// The widest window: 2 × 100,000 + 1 codes take well under a second to compute.
pub const MAX_WINDOW: u32 = 100_000;

#[derive(Debug, Args)]
pub struct TotpVerifyArgs {
    /// The code to check.
    #[arg(value_name = "CODE")]
    pub code: String,
    #[command(flatten)]
    pub source: SourceArgs,
    /// Steps either side of now to accept, for clocks that drift.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_WINDOW)))]
    pub window: u32,
    /// Seconds since the Unix epoch to check at [default: now].
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub time: Option<u64>,
    #[command(flatten)]
    pub params: ParamFlags,
}

/// The offset of the step that gives the code (`0`, `-1`, `2`, …), or a refusal.
pub fn totp(args: &TotpVerifyArgs) -> Result<Zeroizing<String>, Failure> {
    let source = time_source(&args.source)?;
    let params = source
        .params(args.params.choices())
        .map_err(Failure::Contradiction)?;
    warn_if_short(source.secret_bits());
    check_shape(&args.code, params.digits())?;
    let time = match args.time {
        Some(time) => time,
        None => now()?,
    };
    match params.verify(&args.code, time, args.window) {
        Some(offset) => Ok(Zeroizing::new(offset.to_string())),
        None => Err(Failure::Refused(format!(
            "the code does not match any step within {} of now",
            args.window
        ))),
    }
}

/// A code of the wrong length or with other characters than digits is refused by name.
pub fn check_shape(code: &str, digits: Digits) -> Result<(), Failure> {
    let length = usize::from(digits.count());
    if code.len() == length && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Failure::Refused(format!(
            "the code must be {length} digits (0-9)"
        )))
    }
}
