//! The policy core: passwords per second where rejection serves, where a site's rules apply and
//! where exact sampling is needed, and the time to count (compile) the hardest policies.
//!
//! Run: `cargo bench --bench policy`.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use keysmith::secret::policy::{Generator, Method, Minimums, Policy, PolicyOptions};

const SITE_RULES: &str = "minlength: 12; maxlength: 20; required: lower; required: upper; \
                          required: digit; required: [-!#$%&*_.]; max-consecutive: 2;";

fn options(length: usize, minimums: Minimums, max_consecutive: Option<usize>) -> PolicyOptions {
    PolicyOptions {
        length: Some(length),
        minimums,
        max_consecutive,
        ..PolicyOptions::default()
    }
}

fn tight() -> PolicyOptions {
    let minimums = Minimums {
        lower: 0,
        upper: 2,
        digits: 3,
        symbols: 3,
    };
    options(9, minimums, None)
}

fn passwords(c: &mut Criterion) {
    let mut group = c.benchmark_group("policy_password");
    group.throughput(Throughput::Elements(1));
    let cases = [
        ("default_16", PolicyOptions::default()),
        (
            "site_rules",
            PolicyOptions {
                rules: Some(SITE_RULES.to_string()),
                ..PolicyOptions::default()
            },
        ),
        ("tight_minimums_9", tight()),
    ];
    for (name, opts) in cases {
        let policy = Policy::compile(&opts).expect("an accepted policy");
        let method = match policy.method() {
            Method::Rejection { .. } => "rejection",
            Method::Exact { .. } => "exact",
        };
        group.bench_function(format!("{name}_{method}"), |b| {
            let mut generator = Generator::new(&policy);
            let mut rng = rand::rng();
            let mut out = Vec::with_capacity(policy.length());
            b.iter(|| {
                generator.fill(&mut rng, &mut out);
                black_box(&out);
            });
        });
    }
    group.finish();
}

fn counting(c: &mut Criterion) {
    let mut group = c.benchmark_group("policy_compile");
    let every_class = |n| Minimums {
        lower: n,
        upper: n,
        digits: n,
        symbols: n,
    };
    group.bench_function("worst_1024_min3_maxrun1", |b| {
        let opts = options(1024, every_class(3), Some(1));
        b.iter(|| black_box(Policy::compile(black_box(&opts))));
    });
    group.bench_function("default_16", |b| {
        let opts = PolicyOptions::default();
        b.iter(|| black_box(Policy::compile(black_box(&opts))));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = passwords, counting
}
criterion_main!(benches);
