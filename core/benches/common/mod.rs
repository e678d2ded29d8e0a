//! The criterion settings every bench shares.

use std::time::Duration;

use std::hint::black_box;

use criterion::{Bencher, Criterion};
use keysmith_core::policy::{Generator, Policy};

/// Short runs, so `cargo bench` takes minutes on two shared cores.
pub fn quick() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50)
        // The HTML plots would take longer than the measurements.
        .without_plots()
}

/// One password at a time under `policy`, into one reused buffer.
// The render bench shares this file and makes no passwords.
#[allow(dead_code)]
pub fn one_password(b: &mut Bencher, policy: &Policy) {
    let mut generator = Generator::new(policy);
    let mut rng = rand::rng();
    let mut out = Vec::with_capacity(policy.length());
    b.iter(|| {
        generator.fill(&mut rng, &mut out);
        black_box(&out);
    });
}
