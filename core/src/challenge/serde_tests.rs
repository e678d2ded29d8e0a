//! A session stored between requests: serialised mid-life and read back, it gives the same
//! verdicts, cooldown and expiry as the one that never left memory.

use std::time::{Duration, SystemTime};

use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;

use super::*;

/// A session at `t0 + 5 s`: one alnum code sent at `t0`, one wrong try made.
fn mid_life() -> (OtpSession<SystemTime>, String, SystemTime) {
    let mut rng = StdRng::seed_from_u64(7);
    let mut session = OtpSession::new(DEFAULT_TTL);
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let code = session
        .send(OtpFormat::Alnum6, t0, &mut rng)
        .expect("first send")
        .code()
        .expose_secret()
        .to_owned();
    let wrong: String = code
        .chars()
        .map(|c| if c == 'A' { 'B' } else { 'A' })
        .collect();
    let five = t0 + Duration::from_secs(5);
    assert_eq!(
        session.verify(&wrong, five),
        Verdict::Wrong { tries_left: 2 }
    );
    (session, code, t0)
}

fn round_trip(session: &OtpSession<SystemTime>) -> OtpSession<SystemTime> {
    let json = serde_json::to_string(session).expect("serialises");
    serde_json::from_str(&json).expect("reads back")
}

#[test]
fn a_stored_session_keeps_its_tries_cooldown_and_code() {
    let (mut kept, code, t0) = mid_life();
    let mut stored = round_trip(&kept);
    let ten = t0 + Duration::from_secs(10);

    assert_eq!(stored.cooldown(ten), Some(Duration::from_secs(20)));
    assert_eq!(stored.cooldown(ten), kept.cooldown(ten));
    let mut rng = StdRng::seed_from_u64(8);
    let refused = stored.send(OtpFormat::Digits6, ten, &mut rng).err();
    assert_eq!(refused.map(|c| c.seconds()), Some(20));

    let challenge = stored.current().expect("still there");
    assert_eq!(challenge.wrong_tries(), 1);
    assert_eq!(challenge.format(), OtpFormat::Alnum6);
    assert_eq!(challenge.expires_in(ten), Some(Duration::from_secs(290)));
    assert_eq!(challenge.code().expose_secret(), code);

    for session in [&mut kept, &mut stored] {
        assert_eq!(session.verify("!!", ten), Verdict::Malformed);
        assert_eq!(
            session.verify("zzzzzz", ten),
            Verdict::Wrong { tries_left: 1 }
        );
        assert_eq!(session.verify(&code.to_lowercase(), ten), Verdict::Accepted);
        assert_eq!(session.verify(&code, ten), Verdict::AlreadyUsed);
    }
}

#[test]
fn a_stored_session_expires_and_voids_as_the_original_does() {
    let (kept, code, t0) = mid_life();
    let later = t0 + DEFAULT_TTL;
    let mut expired = round_trip(&kept);
    assert_eq!(expired.verify(&code, later), Verdict::Expired);
    assert_eq!(expired.cooldown(later), None);

    let mut voided = round_trip(&kept);
    let now = t0 + Duration::from_secs(6);
    assert_eq!(
        voided.verify("zzzzzz", now),
        Verdict::Wrong { tries_left: 1 }
    );
    let mut voided = round_trip(&voided);
    assert_eq!(voided.verify("zzzzzz", now), Verdict::Voided);
    let mut voided = round_trip(&voided);
    assert_eq!(voided.verify(&code, now), Verdict::Voided);
}

#[test]
fn the_stored_form_names_the_format_and_debug_still_hides_the_code() {
    let (session, code, _) = mid_life();
    let json = serde_json::to_string(&session).expect("serialises");
    assert!(json.contains(r#""format":"alnum6""#), "{json}");
    assert!(json.contains(r#""wrong_tries":1"#), "{json}");
    let read: OtpSession<SystemTime> = serde_json::from_str(&json).expect("reads back");
    let debug = format!("{read:?}");
    assert!(!debug.contains(&code), "{debug}");
    assert!(debug.contains("REDACTED"), "{debug}");
}

#[test]
fn every_format_reads_back_by_its_name() {
    for format in OtpFormat::ALL {
        let json = serde_json::to_string(&format).expect("serialises");
        assert_eq!(json, format!("\"{}\"", format.name()));
        assert_eq!(serde_json::from_str::<OtpFormat>(&json).ok(), Some(format));
    }
}
