//! The life of a code, at chosen times.

use super::*;
use rand::SeedableRng;
use rand::rngs::StdRng;

fn sent(format: OtpFormat) -> (OtpSession, String, Instant, StdRng) {
    let mut rng = StdRng::seed_from_u64(11);
    let mut session = OtpSession::new(DEFAULT_TTL);
    let t0 = Instant::now();
    let code = session
        .send(format, t0, &mut rng)
        .expect("first send")
        .code()
        .expose_secret()
        .to_string();
    (session, code, t0, rng)
}

fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| if c == '2' { '3' } else { '2' })
        .collect()
}

#[test]
fn the_right_code_works_once() {
    let (mut session, code, t0, _) = sent(OtpFormat::Digits6);
    assert_eq!(session.verify(&code, t0), Verdict::Accepted);
    assert_eq!(session.verify(&code, t0), Verdict::AlreadyUsed);
}

#[test]
fn three_wrong_tries_void_the_code() {
    let (mut session, code, t0, _) = sent(OtpFormat::Digits6);
    let bad = wrong(&code);
    assert_eq!(session.verify(&bad, t0), Verdict::Wrong { tries_left: 2 });
    assert_eq!(session.verify(&bad, t0), Verdict::Wrong { tries_left: 1 });
    assert_eq!(session.verify(&bad, t0), Verdict::Voided);
    assert_eq!(session.verify(&code, t0), Verdict::Voided);
    assert_eq!(session.current().map(Challenge::wrong_tries), Some(3));
}

#[test]
fn the_code_expires_at_its_ttl() {
    let (mut session, code, t0, _) = sent(OtpFormat::Digits6);
    let last_moment = t0 + DEFAULT_TTL - Duration::from_millis(1);
    let current = session.current().expect("sent");
    assert_eq!(current.expires_in(t0), Some(DEFAULT_TTL));
    assert_eq!(current.expires_in(t0 + DEFAULT_TTL), None);
    assert_eq!(session.verify(&code, t0 + DEFAULT_TTL), Verdict::Expired);
    let (mut fresh, code, t0, _) = sent(OtpFormat::Digits6);
    assert_eq!(fresh.verify(&code, last_moment.max(t0)), Verdict::Accepted);
}

#[test]
fn malformed_input_costs_no_try() {
    let (mut session, code, t0, _) = sent(OtpFormat::Digits6);
    assert_eq!(session.verify(&code[..5], t0), Verdict::Malformed);
    assert_eq!(session.verify("12345a", t0), Verdict::Malformed);
    assert_eq!(session.verify("", t0), Verdict::Malformed);
    assert_eq!(session.verify(&code, t0), Verdict::Accepted);
}

#[test]
fn alnum_codes_are_typed_case_insensitively() {
    let (mut session, code, t0, _) = sent(OtpFormat::Alnum6);
    assert_eq!(session.verify(&code.to_lowercase(), t0), Verdict::Accepted);
}

#[test]
fn sends_are_spaced_and_a_new_code_replaces_the_old() {
    let (mut session, old, t0, mut rng) = sent(OtpFormat::Digits6);
    let early = t0 + Duration::from_secs(29);
    assert_eq!(
        session.send(OtpFormat::Digits6, early, &mut rng).err(),
        Some(Cooldown {
            remaining: Duration::from_secs(1)
        })
    );
    let later = t0 + RESEND_COOLDOWN;
    assert_eq!(session.cooldown(later), None);
    let new = session
        .send(OtpFormat::Digits6, later, &mut rng)
        .expect("cooldown over")
        .code()
        .expose_secret()
        .to_string();
    assert_ne!(old, new, "seeded draws differ");
    assert_eq!(
        session.verify(&old, later),
        Verdict::Wrong { tries_left: 2 }
    );
    assert_eq!(session.verify(&new, later), Verdict::Accepted);
}

#[test]
fn clearing_keeps_the_cooldown() {
    let (mut session, _, t0, _) = sent(OtpFormat::Digits6);
    session.clear();
    assert_eq!(session.verify("123456", t0), Verdict::NoCodeSent);
    assert_eq!(session.cooldown(t0), Some(RESEND_COOLDOWN));
}

#[test]
fn debug_is_redacted() {
    let (session, code, _, _) = sent(OtpFormat::Digits8);
    let debug = format!("{session:?}");
    assert!(!debug.contains(&code), "{debug}");
}
