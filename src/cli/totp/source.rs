//! Where a secret comes from on the command line (`--secret` or `--uri`, `-` for stdin), and
//! how a command that reads one fails.

use std::io::{self, BufRead, Read};

use clap::Args;
use zeroize::Zeroizing;

use keysmith_core::totp::{Conflict, MIN_SECRET_BITS};

/// Longest line read from stdin; a URI with a 1024-byte secret still fits.
const MAX_STDIN_LINE: usize = 8 * 1024;

/// Where the secret comes from: exactly one of the two.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct SourceArgs {
    /// The base32 secret, or - to read it from stdin (out of the process list).
    #[arg(long, value_name = "BASE32")]
    pub secret: Option<String>,
    /// An otpauth:// URI, or - to read it from stdin; its parameters win over defaults.
    #[arg(long, value_name = "URI")]
    pub uri: Option<String>,
}

/// The source's text, read from stdin for `-`.
pub enum SourceText {
    /// A base32 secret.
    Secret(Zeroizing<String>),
    /// An `otpauth://` URI.
    Uri(Zeroizing<String>),
}

impl SourceArgs {
    /// The text of whichever of the two was given.
    pub fn read(&self) -> Result<SourceText, Failure> {
        match (&self.secret, &self.uri) {
            (Some(secret), _) => Ok(SourceText::Secret(from_stdin_if_dash(secret, "secret")?)),
            (None, Some(uri)) => Ok(SourceText::Uri(from_stdin_if_dash(uri, "URI")?)),
            // clap requires one of the two.
            (None, None) => Err(Failure::Refused("give --secret or --uri".into())),
        }
    }
}

/// Why a command did not print its output.
pub enum Failure {
    /// A rule refused it: exit 1, with this message.
    Refused(String),
    /// Flags that contradict the URI: a usage error, exit 2.
    Contradiction(Conflict),
    /// A flag this source cannot go without: a usage error, exit 2, never the 1 that tells a
    /// code that does not match.
    Missing(&'static str),
}

/// A refusal with `error`'s message.
pub fn refused(error: impl std::fmt::Display) -> Failure {
    Failure::Refused(error.to_string())
}

/// The warning a secret under 128 bits gets, once a code is made from it.
pub fn warn_if_short(bits: usize) {
    if bits < MIN_SECRET_BITS {
        eprintln!(
            "keysmith: warning: the secret has {bits} bits; RFC 4226 asks for at least \
             {MIN_SECRET_BITS}, so its codes are easier to forge"
        );
    }
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
