//! `keysmith hotp`: the counter-based code (RFC 4226) of a secret or an `otpauth://hotp/`
//! URI; `hotp verify`: which counter of a look-ahead window gave a code; `hotp qr`: its QR.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use keysmith_core::hotp::{HotpParams, HotpSource};

use super::clip::{self, ClipArgs};
use super::totp::CodeFlags;
use super::totp::output::finish;
use super::totp::qr::{self, QrArgs};
use super::totp::source::{Failure, SourceArgs, SourceText, refused, warn_if_short};
use super::totp::verify::{MAX_WINDOW, check_shape};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct HotpArgs {
    #[command(subcommand)]
    pub command: Option<HotpCommand>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub params: HotpFlags,
    #[command(flatten)]
    pub clip: ClipArgs,
}

/// The counter and the flags that change a counter-based code.
#[derive(Debug, Args)]
pub struct HotpFlags {
    /// The counter to compute the code of [default: the URI's counter=].
    #[arg(long, value_name = "N")]
    pub counter: Option<u64>,
    #[command(flatten)]
    pub code: CodeFlags,
}

#[derive(Debug, Subcommand)]
pub enum HotpCommand {
    /// Check a code: print the next counter and exit 0, or exit 1 if no counter of the
    /// window gives it.
    Verify(HotpVerifyArgs),
    /// Print the QR code of an existing secret or URI, to enrol an authenticator app.
    Qr(HotpQrArgs),
}

#[derive(Debug, Args)]
pub struct HotpVerifyArgs {
    /// The code to check.
    #[arg(value_name = "CODE")]
    pub code: String,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub params: HotpFlags,
    /// Counters past --counter to accept, for codes the app showed that were never used.
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_WINDOW)))]
    pub window: u32,
}

#[derive(Debug, Args)]
pub struct HotpQrArgs {
    #[command(flatten)]
    pub qr: QrArgs,
    /// The counter the app starts from [default: the URI's, else 0].
    #[arg(long, value_name = "N")]
    pub counter: Option<u64>,
}

/// Runs `keysmith hotp …`, with the exit statuses of `keysmith totp`.
pub fn run(args: &HotpArgs, keysmith: fn() -> clap::Command) -> ExitCode {
    let printed = match &args.command {
        Some(HotpCommand::Verify(verify)) => check(verify),
        Some(HotpCommand::Qr(args)) => qr::hotp(&args.qr, args.counter),
        None if args.clip.clip => match code(args) {
            Ok(code) => return clip::deliver(code.as_bytes(), &args.clip),
            Err(failure) => Err(failure),
        },
        None => code(args),
    };
    finish(printed, "hotp", keysmith)
}

/// The parameters and counter that the source and the flags give together.
fn counter_params(source: &SourceArgs, flags: &HotpFlags) -> Result<(HotpParams, u64), Failure> {
    let source = match source.read()? {
        SourceText::Secret(secret) => HotpSource::from_base32(&secret).map_err(refused)?,
        SourceText::Uri(uri) => HotpSource::from_uri(&uri).map_err(refused)?,
    };
    let params = source
        .params(flags.code.choices(None))
        .map_err(Failure::Contradiction)?;
    // The flag is where the counter stands now; a URI's is where it started.
    let counter = flags.counter.or(source.counter()).ok_or(Failure::Missing(
        "give --counter N: a counter-based code needs the counter",
    ))?;
    warn_if_short(source.secret_bits());
    Ok((params, counter))
}

fn code(args: &HotpArgs) -> Result<Zeroizing<String>, Failure> {
    let (params, counter) = counter_params(&args.source, &args.params)?;
    Ok(params.code(counter))
}

fn check(args: &HotpVerifyArgs) -> Result<Zeroizing<String>, Failure> {
    let (params, counter) = counter_params(&args.source, &args.params)?;
    check_shape(&args.code, params.digits())?;
    let last = counter.saturating_add(u64::from(args.window));
    let matched = params
        .verify(&args.code, counter, args.window)
        .ok_or_else(|| {
            Failure::Refused(format!(
                "the code does not match any counter from {counter} to {last}"
            ))
        })?;
    let next = matched.checked_add(1).ok_or_else(|| {
        Failure::Refused("the code is the last counter's; there is no next counter".into())
    })?;
    Ok(Zeroizing::new(next.to_string()))
}
