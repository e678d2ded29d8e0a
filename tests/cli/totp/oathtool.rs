//! keysmith against a real client: OATH Toolkit's `oathtool` (Debian package `oathtool`) gives
//! the same code for random secrets, times, lengths, periods and hashes.

use std::process::Command as StdCommand;

use rand::rngs::StdRng;
use rand::{Rng, RngExt, SeedableRng};

use super::{base32, printed};

const OATHTOOL: &str = "oathtool";
const CASES: usize = 300;

/// oathtool's output for `args`, which must succeed.
pub fn oathtool(args: &[&str]) -> String {
    let output = StdCommand::new(OATHTOOL)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{OATHTOOL} runs ({e}); install it: apt-get install oathtool"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "oathtool {args:?}: {stderr}");
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .trim_end()
        .to_owned()
}

/// oathtool's output for `args` when it succeeds, `None` when it exits 1 (a code not
/// found in the window).
pub fn oathtool_status(args: &[&str]) -> Option<String> {
    let output = StdCommand::new(OATHTOOL)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{OATHTOOL} runs ({e}); install it: apt-get install oathtool"));
    match output.status.code() {
        Some(0) => Some(
            String::from_utf8(output.stdout)
                .expect("UTF-8")
                .trim_end()
                .to_owned(),
        ),
        Some(1 | 2) => None,
        other => panic!("oathtool {args:?} exited {other:?}"),
    }
}

#[test]
fn oathtool_agrees_on_random_secrets_and_times() {
    let mut rng = StdRng::seed_from_u64(0x6f61_7468);
    let mut agreed = 0;
    for case in 0..CASES {
        // 10 bytes (Google's old 80 bits) to 64 (a SHA512 block); all of u32's times and
        // beyond (to 2^36 s, past 2106); the hashes, lengths and periods apps offer.
        let mut secret = vec![0u8; rng.random_range(10..=64)];
        rng.fill_bytes(&mut secret);
        let secret = base32(&secret);
        let time = rng.random_range(0..1u64 << 36).to_string();
        let digits = ["6", "8"][rng.random_range(0..2)];
        let period = ["30", "60", "15", "1", "90"][rng.random_range(0..5)];
        let algorithm = ["sha1", "sha256", "sha512"][rng.random_range(0..3)];
        let theirs = oathtool(&[
            &format!("--totp={}", algorithm.to_uppercase()),
            "--base32",
            &secret,
            "--now",
            &format!("@{time}"),
            "--digits",
            digits,
            "--time-step-size",
            &format!("{period}s"),
        ]);
        let ours = printed(
            &[
                "totp",
                "--secret",
                &secret,
                "--time",
                &time,
                "--digits",
                digits,
                "--period",
                period,
                "--algorithm",
                algorithm,
            ],
            b"",
        );
        assert_eq!(
            ours.len(),
            digits.parse::<usize>().expect("a number"),
            "case {case}"
        );
        assert_eq!(
            ours, theirs,
            "case {case}: --secret {secret} --time {time} --digits {digits} \
             --period {period} --algorithm {algorithm}"
        );
        agreed += 1;
    }
    eprintln!("oathtool and keysmith agree on {agreed} of {CASES} random cases");
    assert_eq!(agreed, CASES);
}

#[test]
fn oathtool_agrees_on_the_defaults() {
    // The plain form a person types: SHA1, 6 digits, 30 s, and lower-case grouped base32.
    let mut rng = StdRng::seed_from_u64(7);
    for _ in 0..10 {
        let mut secret = [0u8; 20];
        rng.fill_bytes(&mut secret);
        let upper = base32(&secret);
        let grouped: Vec<String> = upper
            .to_lowercase()
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        let grouped = grouped.join(" ");
        let time = rng.random_range(0..u64::from(u32::MAX)).to_string();
        let theirs = oathtool(&["--totp", "-b", &upper, "-N", &format!("@{time}")]);
        let ours = printed(&["totp", "--secret", &grouped, "--time", &time], b"");
        assert_eq!(ours, theirs, "{grouped} at {time}");
    }
}
