//! The criterion settings every bench shares.

use std::time::Duration;

use criterion::Criterion;

/// Short runs, so `cargo bench` takes minutes on two shared cores.
pub fn quick() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50)
        // The HTML plots would take longer than the measurements.
        .without_plots()
}
