//! Frame cost: each screen drawn by `keysmith::for_tests::view` into ratatui's `TestBackend` at
//! 120×40, and the zxcvbn estimate that typing in the Register password field costs.
//!
//! Run: `cargo bench --bench render`.
//! - `frame/<state>`: one `Terminal::draw` of an unchanged screen, as the runtime redraws after
//!   a key: the view, plus ratatui's diff against the previous frame (nothing to send).
//! - `first_frame/<state>`: a new terminal each time, so every cell is sent to the backend.
//! - `strength/assess`: zxcvbn on a 22-character password, dictionaries already loaded.
//!
//! States are built through `App::update` with a seeded RNG and a fixed clock.

// The criterion settings the core's benches use.
#[path = "../core/benches/common/mod.rs"]
mod common;

use std::hint::black_box;
use support::keys::*;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use keysmith::for_tests::{App, Settings};
use keysmith_core::strength;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../tests/support/mod.rs"]
mod support;

use support::Driver;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

fn states() -> Vec<(&'static str, App)> {
    let build = |f: fn(&mut Driver)| {
        let mut d = Driver::seeded(Settings::default(), 7);
        f(&mut d);
        d.app
    };
    vec![
        ("register_empty", build(|_| {})),
        (
            "register_filled",
            build(|d| {
                d.fill_register();
            }),
        ),
        (
            "register_code_sent",
            build(|d| {
                d.fill_and_send_code();
            }),
        ),
        (
            "register_login_successful",
            build(|d| {
                let code = d.fill_and_send_code().sent_code();
                d.type_text(&code).act(ENTER);
            }),
        ),
        (
            "help",
            build(|d| {
                d.act(F1);
            }),
        ),
        (
            "password_menu",
            build(|d| {
                d.act(F3).type_text("16");
            }),
        ),
        (
            "password_result",
            build(|d| {
                d.generate_password(16);
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
                    .draw(|frame| keysmith::for_tests::view(black_box(app), frame))
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
                        .draw(|frame| keysmith::for_tests::view(black_box(app), frame))
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

criterion_group! {
    name = benches;
    config = common::quick();
    targets = frames, strength_estimate
}
criterion_main!(benches);
