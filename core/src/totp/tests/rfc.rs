//! The published test vectors: RFC 6238 Appendix B (TOTP) and RFC 4226 Appendix D (HOTP).

use super::super::{Digits, HashAlgorithm, ParamChoices, Period, TotpSource, code_at};

/// RFC 6238 Appendix A: the seed of each algorithm is "1234567890" repeated to the hash's size
/// (20, 32 and 64 bytes). Appendix B's table is easy to misread as one 20-byte seed for all.
fn rfc6238_seed(algorithm: HashAlgorithm) -> &'static [u8] {
    match algorithm {
        HashAlgorithm::Sha1 => b"12345678901234567890",
        HashAlgorithm::Sha256 => b"12345678901234567890123456789012",
        HashAlgorithm::Sha512 => {
            b"1234567890123456789012345678901234567890123456789012345678901234"
        }
    }
}

/// RFC 6238 Appendix B: time, then the 8-digit codes for SHA1, SHA256 and SHA512.
const RFC6238: [(u64, [&str; 3]); 6] = [
    (59, ["94287082", "46119246", "90693936"]),
    (1_111_111_109, ["07081804", "68084774", "25091201"]),
    (1_111_111_111, ["14050471", "67062674", "99943326"]),
    (1_234_567_890, ["89005924", "91819424", "93441116"]),
    (2_000_000_000, ["69279037", "90698825", "38618901"]),
    (20_000_000_000, ["65353130", "77737706", "47863826"]),
];

/// RFC 4226 Appendix D: HOTP-SHA1, 6 digits, secret "12345678901234567890", counters 0 to 9.
const RFC4226: [&str; 10] = [
    "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
    "520489",
];

#[test]
fn rfc6238_appendix_b_all_eighteen() {
    let mut checked = 0;
    for (time, codes) in RFC6238 {
        for (algorithm, expected) in HashAlgorithm::ALL.into_iter().zip(codes) {
            let seed = rfc6238_seed(algorithm);
            let code = code_at(seed, time, Digits::Eight, Period::DEFAULT, algorithm);
            assert_eq!(code.as_str(), expected, "{algorithm} at {time}");
            checked += 1;
        }
    }
    assert_eq!(checked, 18);
}

#[test]
fn rfc6238_vectors_through_uris() {
    for (time, codes) in RFC6238 {
        for (algorithm, expected) in HashAlgorithm::ALL.into_iter().zip(codes) {
            let base32 = totp_rs::Secret::from(rfc6238_seed(algorithm)).to_base32();
            let uri = format!(
                "otpauth://totp/RFC:6238?secret={base32}&digits=8&algorithm={}",
                algorithm.name().to_uppercase()
            );
            let source = TotpSource::from_uri(&uri).expect("the URI parses");
            let params = source.params(ParamChoices::default()).expect("no flags");
            assert_eq!(params.algorithm(), algorithm);
            assert_eq!(
                params.code_at(time).as_str(),
                expected,
                "{algorithm} at {time}"
            );
        }
    }
}

#[test]
fn rfc4226_appendix_d_as_totp_at_counter_times() {
    let secret = rfc6238_seed(HashAlgorithm::Sha1);
    for period in [
        Period::DEFAULT,
        Period::new(1).expect("1"),
        Period::new(60).expect("60"),
    ] {
        for (counter, expected) in (0u64..).zip(RFC4226) {
            // Any time inside the step gives the step's code: its first and last seconds.
            let start = counter * period.seconds();
            for time in [start, start + period.seconds() - 1] {
                let code = code_at(secret, time, Digits::Six, period, HashAlgorithm::Sha1);
                assert_eq!(
                    code.as_str(),
                    expected,
                    "counter {counter}, period {period}"
                );
            }
        }
    }
}

#[test]
fn step_numbers_at_the_end_of_time() {
    let params = TotpSource::from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        .expect("valid")
        .params(ParamChoices::default())
        .expect("no flags");
    assert_eq!(params.step_at(u64::MAX), u64::MAX / 30);
    assert_eq!(params.code_at(u64::MAX).len(), 6);
    assert!(params.code_of_step(u64::MAX / 30 + 1).is_none());
    assert_eq!(
        params.code_of_step(u64::MAX / 30),
        Some(params.code_at(u64::MAX))
    );
}
