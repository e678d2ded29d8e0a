//! A secret under 128 bits (RFC 4226 asks for at least that) still gives its code, as the
//! sites that hand out 80-bit secrets need, with one warning on stderr naming its size.

use super::{WEAK_SECRET, base32};
use crate::support::cli::run;

/// Exit 0, a code on stdout, and what stderr said.
fn stderr_beside_a_code(secret: &[u8]) -> String {
    let written = base32(secret);
    let output = run(&["totp", "--secret", &written, "--time", "59"]).output();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let code = String::from_utf8_lossy(&output.stdout)
        .trim_end()
        .to_owned();
    assert_eq!(code.len(), 6, "{code:?}");
    stderr
}

#[test]
fn a_secret_under_128_bits_gets_a_warning() {
    for (bytes, bits) in [(1, 8), (10, 80), (15, 120)] {
        let stderr = stderr_beside_a_code(&vec![0x5a; bytes]);
        let warning = format!(
            "{WEAK_SECRET}{bits} bits; RFC 4226 asks for at least 128, so its codes are \
             easier to forge"
        );
        assert_eq!(stderr.trim_end(), warning);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    for bytes in [16, 20, 64] {
        let stderr = stderr_beside_a_code(&vec![0x5a; bytes]);
        assert!(stderr.is_empty(), "{bytes} bytes: {stderr}");
    }
}
