//! No panic on any input: random sequences of messages, raw terminal events through
//! the real keymap, clock advances and resizes, with the app's invariants checked after every
//! step and the view rendered at the current size every few steps and after the last. And
//! 200 KB pastes into every field.
//!
//! 10 000 cases, split in two tests that run in parallel. `PROPTEST_CASES=n` sets the total
//! for a quick local run.
//!
//! Failures are not persisted (`failure_persistence: None`): proptest would otherwise write
//! a `proptest-regressions` file beside these. A failure prints its minimal input; keep it as
//! an ordinary `#[test]` in `found.rs`, where it documents itself.
//!
//! `strategies` makes the inputs, `model` runs them and checks the invariants, `pastes` holds
//! the huge pastes.

mod found;
mod model;
mod pastes;
mod strategies;

use keysmith::for_tests::Settings;
use proptest::collection::vec;
use proptest::prelude::*;

use model::Run;
use strategies::{Step, settings, size, step};

/// Render after every this many steps and after the last (or once, with no steps): a render
/// costs as much as dozens of steps in a debug build.
const RENDER_EVERY: usize = 50;

fn run_steps(settings: Settings, seed: u64, size: (u16, u16), steps: &[Step]) {
    let mut run = Run::new(settings, seed, size);
    run.check();
    if steps.is_empty() {
        run.render();
    }
    for (i, step) in steps.iter().enumerate() {
        run.apply(step);
        run.check();
        if (i + 1) % RENDER_EVERY == 0 || i + 1 == steps.len() {
            run.render();
        }
    }
}

/// Cases per shard: 10 000 in all by default, or `PROPTEST_CASES` in all.
fn cases_per_shard() -> u32 {
    let total = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000u32);
    total.div_ceil(SHARDS)
}

/// The cases are split between this many identical tests, which libtest runs in parallel.
const SHARDS: u32 = 2;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases_per_shard(),
        // No `proptest-regressions/` files in the repository: failures are kept as tests in
        // `found.rs`.
        failure_persistence: None,
        // ChaCha, the default, costs much of the generation time in a debug build.
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_panic_and_invariants_hold_on_any_input_1(
        settings in settings(),
        seed in any::<u64>(),
        size in size(),
        steps in vec(step(), 0..200),
    ) {
        run_steps(settings, seed, size, &steps);
    }

    #[test]
    fn no_panic_and_invariants_hold_on_any_input_2(
        settings in settings(),
        seed in any::<u64>(),
        size in size(),
        steps in vec(step(), 0..200),
    ) {
        run_steps(settings, seed, size, &steps);
    }
}
