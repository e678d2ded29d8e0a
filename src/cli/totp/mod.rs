//! `keysmith totp`: the code of a base32 secret or an `otpauth://` URI at a given time, as an
//! authenticator app would show it; `totp verify`: which step a code belongs to; `totp new`:
//! the URI of a fresh secret; `totp qr`: the QR code of an existing one.

mod common;
pub mod draw;
pub mod output;
pub mod qr;
pub mod source;
pub mod verify;

use std::process::ExitCode;

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use keysmith_core::totp::{Enrolment, ISSUER};

use super::clip::{self, ClipArgs};
pub use common::{CodeFlags, ParamFlags, now, qr_of, time_source};
use draw::QrStyle;
use output::finish;
use source::{Failure, SourceArgs, refused, warn_if_short};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct TotpArgs {
    #[command(subcommand)]
    pub command: Option<TotpCommand>,
    #[command(flatten)]
    pub source: SourceArgs,
    /// Seconds since the Unix epoch to compute the code at [default: now].
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub time: Option<u64>,
    #[command(flatten)]
    pub params: ParamFlags,
    #[command(flatten)]
    pub clip: ClipArgs,
}

#[derive(Debug, Subcommand)]
pub enum TotpCommand {
    /// Print the otpauth:// URI of a fresh secret, to enrol an authenticator app.
    New(NewArgs),
    /// Check a code: print its step's offset from now and exit 0, or exit 1 if no step of
    /// the window gives it.
    Verify(verify::TotpVerifyArgs),
    /// Print the QR code of an existing secret or URI, to enrol an authenticator app.
    Qr(qr::QrArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The account the app will show, e.g. your user name.
    #[arg(long, value_name = "NAME")]
    pub account: String,
    /// The service the app will show.
    #[arg(long, value_name = "NAME", default_value = ISSUER)]
    pub issuer: String,
    /// Print the QR code (Unicode half blocks) above the URI.
    #[arg(long)]
    pub qr: bool,
    /// How to draw the QR code.
    #[arg(long, value_enum, default_value_t = QrStyle::Auto)]
    pub qr_style: QrStyle,
}

/// Runs `keysmith totp …`: 0 when printed, 1 when refused (or a code did not verify), 2 for
/// contradicting flags, 74 when the output cannot be written (a closed pipe is a quiet 0).
pub fn run(args: &TotpArgs, keysmith: fn() -> clap::Command) -> ExitCode {
    let printed = match &args.command {
        Some(TotpCommand::New(new)) => fresh_uri(new),
        Some(TotpCommand::Verify(verify)) => verify::totp(verify),
        Some(TotpCommand::Qr(qr)) => qr::totp(qr),
        None if args.clip.clip => match code(args) {
            Ok(code) => return clip::deliver(code.as_bytes(), &args.clip),
            Err(failure) => Err(failure),
        },
        None => code(args),
    };
    finish(printed, "totp", keysmith)
}

fn code(args: &TotpArgs) -> Result<Zeroizing<String>, Failure> {
    let source = time_source(&args.source)?;
    let params = source
        .params(args.params.choices())
        .map_err(Failure::Contradiction)?;
    // Said only of a code that is made: a usage error says nothing else.
    warn_if_short(source.secret_bits());
    let time = match args.time {
        Some(time) => time,
        None => now()?,
    };
    Ok(params.code_at(time))
}

fn fresh_uri(args: &NewArgs) -> Result<Zeroizing<String>, Failure> {
    let enrolment =
        Enrolment::with_issuer(&mut rand::rng(), &args.issuer, &args.account).map_err(refused)?;
    if args.qr {
        return qr::above_uri(enrolment.uri(), args.qr_style);
    }
    Ok(Zeroizing::new(enrolment.uri().to_owned()))
}
