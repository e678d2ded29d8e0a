//! Reading base32 secrets and `otpauth://` URIs: what is accepted, and errors that name the
//! character, position or parameter at fault.

use super::super::{
    Base32Error, Conflict, Digits, HashAlgorithm, ParamChoices, ParamError, Period, TotpSource,
    UriError,
};

const RFC_BASE32: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn code_of(source: &TotpSource, time: u64) -> String {
    let params = source.params(ParamChoices::default()).expect("no flags");
    params.code_at(time).to_string()
}

fn base32_error(text: &str) -> Base32Error {
    TotpSource::from_base32(text).expect_err(text)
}

fn uri_error(text: &str) -> UriError {
    TotpSource::from_uri(text).expect_err(text)
}

#[test]
fn base32_as_people_paste_it() {
    let reference = code_of(&TotpSource::from_base32(RFC_BASE32).expect("valid"), 59);
    assert_eq!(reference, "287082", "RFC 4226's counter-1 code");
    for text in [
        "gezdgnbvgy3tqojqgezdgnbvgy3tqojq",
        "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ",
        "gezd gnbv gy3t qojq gezd gnbv gy3t qojq ",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ========",
        // Sites print the groups with dashes between them.
        "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ",
        "gezd-gnbv gy3t-qojq-gezd-gnbv-gy3t-qojq-",
    ] {
        let source = TotpSource::from_base32(text).expect(text);
        assert_eq!(code_of(&source, 59), reference, "{text:?}");
    }
}

#[test]
fn bad_characters_are_named_with_their_position() {
    assert_eq!(
        base32_error("GEZD1NBV"),
        Base32Error::BadCharacter {
            found: '1',
            position: 5
        }
    );
    // Positions count characters, not bytes.
    assert_eq!(
        base32_error("GEü0"),
        Base32Error::BadCharacter {
            found: 'ü',
            position: 3
        }
    );
    assert_eq!(
        base32_error("GE\tZD"),
        Base32Error::BadCharacter {
            found: '\t',
            position: 3
        }
    );
    // A dash is a separator, not padding: padding after it still has to end the secret.
    assert_eq!(
        base32_error("GEZD-=-GNBV"),
        Base32Error::PaddingInside { position: 6 }
    );
    assert_eq!(
        base32_error("GE=ZD"),
        Base32Error::PaddingInside { position: 3 }
    );
    let message = base32_error("GEZD8").to_string();
    assert!(message.contains("'8' at position 5"), "{message}");
    let message = base32_error("AB\u{1b}[2J").to_string();
    assert!(message.contains("'\\u{1b}' at position 3"), "{message}");
}

#[test]
fn empty_secrets_are_refused() {
    for text in ["", " ", "   ", "=", "===="] {
        assert_eq!(base32_error(text), Base32Error::Empty, "{text:?}");
    }
}

/// The lengths that whole bytes encode to, unpadded, by brute force: ceil(8n / 5).
#[test]
fn exactly_the_lengths_an_encoder_can_write_are_accepted() {
    let possible: Vec<usize> = (0..=40usize).map(|bytes| (8 * bytes).div_ceil(5)).collect();
    for length in 1..=64 {
        let text = "A".repeat(length);
        let accepted = TotpSource::from_base32(&text).is_ok();
        assert_eq!(accepted, possible.contains(&length), "length {length}");
        if !accepted {
            assert_eq!(base32_error(&text), Base32Error::BadLength { length });
        }
    }
}

#[test]
fn uri_parameters_are_read() {
    let source = TotpSource::from_uri(
        "otpauth://totp/Example:alice%40example.com?secret=GEZDGNBVGY3TQOJQ&issuer=Example\
         &algorithm=SHA512&digits=8&period=60",
    )
    .expect("valid");
    let expected = ParamChoices {
        digits: Some(Digits::Eight),
        period: Period::new(60),
        algorithm: Some(HashAlgorithm::Sha512),
    };
    assert_eq!(source.choices(), expected);
    let params = source.params(ParamChoices::default()).expect("no flags");
    assert_eq!(params.code_at(59).len(), 8);
}

#[test]
fn uri_forms_that_mean_the_same() {
    let reference = code_of(&TotpSource::from_base32(RFC_BASE32).expect("valid"), 59);
    for uri in [
        "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "OTPAUTH://TOTP/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "otpauth://totp?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "otpauth://totp/x?secret=gezdgnbvgy3tqojqgezdgnbvgy3tqojq&algorithm=sha1",
        "otpauth://totp/x?secret=GEZD%47NBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "otpauth://totp/x?secret=GEZD+GNBV+GY3T+QOJQ+GEZD+GNBV+GY3T+QOJQ",
        "otpauth://totp/x?&issuer=a&&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&image=x#frag&digits=8",
        "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=6&period=30",
    ] {
        let source = TotpSource::from_uri(uri).expect(uri);
        assert_eq!(code_of(&source, 59), reference, "{uri}");
    }
}

