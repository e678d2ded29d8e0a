//! `keysmith otp`: one-time codes, one a line.

use std::io::{self, Write};

use zeroize::Zeroizing;

use keysmith_core::OtpFormat;
use keysmith_core::otp::write_code;

/// Writes `count` codes of `format`.
pub fn write_codes(format: OtpFormat, count: u64, out: &mut impl Write) -> io::Result<()> {
    let mut rng = rand::rng();
    let mut line = Zeroizing::new(String::with_capacity(format.code_len() + 1));
    for _ in 0..count {
        line.clear();
        write_code(format, &mut rng, &mut line);
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}
