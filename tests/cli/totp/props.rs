//! No panic on any secret or URI text: a code or a clear refusal. The parsers are
//! called directly, as `keysmith totp` calls them, so thousands of cases cost no processes.

use keysmith_core::totp::{Digits, HashAlgorithm, ParamChoices, Period, TotpSource, code_at};
use proptest::prelude::*;
use proptest::sample::select;

use super::base32;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(2_000);
    ProptestConfig {
        cases,
        // No `proptest-regressions/` files in the repository: failures are kept as tests.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text that looks like a secret or a URI part often enough to go past the first checks.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z2-7 =]{0,40}",
        2 => "[0-9]{0,3}",
        2 => select(vec![
            "otpauth://", "OTPAUTH://", "totp", "hotp", "/", "?", "&", "=", "#", ":", "%",
            "%4", "%41", "%ZZ", "%FF", "%C3%BC", "+", "secret", "digits", "period",
            "algorithm", "issuer", "SHA1", "sha256", "SHA512", "md5", "6", "8", "7", "0", "30",
            "18446744073709551616", "ü", "\u{0}", "\n", "é",
        ])
        .prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..12).prop_map(|parts| parts.concat())
}

/// An encoder's output for 1 to 80 random bytes, in mixed case, grouped or not.
fn base32_as_written() -> impl Strategy<Value = (Vec<u8>, String)> {
    (
        prop::collection::vec(any::<u8>(), 1..80),
        prop::collection::vec(any::<bool>(), 128),
        0..9usize,
    )
        .prop_map(|(secret, lower, group)| {
            let written = base32(&secret)
                .chars()
                .zip(lower.iter().cycle())
                .enumerate()
                .flat_map(|(i, (c, &lower))| {
                    let space = (group > 0 && i > 0 && i % group == 0).then_some(' ');
                    space
                        .into_iter()
                        .chain([if lower { c.to_ascii_lowercase() } else { c }])
                })
                .collect();
            (secret, written)
        })
}

/// Secrets: valid ones, valid ones with one fragment spliced in, and anything.
fn secret_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => base32_as_written().prop_map(|(_, written)| written),
        3 => (base32_as_written(), any::<prop::sample::Index>(), fragment()).prop_map(
            |((_, written), at, splice)| {
                let cut = at.index(written.len() + 1);
                format!("{}{splice}{}", &written[..cut], &written[cut..])
            }
        ),
        2 => text(),
    ]
}

fn parameter() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => secret_text().prop_map(|secret| format!("secret={secret}")),
        2 => select(vec!["6", "8", "8", "7", "", "06"]).prop_map(|d| format!("digits={d}")),
        2 => prop_oneof![3 => Just("60".to_owned()), 1 => "[0-9+]{0,22}"]
            .prop_map(|p| format!("period={p}")),
        2 => select(vec!["SHA1", "sha256", "SHA512", "SHA512", "md5"])
            .prop_map(|a| format!("algorithm={a}")),
        2 => "(issuer|image|counter|[a-z]{0,8})=[^&#%]{0,10}",
        1 => fragment(),
    ]
}

/// URIs in the Key URI shape, often valid, often broken in one place or more.
fn uri_text() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![
        8 => Just("otpauth://totp/"),
        1 => select(vec!["otpauth://TOTP/", "otpauth://hotp/", "otpauth://totp", "otpauth:/", ""]),
    ];
    let label = prop_oneof![
        6 => "[A-Za-z0-9:@. ]{0,12}",
        1 => "[A-Za-z]{0,4}%[0-9A-Fa-f]{2}",
        1 => fragment(),
    ];
    let secret = prop::option::weighted(
        0.9,
        base32_as_written().prop_map(|(_, written)| format!("secret={written}")),
    );
    let tail = prop_oneof![4 => Just(String::new()), 1 => fragment().prop_map(|f| format!("#{f}"))];
    let parameters = prop::collection::vec(parameter(), 0..4);
    (scheme, label, secret, parameters, tail).prop_map(
        |(scheme, label, secret, mut parameters, tail)| {
            parameters.splice(0..0, secret);
            format!("{scheme}{label}?{}{tail}", parameters.join("&"))
        },
    )
}

fn flags() -> impl Strategy<Value = ParamChoices> {
    (
        prop::option::of(select(vec![Digits::Six, Digits::Eight])),
        prop::option::of(prop_oneof![
            Just(1u64),
            Just(30),
            Just(u64::MAX),
            1..1000u64
        ]),
        prop::option::of(select(HashAlgorithm::ALL.to_vec())),
    )
        .prop_map(|(digits, period, algorithm)| ParamChoices {
            digits,
            period: period.and_then(Period::new),
            algorithm,
        })
}

/// What `keysmith totp` would print or say, without the process.
fn outcome(
    source: Result<TotpSource, String>,
    flags: ParamChoices,
    time: u64,
) -> Result<String, String> {
    let params = source?.params(flags).map_err(|e| e.to_string())?;
    let code = params.code_at(time);
    assert_eq!(code.len(), usize::from(params.digits().count()));
    assert!(
        code.bytes().all(|b| b.is_ascii_digit()),
        "{}",
        code.as_str()
    );
    Ok(code.to_string())
}

fn assert_clear(refusal: &str) {
    assert!(!refusal.is_empty());
    assert_eq!(refusal.lines().count(), 1, "one line: {refusal:?}");
    assert!(
        refusal.chars().all(|c| !c.is_control()),
        "no control characters: {refusal:?}"
    );
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_secret_text_gives_a_code_or_a_clear_refusal(
        text in secret_text(), flags in flags(), time in any::<u64>()
    ) {
        let source = TotpSource::from_base32(&text).map_err(|e| e.to_string());
        if let Err(refusal) = outcome(source, flags, time) {
            assert_clear(&refusal);
        }
    }

    #[test]
    fn any_uri_text_gives_a_code_or_a_clear_refusal(
        text in prop_oneof![4 => uri_text(), 1 => text()], flags in flags(), time in any::<u64>()
    ) {
        let source = TotpSource::from_uri(&text).map_err(|e| e.to_string());
        if let Err(refusal) = outcome(source, flags, time) {
            assert_clear(&refusal);
        }
    }

    #[test]
    fn any_bytes_in_base32_as_people_write_it_give_their_code(
        (secret, written) in base32_as_written(), time in any::<u64>()
    ) {
        let source = TotpSource::from_base32(&written).expect("an encoder's output");
        let params = source.params(ParamChoices::default()).expect("no flags");
        let direct = code_at(&secret, time, Digits::Six, Period::DEFAULT, HashAlgorithm::Sha1);
        prop_assert_eq!(params.code_at(time), direct);
    }
}
