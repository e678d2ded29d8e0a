//! `keysmith hotp` and `hotp verify` against RFC 4226 Appendix D and against oathtool on
//! random secrets, counters and windows.

use rand::rngs::StdRng;
use rand::{Rng, RngExt, SeedableRng};

use super::oathtool::{oathtool, oathtool_status};
use super::{base32, failure, printed};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const APPENDIX_D: [&str; 10] = [
    "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
    "520489",
];

#[test]
fn rfc4226_appendix_d_through_a_secret_a_uri_and_stdin() {
    for (counter, expected) in (0u64..).zip(APPENDIX_D) {
        let counter = counter.to_string();
        let flags = printed(
            &["hotp", "--secret", RFC_SECRET, "--counter", &counter],
            b"",
        );
        assert_eq!(flags, expected, "counter {counter}");
        let uri = format!("otpauth://hotp/RFC:4226?secret={RFC_SECRET}&counter={counter}");
        assert_eq!(printed(&["hotp", "--uri", &uri], b""), expected);
        assert_eq!(printed(&["hotp", "--uri", "-"], uri.as_bytes()), expected);
        let piped = printed(
            &["hotp", "--secret", "-", "--counter", &counter],
            RFC_SECRET.as_bytes(),
        );
        assert_eq!(piped, expected);
    }
}

#[test]
fn oathtool_agrees_on_random_secrets_counters_and_lengths() {
    let mut rng = StdRng::seed_from_u64(0x686f_7470);
    for case in 0..200 {
        let mut secret = vec![0u8; rng.random_range(10..=64)];
        rng.fill_bytes(&mut secret);
        let secret = base32(&secret);
        let counter = rng.random_range(0..1u64 << 62).to_string();
        let digits = ["6", "8"][rng.random_range(0..2)];
        let theirs = oathtool(&["--hotp", "--base32", &secret, "-c", &counter, "-d", digits]);
        let ours = printed(
            &[
                "hotp",
                "--secret",
                &secret,
                "--counter",
                &counter,
                "--digits",
                digits,
            ],
            b"",
        );
        assert_eq!(
            ours, theirs,
            "case {case}: {secret} counter {counter} digits {digits}"
        );
    }
}

#[test]
fn verify_agrees_with_oathtool_windows() {
    let mut rng = StdRng::seed_from_u64(0x7665_7269);
    let (mut matched, mut refused) = (0, 0);
    for case in 0..100 {
        let mut secret = vec![0u8; 20];
        rng.fill_bytes(&mut secret);
        let secret = base32(&secret);
        let counter: u64 = rng.random_range(0..1_000_000);
        let window: u64 = rng.random_range(0..6);
        // From one behind the counter to two past the window's end.
        let at = counter + rng.random_range(0..window + 3);
        let at = if rng.random_range(0..5) == 0 {
            counter.saturating_sub(1)
        } else {
            at
        };
        let code = oathtool(&["--hotp", "--base32", &secret, "-c", &at.to_string()]);
        let (c, w) = (counter.to_string(), window.to_string());
        let theirs = oathtool_status(&["--hotp", "--base32", &secret, "-c", &c, "-w", &w, &code]);
        let args = [
            "hotp",
            "verify",
            &code,
            "--secret",
            &secret,
            "--counter",
            &c,
            "--window",
            &w,
        ];
        match theirs {
            Some(position) => {
                let position: u64 = position.parse().expect("oathtool prints a position");
                let next = printed(&args, b"");
                assert_eq!(next, (counter + position + 1).to_string(), "case {case}");
                matched += 1;
            }
            None => {
                let said = failure(&args, b"", 1);
                assert!(said.contains("does not match"), "case {case}: {said}");
                refused += 1;
            }
        }
    }
    eprintln!("hotp verify: {matched} matched, {refused} refused, as oathtool");
    assert!(matched > 0 && refused > 0, "{matched} {refused}");
}

#[test]
fn refusals_name_the_problem() {
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "hotp",
                "--uri",
                "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ",
                "--counter",
                "1",
            ],
            "is a time-based code",
        ),
        (
            &[
                "hotp",
                "--uri",
                "otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQ&counter=x",
            ],
            "the counter must be a whole number",
        ),
        (
            &[
                "hotp",
                "verify",
                "12345",
                "--secret",
                RFC_SECRET,
                "--counter",
                "0",
            ],
            "the code must be 6 digits",
        ),
        (
            &[
                "hotp",
                "verify",
                "520489",
                "--secret",
                RFC_SECRET,
                "--counter",
                "0",
                "--window",
                "8",
            ],
            "does not match any counter from 0 to 8",
        ),
    ];
    for (args, said) in cases {
        let stderr = failure(args, b"", 1);
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
    // Without a counter, from the flag or the URI, nothing can be computed: a usage error,
    // never the 1 with which verify says a code does not match.
    for args in [
        &["hotp", "--secret", RFC_SECRET][..],
        &["hotp", "verify", APPENDIX_D[0], "--secret", RFC_SECRET],
    ] {
        let stderr = failure(args, b"", 2);
        assert!(stderr.contains("give --counter N"), "{args:?}: {stderr}");
    }
    // A flag that contradicts the URI is a usage error, as for totp.
    let uri = format!("otpauth://hotp/x?secret={RFC_SECRET}&digits=8&counter=0");
    failure(&["hotp", "--uri", &uri, "--digits", "6"], b"", 2);
    // The flag is where the counter stands now: it wins over the URI's starting point.
    assert_eq!(
        printed(
            &[
                "hotp",
                "--uri",
                &uri.replace("&digits=8", ""),
                "--counter",
                "9"
            ],
            b""
        ),
        APPENDIX_D[9]
    );
}
