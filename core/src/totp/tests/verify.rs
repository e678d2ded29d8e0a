//! `Enrolment::verify` with chosen times: the window, one use a step, tries and voiding.
//!
//! The expected codes come from `totp-rs` reading the enrolment's URI, a path independent of
//! the one `verify` uses, so a wrong URI or a wrong window would both show.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::super::{Enrolment, MAX_WRONG_TRIES, TotpVerdict};

/// A time in the middle of a step, well away from the epoch.
const NOW: u64 = 1_700_000_015;
const PERIOD: u64 = 30;

fn enrol(seed: u64) -> Enrolment {
    Enrolment::new(&mut StdRng::seed_from_u64(seed), "Ada").expect("a valid name")
}

/// The app's code at `time`, as another client would compute it from the URI.
fn app_code(enrolment: &Enrolment, time: u64) -> String {
    let totp = totp_rs::Totp::from_url(enrolment.uri()).expect("totp-rs reads our URI");
    totp.generate(time).to_string()
}

/// A code that no step of the window at NOW gives, so it is surely wrong.
fn wrong_code(enrolment: &Enrolment) -> String {
    let window: Vec<String> = (-1..=1)
        .map(|d: i64| app_code(enrolment, NOW.saturating_add_signed(d * PERIOD as i64)))
        .collect();
    (0..1_000_000)
        .map(|n| format!("{n:06}"))
        .find(|code| !window.contains(code))
        .expect("three codes cannot cover a million")
}

#[test]
fn the_current_step_and_one_either_side_are_accepted() {
    for (seed, offset) in [(1, 0i64), (2, -1), (3, 1)] {
        let mut enrolment = enrol(seed);
        let time = NOW.saturating_add_signed(offset * PERIOD as i64);
        let code = app_code(&enrolment, time);
        assert_eq!(
            enrolment.verify(&code, NOW),
            TotpVerdict::Accepted,
            "step {offset:+}"
        );
    }
}

#[test]
fn any_second_of_the_current_step_accepts_its_code() {
    let start = NOW - NOW % PERIOD;
    for now in [start, start + PERIOD - 1] {
        let mut enrolment = enrol(4);
        let code = app_code(&enrolment, NOW);
        assert_eq!(
            enrolment.verify(&code, now),
            TotpVerdict::Accepted,
            "at {now}"
        );
    }
}

#[test]
fn two_steps_away_is_refused() {
    for offset in [-2i64, 2, -3, 3] {
        let mut enrolment = enrol(5);
        let code = app_code(
            &enrolment,
            NOW.saturating_add_signed(offset * PERIOD as i64),
        );
        let window: Vec<String> = (-1..=1)
            .map(|d: i64| app_code(&enrolment, NOW.saturating_add_signed(d * PERIOD as i64)))
            .collect();
        assert!(
            !window.contains(&code),
            "seed 5 gives a collision; pick another"
        );
        assert_eq!(
            enrolment.verify(&code, NOW),
            TotpVerdict::Wrong { tries_left: 2 },
            "step {offset:+}"
        );
    }
}

#[test]
fn a_code_is_accepted_once_per_step() {
    let mut enrolment = enrol(6);
    let code = app_code(&enrolment, NOW);
    assert_eq!(enrolment.verify(&code, NOW), TotpVerdict::Accepted);
    assert_eq!(enrolment.verify(&code, NOW), TotpVerdict::Replayed);
    // A step later the same code is still inside the window, and still used.
    assert_eq!(enrolment.verify(&code, NOW + PERIOD), TotpVerdict::Replayed);
    // An older step than the one used is refused too, though inside the window.
    let earlier = app_code(&enrolment, NOW - PERIOD);
    assert_eq!(enrolment.verify(&earlier, NOW), TotpVerdict::Replayed);
    // Replays cost no try.
    assert_eq!(enrolment.wrong_tries(), 0);
    // The next step's code is new, and accepted.
    let later = app_code(&enrolment, NOW + PERIOD);
    assert_eq!(enrolment.verify(&later, NOW), TotpVerdict::Accepted);
    assert_eq!(
        enrolment.verify(&later, NOW + PERIOD),
        TotpVerdict::Replayed
    );
}

#[test]
fn three_wrong_tries_void_it() {
    let mut enrolment = enrol(7);
    let wrong = wrong_code(&enrolment);
    let verdicts: Vec<TotpVerdict> = (0..MAX_WRONG_TRIES)
        .map(|_| enrolment.verify(&wrong, NOW))
        .collect();
    assert_eq!(
        verdicts,
        [
            TotpVerdict::Wrong { tries_left: 2 },
            TotpVerdict::Wrong { tries_left: 1 },
            TotpVerdict::Voided
        ]
    );
    assert!(enrolment.is_voided());
    // Voided for good: the right code, and malformed input, get the same answer.
    let right = app_code(&enrolment, NOW);
    assert_eq!(enrolment.verify(&right, NOW), TotpVerdict::Voided);
    assert_eq!(enrolment.verify("12", NOW), TotpVerdict::Voided);
}

