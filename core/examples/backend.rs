//! What a sign-up backend does with keysmith-core, one step at a time: a password that meets a
//! site's rules, a one-time code sent and checked, and an authenticator app enrolled and
//! checked. Copy the parts you need; the comments say where your own services come in.
//!
//! Run: `cargo run -p keysmith-core --example backend`.

use std::error::Error;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use keysmith_core::policy::{Policy, PolicyOptions, generate};
use keysmith_core::qr::QrMatrix;
use keysmith_core::totp::{Enrolment, TotpVerdict};
use keysmith_core::{EntropyLabel, OtpFormat, OtpSession, Verdict};
use secrecy::ExposeSecret;

/// The rules a site publishes in its `passwordrules` attribute.
const SITE_RULES: &str = "minlength: 14; maxlength: 24; required: lower; required: upper; \
                          required: digit; required: [-_!#]; max-consecutive: 2;";

fn main() -> Result<(), Box<dyn Error>> {
    sign_up_password()?;
    one_time_code()?;
    authenticator_app()?;
    Ok(())
}

/// A password for a new account under the site's rules, and how strong it is.
fn sign_up_password() -> Result<(), Box<dyn Error>> {
    let options = PolicyOptions {
        length: Some(20),
        rules: Some(SITE_RULES.into()),
        ..PolicyOptions::default()
    };
    // A refusal names its cause (a length outside the rules, a class left empty, …).
    let policy = Policy::compile(&options)?;
    let password = generate(&policy, &mut rand::rng());
    let bits = policy.entropy_bits();
    println!("== password for the rules: {SITE_RULES}");
    println!(
        "   {} characters, {bits:.2} bits ({}), meets the rules: {}",
        password.expose_secret().len(),
        EntropyLabel::of(bits),
        policy.admits(password.expose_secret().as_bytes()),
    );
    // Hand `password.expose_secret()` to the user once; never log it.
    Ok(())
}

/// A code sent by text message and checked. `OtpSession<SystemTime>` is what a server keeps
/// in its session store between the two requests (the `serde` feature serialises it).
fn one_time_code() -> Result<(), Box<dyn Error>> {
    println!("== one-time code");
    let now = SystemTime::now();
    let mut session = OtpSession::<SystemTime>::new(Duration::from_secs(300));

    // Request 1: send. Your SMS or e-mail service delivers `code`.
    let challenge = session.send(OtpFormat::Digits6, now, &mut rand::rng())?;
    let code = challenge.code().expose_secret().to_owned();
    println!(
        "   sent a {}-digit code, valid for {} s",
        code.len(),
        challenge.expires_in(now).unwrap_or_default().as_secs()
    );
    match session.send(
        OtpFormat::Digits6,
        now + Duration::from_secs(5),
        &mut rand::rng(),
    ) {
        Err(wait) => println!("   a second send 5 s later is refused: {wait}"),
        Ok(_) => println!("   a second send 5 s later went out"),
    }

    // Request 2: the person types the code back.
    let typo = if code == "000000" { "000001" } else { "000000" };
    let later = now + Duration::from_secs(40);
    for typed in [typo, code.as_str(), code.as_str()] {
        let verdict = session.verify(typed, later);
        let meaning = match verdict {
            Verdict::Accepted => "sign-up confirmed",
            Verdict::Wrong { .. } => "ask again",
            Verdict::AlreadyUsed => "a code works once",
            Verdict::Voided | Verdict::Expired | Verdict::NoCodeSent => "send a new code",
            Verdict::Malformed => "not a code; no try spent",
        };
        println!("   typed a code: {verdict:?} ({meaning})");
    }
    Ok(())
}

/// An authenticator app enrolled by QR code, then a code from it checked.
fn authenticator_app() -> Result<(), Box<dyn Error>> {
    println!("== authenticator app");
    let mut enrolment = Enrolment::with_issuer(&mut rand::rng(), "Example", "ada@example.com")?;
    let qr = QrMatrix::encode(enrolment.uri())?;
    println!(
        "   enrolled {}: a QR code of {}×{} modules holds the otpauth:// URI",
        enrolment.account(),
        qr.width(),
        qr.width()
    );
    // Draw `qr` with `qr.is_dark(x, y)` on your page, or print `qr.half_blocks()` in a
    // terminal; show `enrolment.secret_groups()` for typing by hand.

    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
    // The app computes this from the secret it scanned; here the enrolment stands in for it.
    let from_the_app = enrolment.code_at(now);
    let first = enrolment.verify(&from_the_app, now);
    let again = enrolment.verify(&from_the_app, now);
    println!("   the app's code: {first:?}; the same code again: {again:?}");
    assert_eq!(
        (first, again),
        (TotpVerdict::Accepted, TotpVerdict::Replayed)
    );
    Ok(())
}
