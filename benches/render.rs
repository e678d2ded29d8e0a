//! Frame cost: each screen drawn by `keysmith::ui::view` into ratatui's `TestBackend` at
//! 120×40, and the zxcvbn estimate that typing in the Register password field costs.
//!
//! Run: `cargo bench --bench render`.
//! - `frame/<state>`: one `Terminal::draw` of an unchanged screen, as the runtime redraws after
//!   a key: the view, plus ratatui's diff against the previous frame (nothing to send).
//! - `first_frame/<state>`: a new terminal each time, so every cell is sent to the backend.
//! - `strength/assess`: zxcvbn on a 22-character password, dictionaries already loaded.
//!
//! States are built through `App::update` with a seeded RNG and a fixed clock.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use keysmith::app::{Action, App, Msg, Settings};
use keysmith::secret::strength;
use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

struct Driver {
    app: App,
    rng: StdRng,
    now: Instant,
}

impl Driver {
    fn new() -> Driver {
        let now = Instant::now();
        Driver {
            app: App::new(Settings::default(), now),
            rng: StdRng::seed_from_u64(7),
            now,
        }
    }

    fn send(&mut self, msg: Msg) -> &mut Driver {
        self.app.update(msg, self.now, &mut self.rng);
        self
    }

    fn act(&mut self, action: Action) -> &mut Driver {
        self.send(Msg::Do(action))
    }

    fn type_text(&mut self, text: &str) -> &mut Driver {
        for c in text.chars() {
            self.send(Msg::Edit(InputRequest::InsertChar(c)));
        }
        self
    }

    fn later(&mut self, secs: u64) -> &mut Driver {
        self.now += Duration::from_secs(secs);
        self.send(Msg::Tick)
    }
}

/// Name, city, password, gender; then Tab to `Send code` and Enter.
fn register_filled(d: &mut Driver) -> &mut Driver {
    d.type_text("Ada Lovelace")
        .act(Action::FocusNext)
        .type_text("London")
        .act(Action::FocusNext)
        .type_text("analytical-engine-1843")
        .act(Action::FocusNext)
        .act(Action::Right)
        .act(Action::Right)
}

fn code_sent(d: &mut Driver) -> &mut Driver {
    register_filled(d)
        .act(Action::FocusNext)
        .act(Action::FocusNext)
        .act(Action::Activate)
        .later(1)
}

fn states() -> Vec<(&'static str, App)> {
    let build = |f: fn(&mut Driver)| {
        let mut d = Driver::new();
        f(&mut d);
        d.app
    };
    vec![
        ("register_empty", build(|_| {})),
        (
            "register_filled",
            build(|d| {
                register_filled(d);
            }),
        ),
        (
            "register_code_sent",
            build(|d| {
                code_sent(d);
            }),
        ),
        (
            "register_login_successful",
            build(|d| {
                code_sent(d);
                let code = d
                    .app
                    .register
                    .sent_code()
                    .expect("a code was sent")
                    .to_string();
                d.type_text(&code).act(Action::Activate);
            }),
        ),
        (
            "help",
            build(|d| {
                d.act(Action::ToggleHelp);
            }),
        ),
        (
            "password_menu",
            build(|d| {
                d.act(Action::ShowPassword).type_text("16");
            }),
        ),
        (
            "password_result",
            build(|d| {
                d.act(Action::ShowPassword)
                    .type_text("16")
                    .act(Action::Activate)
                    .act(Action::PickOption(4))
                    .act(Action::Activate);
            }),
        ),
    ]
}

fn frames(c: &mut Criterion) {
    let states = states();
    let mut group = c.benchmark_group("frame");
    for (name, app) in &states {
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend");
        group.bench_function(*name, |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| keysmith::ui::view(black_box(app), frame))
                    .expect("draw");
            });
        });
    }
    group.finish();
    let mut group = c.benchmark_group("first_frame");
    for (name, app) in &states {
        group.bench_function(*name, |b| {
            b.iter_batched(
                || Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend"),
                |mut terminal| {
                    terminal
                        .draw(|frame| keysmith::ui::view(black_box(app), frame))
                        .expect("draw");
                    terminal
                },
                BatchSize::SmallInput,
            );
        });
    }
    group.finish();
}

fn strength_estimate(c: &mut Criterion) {
    strength::warm_up();
    c.bench_function("strength/assess", |b| {
        b.iter(|| strength::assess(black_box("analytical-engine-1843"), &["Ada", "London"]));
    });
}

fn quick() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50)
        // The HTML plots would take longer than the measurements.
        .without_plots()
}

criterion_group! {
    name = benches;
    config = quick();
    targets = frames, strength_estimate
}
criterion_main!(benches);
