//! `keysmith otp`: one-time codes, one a line.

use std::io::{self, Write};
use std::process::ExitCode;

use zeroize::Zeroizing;

use keysmith_core::OtpFormat;
use keysmith_core::otp::write_code;

use super::clip::{self, ClipArgs};

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

/// One code of `format`, to the clipboard.
pub fn clip(format: OtpFormat, args: &ClipArgs) -> ExitCode {
    let mut code = Zeroizing::new(String::with_capacity(format.code_len()));
    write_code(format, &mut rand::rng(), &mut code);
    clip::deliver(code.as_bytes(), args)
}
