//! The RFC vectors through the command line, refusals and their exit codes, and stdin.

use std::process::Stdio;

use super::{base32, failure, printed};
use crate::support::cli;

/// The RFC's ASCII secret `12345678901234567890`, in base32.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// RFC 6238 Appendix B: the seeds of Appendix A, then for each time the 8-digit codes.
const SEEDS: [(&str, &str); 3] = [
    ("sha1", "12345678901234567890"),
    ("sha256", "12345678901234567890123456789012"),
    (
        "sha512",
        "1234567890123456789012345678901234567890123456789012345678901234",
    ),
];
const RFC6238: [(&str, [&str; 3]); 6] = [
    ("59", ["94287082", "46119246", "90693936"]),
    ("1111111109", ["07081804", "68084774", "25091201"]),
    ("1111111111", ["14050471", "67062674", "99943326"]),
    ("1234567890", ["89005924", "91819424", "93441116"]),
    ("2000000000", ["69279037", "90698825", "38618901"]),
    ("20000000000", ["65353130", "77737706", "47863826"]),
];

#[test]
fn rfc6238_appendix_b_through_flags_and_uris() {
    let mut checked = 0;
    for (time, codes) in RFC6238 {
        for ((algorithm, seed), expected) in SEEDS.into_iter().zip(codes) {
            let secret = base32(seed.as_bytes());
            let flags = [
                "totp",
                "--secret",
                &secret,
                "--time",
                time,
                "--digits",
                "8",
                "--algorithm",
                algorithm,
            ];
            assert_eq!(printed(&flags, b""), expected, "{algorithm} at {time}");
            let uri = format!(
                "otpauth://totp/RFC:6238?secret={secret}&digits=8&algorithm={}",
                algorithm.to_uppercase()
            );
            let from_uri = printed(&["totp", "--uri", &uri, "--time", time], b"");
            assert_eq!(from_uri, expected, "{uri} at {time}");
            checked += 1;
        }
    }
    assert_eq!(checked, 18);
}

/// The README's example: RFC 6238's SHA1 vector at 59 s, in 8 digits.
#[test]
fn the_readme_example() {
    let args = [
        "totp", "--secret", RFC_SECRET, "--digits", "8", "--time", "59",
    ];
    assert_eq!(printed(&args, b""), "94287082");
}

/// Sites print a secret in groups with dashes or spaces between them; both are read as the
/// plain secret, from the flag and from stdin.
#[test]
fn secrets_in_dashed_groups_are_read() {
    let dashed = "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ";
    let args = ["totp", "--secret", dashed, "--time", "59"];
    assert_eq!(printed(&args, b""), "287082");
    let args = ["totp", "--secret", "-", "--time", "59"];
    assert_eq!(
        printed(&args, b"gezd-gnbv gy3t-qojq-gezd-gnbv-gy3t-qojq\n"),
        "287082"
    );
}

#[test]
fn rfc4226_appendix_d_at_counter_times() {
    let hotp = [
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
        "520489",
    ];
    for (counter, expected) in (0u64..).zip(hotp) {
        let time = (counter * 60 + 59).to_string();
        let args = [
            "totp", "--secret", RFC_SECRET, "--period", "60", "--time", &time,
        ];
        assert_eq!(printed(&args, b""), expected, "counter {counter}");
    }
}

