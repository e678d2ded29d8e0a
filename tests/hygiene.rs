//! Secrets never leak through `Debug`: not the typed password, the generated one, or the code.

use std::time::Instant;

use keysmith::app::{Action, App, Msg, Settings};
use rand::SeedableRng;
use rand::rngs::StdRng;
use secrecy::ExposeSecret;
use tui_input::InputRequest;

fn type_text(app: &mut App, text: &str, now: Instant, rng: &mut StdRng) {
    for c in text.chars() {
        app.update(Msg::Edit(InputRequest::InsertChar(c)), now, rng);
    }
}

#[test]
fn debug_of_the_whole_app_shows_no_secret() {
    let now = Instant::now();
    let mut rng = StdRng::seed_from_u64(5);
    let mut app = App::new(Settings::default(), now);
    let typed = "Quartz-Heron-Lamp-42";
    for _ in 0..2 {
        app.update(Msg::Do(Action::FocusNext), now, &mut rng);
    }
    type_text(&mut app, typed, now, &mut rng);
    for _ in 0..3 {
        app.update(Msg::Do(Action::FocusNext), now, &mut rng);
    }
    app.update(Msg::Do(Action::Activate), now, &mut rng);
    let code = app
        .register
        .sent_code()
        .expect("a code was sent")
        .to_string();

    app.update(Msg::Do(Action::ShowPassword), now, &mut rng);
    type_text(&mut app, "20", now, &mut rng);
    app.update(Msg::Do(Action::Activate), now, &mut rng);
    app.update(Msg::Do(Action::Activate), now, &mut rng);
    let generated = app
        .password
        .result
        .as_ref()
        .expect("a password was generated")
        .expose_secret()
        .to_string();

    let debug = format!("{app:?}");
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
