//! `keysmith totp verify` against oathtool's `-w` windows on random secrets and times.

use rand::rngs::StdRng;
use rand::{Rng, RngExt, SeedableRng};

use super::oathtool::{oathtool, oathtool_status};
use super::{base32, failure, printed};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

#[test]
fn verify_agrees_with_oathtool_windows() {
    let mut rng = StdRng::seed_from_u64(0x746f_7470);
    let (mut matched, mut refused) = (0, 0);
    for case in 0..100 {
        let mut secret = vec![0u8; 20];
        rng.fill_bytes(&mut secret);
        let secret = base32(&secret);
        let now: u64 = rng.random_range(1_000_000..4_000_000_000);
        let window: i64 = rng.random_range(0..5);
        let offset = rng.random_range(-(window + 2)..=window + 2);
        let at = now.saturating_add_signed(offset * 30);
        let code = oathtool(&["--totp", "--base32", &secret, "-N", &format!("@{at}")]);
        let (t, w) = (now.to_string(), window.to_string());
        let theirs = oathtool_status(&[
            "--totp",
            "--base32",
            &secret,
            "-N",
            &format!("@{now}"),
            "-w",
            &w,
            &code,
        ]);
        let args = [
            "totp", "verify", &code, "--secret", &secret, "--time", &t, "--window", &w,
        ];
        match theirs {
            // oathtool prints how far the step is, without its direction.
            Some(distance) => {
                let ours: i64 = printed(&args, b"").parse().expect("an offset");
                assert_eq!(ours.unsigned_abs().to_string(), distance, "case {case}");
                assert_eq!(ours, offset, "case {case}");
                matched += 1;
            }
            None => {
                let said = failure(&args, b"", 1);
                assert!(said.contains("does not match"), "case {case}: {said}");
                refused += 1;
            }
        }
    }
    eprintln!("totp verify: {matched} matched, {refused} refused, as oathtool");
    assert!(matched > 0 && refused > 0, "{matched} {refused}");
}

#[test]
fn the_default_window_is_one_step_either_side() {
    // RFC 6238 Appendix B at 59 s (step 1) is 94287082; its 6-digit code is 287082.
    let at = |time: &str| {
        printed(
            &[
                "totp", "verify", "287082", "--secret", RFC_SECRET, "--time", time,
            ],
            b"",
        )
    };
    assert_eq!(at("59"), "0");
    assert_eq!(at("89"), "-1");
    assert_eq!(at("0"), "1");
    failure(
        &[
            "totp", "verify", "287082", "--secret", RFC_SECRET, "--time", "90",
        ],
        b"",
        1,
    );
    let stdin = printed(
        &[
            "totp", "verify", "287082", "--secret", "-", "--time", "59", "--window", "0",
        ],
        RFC_SECRET.as_bytes(),
    );
    assert_eq!(stdin, "0");
    let malformed = failure(
        &["totp", "verify", "28708x", "--secret", RFC_SECRET],
        b"",
        1,
    );
    assert!(malformed.contains("must be 6 digits"), "{malformed}");
    failure(
        &[
            "totp", "verify", "1", "--secret", RFC_SECRET, "--window", "100001",
        ],
        b"",
        2,
    );
}