#[test]
fn secrets_and_uris_from_stdin() {
    let args = ["totp", "--secret", "-", "--time", "59"];
    for input in [
        format!("{RFC_SECRET}\n"),
        format!("  {}\r\n", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq"),
        RFC_SECRET.to_owned(),
        format!("{RFC_SECRET}\nonly the first line is read\n"),
    ] {
        assert_eq!(printed(&args, input.as_bytes()), "287082", "{input:?}");
    }
    let uri = format!("otpauth://totp/x?secret={RFC_SECRET}&digits=8\n");
    let args = ["totp", "--uri", "-", "--time", "59"];
    assert_eq!(printed(&args, uri.as_bytes()), "94287082");

    let stderr = failure(&["totp", "--secret", "-"], b"", 1);
    assert_eq!(
        stderr,
        "keysmith: stdin is empty; expected the secret on one line\n"
    );
    let stderr = failure(&["totp", "--uri", "-"], b"\xff\xfe\n", 1);
    assert_eq!(stderr, "keysmith: the URI on stdin is not UTF-8 text\n");
    let long = vec![b'A'; 10_000];
    let stderr = failure(&["totp", "--secret", "-"], &long, 1);
    assert!(stderr.contains("longer than 8192 bytes"), "{stderr}");
}

#[test]
fn refusals_name_the_problem_on_one_line() {
    let secret = "secret=GEZDGNBVGY3TQOJQ";
    let cases: [(Vec<String>, &str); 7] = [
        (
            vec!["--secret".into(), "GEZD1NBV".into()],
            "keysmith: bad base32: '1' at position 5 is not a base32 character (A-Z, 2-7)",
        ),
        (
            vec!["--secret".into(), "GEZ".into()],
            "keysmith: bad base32: 3 characters",
        ),
        (
            vec!["--secret".into(), "".into()],
            "keysmith: the secret is empty",
        ),
        (
            vec!["--uri".into(), format!("otpauth://hotp/x?{secret}")],
            "keysmith: bad URI: otpauth://hotp/ is a counter-based code",
        ),
        (
            vec![
                "--uri".into(),
                format!("otpauth://totp/x?{secret}&algorithm=MD5"),
            ],
            "keysmith: bad URI: unknown algorithm \"MD5\": use sha1, sha256 or sha512",
        ),
        (
            vec!["--uri".into(), "otpauth://totp/x?issuer=a".into()],
            "keysmith: bad URI: it has no secret parameter",
        ),
        (
            vec![
                "--uri".into(),
                format!("otpauth://totp/x?{secret}&digits=7"),
            ],
            "keysmith: bad URI: digits must be 6 or 8, not \"7\"",
        ),
    ];
    for (flags, start) in cases {
        let mut args = vec!["totp"];
        args.extend(flags.iter().map(String::as_str));
        let stderr = failure(&args, b"", 1);
        assert!(stderr.starts_with(start), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let uri = "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ&digits=8&period=60";
    let cases: [(&[&str], &str); 8] = [
        (&["totp", "--uri", uri, "--digits", "6"], "'--digits'"),
        (&["totp", "--uri", uri, "--period", "30"], "'--period'"),
        (&["totp", "--digits", "7", "--secret", RFC_SECRET], "'7'"),
        (&["totp", "--period", "0", "--secret", RFC_SECRET], "'0'"),
        (
            &["totp", "--algorithm", "md5", "--secret", RFC_SECRET],
            "'md5'",
        ),
        (&["totp", "--time", "-1", "--secret", RFC_SECRET], "'-1'"),
        (
            &["totp", "--secret", RFC_SECRET, "--uri", uri],
            "'--uri <URI>'",
        ),
        (&["totp"], "required"),
    ];
    for (args, culprit) in cases {
        let stderr = failure(args, b"", 2);
        let first = stderr.lines().next().unwrap_or_default();
        assert!(first.starts_with("error: "), "{args:?}: {stderr}");
        assert!(
            stderr.contains(culprit),
            "{args:?} should name {culprit}: {stderr}"
        );
    }
    // Flags that agree with the URI, or fill what it leaves out, are fine.
    let agreeing = [
        "totp",
        "--uri",
        uri,
        "--digits",
        "8",
        "--algorithm",
        "SHA1",
        "--time",
        "59",
    ];
    assert_eq!(printed(&agreeing, b"").len(), 8);
}

#[test]
fn new_prints_a_fresh_uri_that_gives_codes() {
    let args = ["totp", "new", "--account", "Ada Lovelace/ü?&"];
    let first = printed(&args, b"");
    let second = printed(&args, b"");
    assert_ne!(first, second, "each enrolment has its own secret");
    for uri in [&first, &second] {
        let rest = uri
            .strip_prefix("otpauth://totp/keysmith:Ada%20Lovelace%2F%C3%BC%3F%26?secret=")
            .unwrap_or_else(|| panic!("shape: {uri}"));
        let secret = rest.strip_suffix("&issuer=keysmith").expect("issuer last");
        assert_eq!(secret.len(), 32, "160 bits: {secret}");
        let by_uri = printed(&["totp", "--uri", uri, "--time", "1000"], b"");
        let by_secret = printed(&["totp", "--secret", secret, "--time", "1000"], b"");
        assert_eq!(by_uri, by_secret);
    }
    let other = printed(
        &["totp", "new", "--account", "ada", "--issuer", "Example Co"],
        b"",
    );
    assert!(
        other.starts_with("otpauth://totp/Example%20Co:ada?secret="),
        "{other}"
    );
    assert!(other.ends_with("&issuer=Example%20Co"), "{other}");
}

#[test]
fn new_refuses_what_a_uri_cannot_carry() {
    let stderr = failure(&["totp", "new", "--account", "a:b"], b"", 1);
    assert!(
        stderr.starts_with("keysmith: the account name cannot contain ':'"),
        "{stderr}"
    );
    let stderr = failure(&["totp", "new", "--account", " "], b"", 1);
    assert_eq!(stderr, "keysmith: the account name is empty\n");
    failure(&["totp", "new"], b"", 2);
    failure(
        &["totp", "--secret", RFC_SECRET, "new", "--account", "a"],
        b"",
        2,
    );
}

#[test]
fn output_errors_exit_74_and_a_closed_pipe_is_quiet() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    let full = full.expect("/dev/full exists on Linux");
    let output = cli::command(&["totp", "--secret", RFC_SECRET, "--time", "59"])
        .stdin(Stdio::null())
        .stdout(full)
        .output()
        .expect("keysmith runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(74), "{stderr}");
    assert!(
        stderr.starts_with("keysmith: cannot write the output: "),
        "{stderr}"
    );

    // The reader is gone before keysmith starts, so its write surely meets a closed pipe.
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = cli::command(&["totp", "--secret", RFC_SECRET, "--time", "59"])
        .stdin(Stdio::null())
        .stdout(writer)
        .output()
        .expect("keysmith runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn without_time_it_is_now() {
    // Two runs a moment apart fall in the same 30-second step, or in the next one.
    let secs = || {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
        now.expect("after 1970").as_secs()
    };
    let before = secs();
    let code = printed(&["totp", "--secret", RFC_SECRET], b"");
    let after = secs();
    let at = |time: u64| {
        printed(
            &["totp", "--secret", RFC_SECRET, "--time", &time.to_string()],
            b"",
        )
    };
    assert!(code == at(before) || code == at(after), "{code}");
}

/// Reads half blocks back into modules (two rows a line) and decodes them as a phone would.
fn decode_half_blocks(drawing: &str) -> String {
    let mut rows: Vec<Vec<bool>> = Vec::new();
    for line in drawing.lines() {
        let (top, bottom) = line
            .chars()
            .map(|c| match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                _ => (false, false),
            })
            .unzip();
        rows.push(top);
        rows.push(bottom);
    }
    // Four pixels a module, dark modules black on white.
    const SCALE: usize = 4;
    let width = rows.iter().map(Vec::len).max().unwrap_or(0) * SCALE;
    let height = rows.len() * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let dark = rows[y / SCALE].get(x / SCALE).copied().unwrap_or(false);
        if dark { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in:\n{drawing}");
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    content
}

#[test]
fn new_with_qr_draws_a_code_that_decodes_to_the_uri_under_it() {
    let output = cli::run(&["totp", "new", "--account", "Ada Lovelace", "--qr"])
        .stdin(b"")
        .output();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty());
    let out = String::from_utf8(output.stdout).expect("UTF-8");
    let (drawing, uri) = out
        .trim_end()
        .rsplit_once('\n')
        .expect("a drawing, then the URI");
    assert!(
        uri.starts_with("otpauth://totp/keysmith:Ada%20Lovelace?secret="),
        "{uri}"
    );
    assert_eq!(decode_half_blocks(drawing), uri);
}
