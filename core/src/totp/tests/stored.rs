//! An enrolment stored between requests: read back, it keeps its secret, label, wrong tries
//! and the step it last accepted, so a replayed code stays refused; a broken record is refused.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::super::{Enrolment, TotpVerdict};

const NOW: u64 = 1_700_000_015;

fn round_trip(enrolment: &Enrolment) -> Enrolment {
    let json = serde_json::to_string(enrolment).expect("serialises");
    serde_json::from_str(&json).expect("reads back")
}

#[test]
fn a_stored_enrolment_refuses_a_replay_and_keeps_its_tries() {
    let mut rng = StdRng::seed_from_u64(21);
    let mut enrolment =
        Enrolment::with_issuer(&mut rng, "Example Co", "ada@example.com").expect("a valid label");
    let code = enrolment.code_at(NOW);
    assert_eq!(enrolment.verify(&code, NOW), TotpVerdict::Accepted);
    let wrong = if code.as_str() == "000000" {
        "111111"
    } else {
        "000000"
    };
    assert_eq!(
        enrolment.verify(wrong, NOW),
        TotpVerdict::Wrong { tries_left: 2 }
    );

    let mut stored = round_trip(&enrolment);
    assert_eq!(stored.uri(), enrolment.uri());
    assert_eq!(*stored.secret_groups(), *enrolment.secret_groups());
    assert_eq!(stored.issuer(), "Example Co");
    assert_eq!(stored.account(), "ada@example.com");
    assert_eq!(stored.wrong_tries(), 1);
    assert_eq!(stored.verify(&code, NOW), TotpVerdict::Replayed);
    let next = stored.code_at(NOW + 30);
    assert_eq!(stored.verify(&next, NOW + 30), TotpVerdict::Accepted);
    assert_eq!(stored.wrong_tries(), 0);
}

#[test]
fn a_voided_enrolment_stays_voided_and_the_secret_stays_out_of_debug() {
    let mut rng = StdRng::seed_from_u64(22);
    let mut enrolment = Enrolment::new(&mut rng, "Ada").expect("a valid name");
    let code = enrolment.code_at(NOW);
    let wrong = if code.as_str() == "000000" {
        "111111"
    } else {
        "000000"
    };
    for _ in 0..3 {
        enrolment.verify(wrong, NOW);
    }
    let mut stored = round_trip(&enrolment);
    assert!(stored.is_voided());
    assert_eq!(stored.verify(&code, NOW), TotpVerdict::Voided);
    let debug = format!("{stored:?}");
    let secret = stored.secret_groups().replace(' ', "");
    assert!(!debug.contains(&secret[..8]), "{debug}");
}

#[test]
fn a_broken_record_is_refused_with_its_cause() {
    let refused = |json: &str| {
        serde_json::from_str::<Enrolment>(json)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    let record = |secret: &str, account: &str| {
        format!(
            r#"{{"secret":"{secret}","issuer":"keysmith","account":"{account}","last_accepted_step":null,"wrong_tries":0}}"#
        )
    };
    let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    assert!(serde_json::from_str::<Enrolment>(&record(secret, "Ada")).is_ok());
    assert!(refused(&record(secret, "a:b")).contains("':'"));
    assert!(refused(&record(secret, " ")).contains("account name is empty"));
    assert!(refused(&record("GEZD1", "Ada")).contains("position 5"));
    assert!(refused(&record("GEZDGNBV", "Ada")).contains("has 5 bytes"));
}