#[test]
fn bad_uris_say_what_is_wrong() {
    let secret = "secret=GEZDGNBVGY3TQOJQ";
    let cases = [
        ("GEZDGNBVGY3TQOJQ".to_owned(), UriError::NotOtpauth),
        (format!("https://totp/x?{secret}"), UriError::NotOtpauth),
        ("otpauth:/".to_owned(), UriError::NotOtpauth),
        (
            format!("otpauth://hotp/x?{secret}&counter=0"),
            UriError::CounterBased,
        ),
        (format!("otpauth://motp/x?{secret}"), UriError::UnknownType),
        ("otpauth://totp/x".to_owned(), UriError::MissingSecret),
        (
            "otpauth://totp/x?issuer=a".to_owned(),
            UriError::MissingSecret,
        ),
        (
            format!("otpauth://totp/x?{secret}&{secret}"),
            UriError::Duplicate("secret"),
        ),
        (
            format!("otpauth://totp/x?{secret}&digits=6&digits=6"),
            UriError::Duplicate("digits"),
        ),
        (
            format!("otpauth://totp/x%4?{secret}"),
            UriError::BadEscape { position: 17 },
        ),
        (
            format!("otpauth://totp/é%zz?{secret}"),
            UriError::BadEscape { position: 17 },
        ),
        (
            format!("otpauth://totp/x?{secret}&period=%"),
            UriError::BadEscape { position: 49 },
        ),
        (
            format!("otpauth://totp/x%FF?{secret}"),
            UriError::NotUtf8("label"),
        ),
        (
            "otpauth://totp/x?secret=".to_owned(),
            UriError::Secret(Base32Error::Empty),
        ),
        (
            "otpauth://totp/x?secret=GEZ0".to_owned(),
            UriError::Secret(Base32Error::BadCharacter {
                found: '0',
                position: 4,
            }),
        ),
        (
            format!("otpauth://totp/x?{secret}&digits=7"),
            UriError::Param(ParamError::BadDigits("7".into())),
        ),
        (
            format!("otpauth://totp/x?{secret}&period=0"),
            UriError::Param(ParamError::BadPeriod("0".into())),
        ),
        (
            format!("otpauth://totp/x?{secret}&period=+30"),
            UriError::Param(ParamError::BadPeriod(" 30".into())),
        ),
        (
            format!("otpauth://totp/x?{secret}&algorithm=MD5"),
            UriError::Param(ParamError::UnknownAlgorithm("MD5".into())),
        ),
    ];
    for (uri, expected) in cases {
        assert_eq!(uri_error(&uri), expected, "{uri}");
    }
}

#[test]
fn errors_never_quote_the_secret() {
    let secret = "JBSWY3DPEHPK3PXP";
    for uri in [
        format!("otpauth://totp/x?secret={secret}&digits=9"),
        format!("otpauth://totp/x?secret={secret}&secret={secret}"),
        format!("otpauth://hotp/x?secret={secret}"),
        format!("otpauth://totp/x?secret={secret}1"),
        format!("http://totp/x?secret={secret}"),
    ] {
        let message = uri_error(&uri).to_string();
        assert!(!message.contains(secret), "{message}");
    }
}

#[test]
fn parameter_values() {
    assert_eq!("SHA256".parse(), Ok(HashAlgorithm::Sha256));
    assert_eq!("sha512".parse(), Ok(HashAlgorithm::Sha512));
    assert_eq!("8".parse(), Ok(Digits::Eight));
    assert_eq!("1".parse(), Ok(Period::new(1).expect("1")));
    assert_eq!(
        u64::MAX.to_string().parse::<Period>().map(Period::seconds),
        Ok(u64::MAX)
    );
    for bad in ["", "0", "-1", "+5", " 5", "1.5", "18446744073709551616"] {
        assert_eq!(
            bad.parse::<Period>(),
            Err(ParamError::BadPeriod(bad.into())),
            "{bad:?}"
        );
    }
    for bad in ["", "7", "06", "10", "six"] {
        assert_eq!(
            bad.parse::<Digits>(),
            Err(ParamError::BadDigits(bad.into())),
            "{bad:?}"
        );
    }
    for bad in ["", "sha", "SHA-1", "md5", "sha1 "] {
        assert_eq!(
            bad.parse::<HashAlgorithm>(),
            Err(ParamError::UnknownAlgorithm(bad.into())),
            "{bad:?}"
        );
    }
}

#[test]
fn flags_fill_what_the_uri_leaves_and_must_not_contradict_it() {
    let source =
        TotpSource::from_uri("otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ&digits=8").expect("valid");
    let flags = ParamChoices {
        digits: Some(Digits::Eight),
        period: Period::new(60),
        algorithm: None,
    };
    let params = source.params(flags).expect("agreeing flags");
    assert_eq!(params.digits(), Digits::Eight);
    assert_eq!(params.period().seconds(), 60);
    assert_eq!(params.algorithm(), HashAlgorithm::Sha1);
    let contradiction = ParamChoices {
        digits: Some(Digits::Six),
        ..ParamChoices::default()
    };
    let conflict = source.params(contradiction).expect_err("6 is not 8");
    assert_eq!(
        conflict,
        Conflict {
            name: "digits",
            uri: "8".into(),
            flag: "6".into()
        }
    );
    assert_eq!(
        conflict.to_string(),
        "the argument '--digits' says 6, but the URI says digits=8"
    );
}
