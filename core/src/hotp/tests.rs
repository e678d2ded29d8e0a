//! HOTP against RFC 4226 Appendix D, its URIs, and verification over a look-ahead window.

use super::{HotpParams, HotpSource};
use crate::totp::{Conflict, Digits, HashAlgorithm, ParamChoices, UriError};

/// RFC 4226 Appendix D: the secret "12345678901234567890" (ASCII).
const SECRET: &[u8] = b"12345678901234567890";
const SECRET_BASE32: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// Appendix D's table: counter 0 to 9, the HOTP value of each.
const APPENDIX_D: [&str; 10] = [
    "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
    "520489",
];

fn rfc_params() -> HotpParams {
    HotpParams::new(SECRET, Digits::Six, HashAlgorithm::Sha1)
}

#[test]
fn rfc4226_appendix_d_all_ten() {
    let params = rfc_params();
    for (counter, expected) in (0u64..).zip(APPENDIX_D) {
        assert_eq!(params.code(counter).as_str(), expected, "counter {counter}");
    }
}

#[test]
fn rfc4226_appendix_d_through_a_base32_secret_and_a_uri() {
    for counter in 0..10u64 {
        let expected = APPENDIX_D[usize::try_from(counter).expect("small")];
        let bare = HotpSource::from_base32(SECRET_BASE32).expect("base32");
        let bare = bare.params(ParamChoices::default()).expect("no flags");
        assert_eq!(bare.code(counter).as_str(), expected);
        let uri = format!("otpauth://hotp/RFC:4226?secret={SECRET_BASE32}&counter={counter}");
        let source = HotpSource::from_uri(&uri).expect("the URI parses");
        assert_eq!(source.counter(), Some(counter));
        let params = source.params(ParamChoices::default()).expect("no flags");
        assert_eq!(params.code(counter).as_str(), expected);
    }
}

#[test]
fn eight_digits_extend_the_same_truncation() {
    // RFC 4226 §5.3: the code is the truncated value mod 10^digits, so the 8-digit code ends
    // with the 6-digit one.
    let six = rfc_params();
    let eight = HotpParams::new(SECRET, Digits::Eight, HashAlgorithm::Sha1);
    for counter in 0..10 {
        let long = eight.code(counter);
        assert_eq!(long.len(), 8);
        assert!(
            long.ends_with(six.code(counter).as_str()),
            "counter {counter}"
        );
    }
}

#[test]
fn uri_parameters_and_refusals() {
    let uri = format!("otpauth://hotp/x?secret={SECRET_BASE32}&digits=8&algorithm=SHA256");
    let source = HotpSource::from_uri(&uri).expect("parses");
    assert_eq!(source.counter(), None);
    let params = source.params(ParamChoices::default()).expect("no flags");
    assert_eq!(params.digits(), Digits::Eight);
    assert_eq!(params.algorithm(), HashAlgorithm::Sha256);
    let flags = ParamChoices {
        digits: Some(Digits::Six),
        ..ParamChoices::default()
    };
    assert_eq!(
        source.params(flags).map(|_| ()),
        Err(Conflict {
            name: "digits",
            uri: "8".into(),
            flag: "6".into()
        })
    );

    let refused = [
        (
            format!("otpauth://totp/x?secret={SECRET_BASE32}"),
            UriError::TimeBased,
        ),
        (
            format!("otpauth://hotp/x?secret={SECRET_BASE32}&counter=-1"),
            UriError::BadCounter("-1".into()),
        ),
        (
            format!("otpauth://hotp/x?secret={SECRET_BASE32}&counter=%2B1"),
            UriError::BadCounter("+1".into()),
        ),
        (
            format!("otpauth://hotp/x?secret={SECRET_BASE32}&counter=18446744073709551616"),
            UriError::BadCounter("18446744073709551616".into()),
        ),
        (
            format!("otpauth://hotp/x?secret={SECRET_BASE32}&counter=1&counter=2"),
            UriError::Duplicate("counter"),
        ),
    ];
    for (uri, error) in refused {
        assert_eq!(
            HotpSource::from_uri(&uri).map(|_| ()).err(),
            Some(error),
            "{uri}"
        );
    }
}

#[test]
fn a_period_means_nothing_to_a_counter() {
    let uri = format!("otpauth://hotp/x?secret={SECRET_BASE32}&period=60&counter=3");
    let source = HotpSource::from_uri(&uri).expect("parses");
    assert_eq!(source.choices().period, None);
    let params = source.params(ParamChoices::default()).expect("no flags");
    assert_eq!(params.code(3).as_str(), APPENDIX_D[3]);
}

#[test]
fn verify_looks_ahead_from_the_counter_only() {
    let params = rfc_params();
    // Counter 9's code, from counter 3: six ahead.
    assert_eq!(params.verify(APPENDIX_D[9], 3, 6), Some(9));
    assert_eq!(params.verify(APPENDIX_D[9], 3, 5), None);
    assert_eq!(params.verify(APPENDIX_D[3], 3, 0), Some(3));
    // Behind the counter is never accepted: those codes were used.
    assert_eq!(params.verify(APPENDIX_D[2], 3, 100), None);
    assert_eq!(params.verify("12345", 0, 10), None);
    assert_eq!(params.verify("", 0, 10), None);
}

#[test]
fn verify_stops_at_the_last_counter() {
    let params = rfc_params();
    let last = params.code(u64::MAX);
    assert_eq!(params.verify(&last, u64::MAX - 2, 10), Some(u64::MAX));
    assert_eq!(params.verify(&last, u64::MAX, 3), Some(u64::MAX));
}

#[test]
fn debug_hides_the_secret() {
    let source = HotpSource::from_base32(SECRET_BASE32).expect("base32");
    let shown = format!("{source:?} {:?}", rfc_params());
    assert!(shown.contains("[redacted]"), "{shown}");
    assert!(
        !shown.contains("GEZD") && !shown.contains("49, 50"),
        "{shown}"
    );
}

#[test]
fn a_written_uri_reads_back_to_the_same_codes_and_counter() {
    let uri = format!("otpauth://hotp/x?secret={SECRET_BASE32}&digits=8&algorithm=sha512");
    let source = HotpSource::from_uri(&uri).expect("parses");
    let written = source
        .uri("Example Co", "ada@example.com", 42)
        .expect("a fine label");
    assert!(
        written.starts_with("otpauth://hotp/Example%20Co:ada%40example.com?secret="),
        "{}",
        written.as_str()
    );
    let again = HotpSource::from_uri(&written).expect("reads back");
    assert_eq!(again.counter(), Some(42));
    let (before, after) = (
        source.params(ParamChoices::default()).expect("no flags"),
        again.params(ParamChoices::default()).expect("no flags"),
    );
    assert_eq!(after.digits(), Digits::Eight);
    assert_eq!(after.algorithm(), HashAlgorithm::Sha512);
    assert_eq!(before.code(42).as_str(), after.code(42).as_str());
    assert!(source.uri("a:b", "x", 0).is_err());
}
