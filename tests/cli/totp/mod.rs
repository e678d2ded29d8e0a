//! `keysmith totp` as a real process, against the RFCs' vectors and a real client
//! (oathtool), the parsers it runs on under any input, and its warning on short secrets.
//!
//! The base32 encoder here is the test's own, so the binary is checked against RFC 4648, not
//! against the crate it is built on.

mod cli;
mod hotp;
mod oathtool;
mod props;
mod qr;
mod shown;
mod verify;
mod weak;

use crate::support::cli::run;

/// RFC 4648 §6, without padding.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The one line a secret under 128 bits gets on stderr starts so.
pub const WEAK_SECRET: &str = "keysmith: warning: the secret has ";

/// Exit 0, nothing on stderr but the warning a short secret gets, and the one line printed.
pub fn printed(args: &[&str], stdin: &[u8]) -> String {
    let output = run(args).stdin(stdin).output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "keysmith {args:?}: {stderr}");
    let warned = stderr.starts_with(WEAK_SECRET) && stderr.lines().count() == 1;
    assert!(
        stderr.is_empty() || warned,
        "keysmith {args:?} wrote to stderr: {stderr}"
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let line = stdout.strip_suffix('\n').expect("ends with a newline");
    assert!(
        !line.contains('\n'),
        "keysmith {args:?} printed more than a line: {stdout:?}"
    );
    line.to_owned()
}

/// Exit 0, nothing on stderr, and the lines printed, without the last newline.
pub fn printed_lines(args: &[&str], stdin: &[u8]) -> String {
    let output = run(args).stdin(stdin).output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "keysmith {args:?}: {stderr}");
    assert!(
        stderr.is_empty(),
        "keysmith {args:?} wrote to stderr: {stderr}"
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    stdout
        .strip_suffix('\n')
        .expect("ends with a newline")
        .to_owned()
}

/// Exit `code`, nothing on stdout, no panic, and the stderr text.
pub fn failure(args: &[&str], stdin: &[u8], code: i32) -> String {
    let output = run(args).stdin(stdin).output();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(code),
        "keysmith {args:?}: {stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "keysmith {args:?} printed {:?}",
        output.stdout
    );
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    stderr
}

#[test]
fn the_test_encoder_follows_rfc_4648() {
    // RFC 4648 §10's vectors, padding removed.
    let vectors = [
        ("", ""),
        ("f", "MY"),
        ("fo", "MZXQ"),
        ("foo", "MZXW6"),
        ("foob", "MZXW6YQ"),
        ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI"),
    ];
    for (text, encoded) in vectors {
        assert_eq!(base32(text.as_bytes()), encoded, "{text:?}");
    }
}
