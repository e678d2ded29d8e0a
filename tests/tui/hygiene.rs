//! Secrets never leak through `Debug`: not the typed password, the generated one, or the code.

use crate::support::Driver;
use keysmith::for_tests::Settings;

#[test]
fn debug_of_the_whole_app_shows_no_secret() {
    let mut d = Driver::seeded(Settings::default(), 5);
    let code = d.fill_and_send_code().sent_code();
    let generated = d.generate_password(20).result();
    let typed = "analytical-engine-1843";
    assert_eq!(d.app.screens.register.password.value(), typed);

    let debug = format!("{:?}", d.app);
    for secret in [typed, &generated] {
        assert!(!debug.contains(secret), "{secret} leaked into {debug}");
    }
    // Debug prints Instants, whose digits could contain the code by chance: look for the
    // code as a whole run of digits instead.
    let digit_runs: Vec<&str> = debug
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect();
    assert!(
        !digit_runs.contains(&code.as_str()),
        "{code} leaked into {debug}"
    );
}
