//! A new enrolment: its secret comes from the RNG given, its URI has the Key URI shape, and
//! nothing secret shows in `Debug`.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::super::{Enrolment, ISSUER, LabelError, ParamChoices, Period, SECRET_BYTES, TotpSource};

fn enrol(seed: u64, account: &str) -> Enrolment {
    Enrolment::new(&mut StdRng::seed_from_u64(seed), account).expect("a valid name")
}

fn base32_of(enrolment: &Enrolment) -> String {
    enrolment.secret_groups().replace(' ', "")
}

#[test]
fn the_secret_is_160_bits_drawn_from_the_rng_given() {
    let mut expected = [0u8; SECRET_BYTES];
    StdRng::seed_from_u64(42).fill_bytes(&mut expected);
    let enrolment = enrol(42, "Ada");
    let source = TotpSource::from_base32(&enrolment.secret_groups()).expect("valid base32");
    let ours = totp_rs::Secret::from(expected).to_base32();
    assert_eq!(SECRET_BYTES * 8, 160);
    assert_eq!(base32_of(&enrolment), ours);
    // And the grouped text decodes back to the same code as those bytes.
    let params = source.params(ParamChoices::default()).expect("no flags");
    let direct = super::super::code_at(
        &expected,
        1_000,
        Default::default(),
        Period::DEFAULT,
        Default::default(),
    );
    assert_eq!(params.code_at(1_000), direct);
    assert_ne!(
        base32_of(&enrol(43, "Ada")),
        ours,
        "another seed, another secret"
    );
}

#[test]
fn the_secret_shows_in_eight_groups_of_four() {
    let groups = enrol(1, "Ada").secret_groups();
    let parts: Vec<&str> = groups.split(' ').collect();
    assert_eq!(parts.len(), 8, "{}", groups.as_str());
    for part in parts {
        assert_eq!(part.len(), 4);
        assert!(
            part.bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
    }
}

#[test]
fn the_uri_has_the_key_uri_shape_with_the_name_percent_encoded() {
    let enrolment = enrol(2, "Ada Lovelace/ü?&");
    let expected = format!(
        "otpauth://totp/keysmith:Ada%20Lovelace%2F%C3%BC%3F%26?secret={}&issuer=keysmith",
        base32_of(&enrolment)
    );
    assert_eq!(enrolment.uri(), expected);
}

#[test]
fn totp_rs_writes_the_same_uri_and_reads_ours_back() {
    let names = [
        "Ada",
        "Ada Lovelace/ü?&",
        "a+b=c#d%e",
        "名前",
        "x.y-z_~",
        "tab\there",
    ];
    for (seed, name) in (3..).zip(names) {
        let enrolment = enrol(seed, name);
        let secret = totp_rs::Secret::try_from_base32(base32_of(&enrolment)).expect("base32");
        let theirs = totp_rs::Builder::new()
            .with_secret(secret)
            .with_account_name(name)
            .with_issuer(Some(ISSUER))
            .build()
            .expect("a valid TOTP");
        assert_eq!(enrolment.uri(), theirs.to_url().expect("a URL"), "{name:?}");
        let read = totp_rs::Totp::from_url(enrolment.uri()).expect("totp-rs reads it");
        assert_eq!(read.account_name(), name);
        assert_eq!(read.issuer(), Some(ISSUER));
        assert_eq!((read.digits(), read.step()), (6, 30));
        assert_eq!(read.algorithm(), totp_rs::Algorithm::SHA1);
        // Our own reader finds the secret and no parameters beyond the defaults.
        let source = TotpSource::from_uri(enrolment.uri()).expect("we read it");
        assert_eq!(source.choices(), ParamChoices::default());
        let params = source.params(ParamChoices::default()).expect("no flags");
        assert_eq!(params.code_at(59).as_str(), read.generate(59).to_string());
    }
}

#[test]
fn labels_the_key_uri_format_cannot_carry_are_refused() {
    let mut rng = StdRng::seed_from_u64(0);
    assert_eq!(
        Enrolment::new(&mut rng, "").err(),
        Some(LabelError::EmptyAccount)
    );
    assert_eq!(
        Enrolment::new(&mut rng, "  ").err(),
        Some(LabelError::EmptyAccount)
    );
    assert_eq!(
        Enrolment::new(&mut rng, "a:b").err(),
        Some(LabelError::ColonInAccount)
    );
    let issuer = |issuer| Enrolment::with_issuer(&mut StdRng::seed_from_u64(0), issuer, "Ada");
    assert_eq!(issuer("").err(), Some(LabelError::EmptyIssuer));
    assert_eq!(issuer("Ex:ample").err(), Some(LabelError::ColonInIssuer));
    let other = issuer("Example Co").expect("a valid issuer");
    assert!(
        other
            .uri()
            .starts_with("otpauth://totp/Example%20Co:Ada?secret="),
        "{}",
        other.uri()
    );
    assert!(
        other.uri().ends_with("&issuer=Example%20Co"),
        "{}",
        other.uri()
    );
}

#[test]
fn debug_shows_nothing_secret() {
    let enrolment = enrol(5, "Ada");
    let base32 = base32_of(&enrolment);
    let source = TotpSource::from_base32(&base32).expect("valid");
    let params = source.params(ParamChoices::default()).expect("no flags");
    let secret_hex: String = totp_rs::Secret::try_from_base32(&base32)
        .expect("valid")
        .to_string();
    for shown in [
        format!("{enrolment:?}"),
        format!("{source:?}"),
        format!("{params:?}"),
        format!("{enrolment:#?}"),
    ] {
        assert!(shown.contains("redacted"), "{shown}");
        for leak in [&base32[..], &base32[..8], &secret_hex[..], &secret_hex[..8]] {
            assert!(!shown.contains(leak), "{shown} shows {leak}");
        }
    }
    assert!(
        format!("{enrolment:?}").contains("Ada"),
        "the account is no secret"
    );
}
