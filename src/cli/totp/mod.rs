//! `keysmith totp`: the code of a base32 secret or an `otpauth://` URI at a given time, as an
//! authenticator app would show it; `keysmith totp new`: the URI of a fresh secret.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use keysmith_core::qr::QrMatrix;
use keysmith_core::totp::{
    Conflict, Digits, Enrolment, HashAlgorithm, ISSUER, MIN_SECRET_BITS, ParamChoices, Period,
    TotpSource,
};

/// Longest line read from stdin; a URI with a 1024-byte secret still fits.
const MAX_STDIN_LINE: usize = 8 * 1024;
const EXIT_USAGE: u8 = 2;

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
    /// Digits of the code [default: 6, or the URI's].
    #[arg(long, value_parser = PossibleValuesParser::new(["6", "8"]).try_map(|s| s.parse::<Digits>()))]
    pub digits: Option<Digits>,
    /// Seconds in a time step [default: 30, or the URI's].
    #[arg(long, value_name = "S", value_parser = |s: &str| s.parse::<Period>())]
    pub period: Option<Period>,
    /// The HMAC hash [default: sha1, or the URI's].
    #[arg(
        long,
        ignore_case = true,
        value_parser = PossibleValuesParser::new(HashAlgorithm::ALL.map(HashAlgorithm::name))
            .try_map(|s| s.parse::<HashAlgorithm>())
    )]
    pub algorithm: Option<HashAlgorithm>,
}

/// Where the secret comes from: exactly one of the two (unless `new` is given).
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct SourceArgs {
    /// The base32 secret, or - to read it from stdin (out of the process list).
    #[arg(long, value_name = "BASE32")]
    pub secret: Option<String>,
    /// An otpauth://totp/ URI, or - to read it from stdin; its parameters win over defaults.
    #[arg(long, value_name = "URI")]
    pub uri: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TotpCommand {
    /// Print the otpauth:// URI of a fresh secret, to enrol an authenticator app.
    New(NewArgs),
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
}

/// Why a command did not print its output.
enum Failure {
    /// A rule refused it: exit 1, with this message.
    Refused(String),
    /// Flags that contradict the URI: a usage error, exit 2.
    Contradiction(Conflict),
}

fn refused(error: impl std::fmt::Display) -> Failure {
    Failure::Refused(error.to_string())
}

/// Runs `keysmith totp …`: 0 when printed, 1 when refused, 2 for contradicting flags, 74 when
/// the output cannot be written (a closed pipe is a quiet 0).
pub fn run(args: &TotpArgs, keysmith: fn() -> clap::Command) -> ExitCode {
    let printed = match &args.command {
        Some(TotpCommand::New(new)) => fresh_uri(new),
        None => code(args),
    };
    match printed {
        Ok(text) => write_out(&text),
        Err(Failure::Refused(message)) => {
            eprintln!("keysmith: {message}");
            ExitCode::FAILURE
        }
        Err(Failure::Contradiction(conflict)) => usage_error(&conflict, keysmith()),
    }
}

fn code(args: &TotpArgs) -> Result<Zeroizing<String>, Failure> {
    let source = match (&args.source.secret, &args.source.uri) {
        (Some(secret), _) => {
            TotpSource::from_base32(&from_stdin_if_dash(secret, "secret")?).map_err(refused)?
        }
        (None, Some(uri)) => {
            TotpSource::from_uri(&from_stdin_if_dash(uri, "URI")?).map_err(refused)?
        }
        // clap requires one of the two when there is no subcommand.
        (None, None) => return Err(Failure::Refused("give --secret or --uri".into())),
    };
    let flags = ParamChoices {
        digits: args.digits,
        period: args.period,
        algorithm: args.algorithm,
    };
    let params = source.params(flags).map_err(Failure::Contradiction)?;
    // Said only of a code that is made: a usage error says nothing else.
    let bits = source.secret_bits();
    if bits < MIN_SECRET_BITS {
        eprintln!(
            "keysmith: warning: the secret has {bits} bits; RFC 4226 asks for at least \
             {MIN_SECRET_BITS}, so its codes are easier to forge"
        );
    }
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
        let qr = QrMatrix::encode(enrolment.uri()).map_err(refused)?;
        let drawing = qr.half_blocks();
        let mut both = Zeroizing::new(String::with_capacity(drawing.len() + enrolment.uri().len()));
        both.push_str(&drawing);
        both.push_str(enrolment.uri());
        return Ok(both);
    }
    Ok(Zeroizing::new(enrolment.uri().to_owned()))
}

fn now() -> Result<u64, Failure> {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|since| since.as_secs())
        .map_err(|_| Failure::Refused("the system clock is set before 1970; give --time".into()))
}

/// `text` itself, or for `-` one line of stdin, trimmed.
fn from_stdin_if_dash(text: &str, what: &str) -> Result<Zeroizing<String>, Failure> {
    if text != "-" {
        return Ok(Zeroizing::new(text.to_owned()));
    }
    // Sized once, so the buffer never moves and leaves a copy behind.
    let mut line = Zeroizing::new(Vec::with_capacity(MAX_STDIN_LINE + 1));
    let limit = u64::try_from(MAX_STDIN_LINE + 1).unwrap_or(u64::MAX);
    io::stdin()
        .lock()
        .take(limit)
        .read_until(b'\n', &mut line)
        .map_err(|e| Failure::Refused(format!("cannot read the {what} from stdin: {e}")))?;
    if line.is_empty() {
        return Err(Failure::Refused(format!(
            "stdin is empty; expected the {what} on one line"
        )));
    }
    if line.len() > MAX_STDIN_LINE {
        return Err(Failure::Refused(format!(
            "the {what} on stdin is longer than {MAX_STDIN_LINE} bytes"
        )));
    }
    let text = std::str::from_utf8(&line)
        .map_err(|_| Failure::Refused(format!("the {what} on stdin is not UTF-8 text")))?;
    Ok(Zeroizing::new(text.trim().to_owned()))
}

fn write_out(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    super::exit::finish(written)
}

/// A contradiction between flags and URI, told the way clap tells usage errors.
fn usage_error(conflict: &Conflict, mut keysmith: clap::Command) -> ExitCode {
    keysmith.build();
    let error = clap::Error::raw(ErrorKind::ArgumentConflict, conflict);
    let error = match keysmith.find_subcommand_mut("totp") {
        Some(totp) => error.format(totp),
        None => error.format(&mut keysmith),
    };
    // Nothing more can be done if stderr is gone.
    let _ = error.print();
    ExitCode::from(EXIT_USAGE)
}