#[test]
fn malformed_input_costs_no_try() {
    let mut enrolment = enrol(8);
    let malformed = [
        "",
        "12345",
        "1234567",
        "12a456",
        " 12345",
        "123456 ",
        "+12345",
        "-12345",
        "12 456",
        "١٢٣٤٥٦",       // Arabic-Indic digits: digits, but not ASCII ones
        "１２３４５６", // fullwidth digits
    ];
    for text in malformed {
        assert_eq!(
            enrolment.verify(text, NOW),
            TotpVerdict::Malformed,
            "{text:?}"
        );
    }
    assert_eq!(enrolment.wrong_tries(), 0);
    let right = app_code(&enrolment, NOW);
    assert_eq!(enrolment.verify(&right, NOW), TotpVerdict::Accepted);
}

#[test]
fn success_forgives_earlier_slips() {
    let mut enrolment = enrol(9);
    let wrong = wrong_code(&enrolment);
    enrolment.verify(&wrong, NOW);
    enrolment.verify(&wrong, NOW);
    assert_eq!(enrolment.wrong_tries(), 2);
    let right = app_code(&enrolment, NOW);
    assert_eq!(enrolment.verify(&right, NOW), TotpVerdict::Accepted);
    assert_eq!(enrolment.wrong_tries(), 0);
    assert_eq!(
        enrolment.verify(&wrong, NOW + 4 * PERIOD),
        TotpVerdict::Wrong { tries_left: 2 }
    );
}

#[test]
fn the_edges_of_time() {
    // At the epoch there is no step before; at the end of u64 no step after.
    let mut enrolment = enrol(10);
    let code = app_code(&enrolment, 0);
    assert_eq!(enrolment.verify(&code, 0), TotpVerdict::Accepted);
    let mut enrolment = enrol(11);
    let code = app_code(&enrolment, u64::MAX);
    assert_eq!(enrolment.verify(&code, u64::MAX), TotpVerdict::Accepted);
    let previous = app_code(&enrolment, u64::MAX - PERIOD);
    assert_eq!(enrolment.verify(&previous, u64::MAX), TotpVerdict::Replayed);
}

#[test]
fn the_enrolment_shows_the_code_the_app_does() {
    let enrolment = enrol(12);
    for time in [0, 59, NOW, 20_000_000_000] {
        assert_eq!(enrolment.code_at(time).as_str(), app_code(&enrolment, time));
    }
}

mod window {
    //! `TotpParams::verify`: any window, the offset of the step that matched.

    use super::super::super::{ParamChoices, TotpSource};

    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    fn params() -> super::super::super::TotpParams {
        let source = TotpSource::from_base32(RFC_SECRET).expect("base32");
        source.params(ParamChoices::default()).expect("no flags")
    }

    #[test]
    fn the_offset_of_the_matching_step_within_the_window() {
        let params = params();
        let now: u64 = 1_700_000_015;
        for offset in -5i64..=5 {
            let time = now.saturating_add_signed(offset * 30);
            let code = params.code_at(time);
            assert_eq!(
                params.verify(&code, now, 5),
                Some(offset),
                "offset {offset}"
            );
            let expected = (offset.abs() <= 2).then_some(offset);
            // A code two steps out of a smaller window is refused (unless another step of the
            // window happens to give the same six digits).
            let found = params.verify(&code, now, 2);
            assert!(
                found == expected || found.is_some_and(|f| f.abs() <= 2),
                "{offset}"
            );
        }
        assert_eq!(params.verify("1234567", now, 5), None);
        assert_eq!(params.verify("", now, 5), None);
    }

    #[test]
    fn a_window_at_the_epoch_or_at_the_end_of_time_does_not_overflow() {
        let params = params();
        let code = params.code_at(0);
        assert_eq!(params.verify(&code, 0, 3), Some(0));
        assert_eq!(params.verify(&code, 59, 3), Some(-1));
        let late = params.code_at(u64::MAX);
        assert_eq!(params.verify(&late, u64::MAX, 3), Some(0));
    }
}

mod written_uri {
    //! `TotpSource::uri`: a URI of an existing secret reads back to the same codes.

    use super::super::super::{Digits, ParamChoices, TotpSource};

    #[test]
    fn a_written_uri_reads_back_to_the_same_parameters_and_codes() {
        let uri = "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ&digits=8&period=60&algorithm=sha256";
        let source = TotpSource::from_uri(uri).expect("parses");
        let written = source.uri("keysmith", "José").expect("a fine label");
        assert!(written.starts_with("otpauth://totp/keysmith:Jos%C3%A9?secret=GEZDGNBVGY3TQOJQ"));
        let again = TotpSource::from_uri(&written).expect("reads back");
        assert_eq!(again.choices(), source.choices());
        let params = again.params(ParamChoices::default()).expect("no flags");
        assert_eq!(params.digits(), Digits::Eight);
        let before = source.params(ParamChoices::default()).expect("no flags");
        assert_eq!(
            params.code_at(1_000_000).as_str(),
            before.code_at(1_000_000).as_str()
        );
    }
}
