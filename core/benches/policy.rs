//! The policy core: passwords per second where rejection serves, where a site's rules apply and
//! where exact sampling is needed, one at a time (`fill`, as the TUI draws them) and in bulk
//! (`fill_lines`, as `keysmith password -n` writes them), and the time to count (compile) the
//! hardest policies.
//!
//! Run: `cargo bench -p keysmith-core --bench policy`.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use keysmith_core::policy::{Generator, Method, Minimums, Policy, PolicyOptions};
use keysmith_core::{Toggle, Toggles};

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

/// Nine characters with at least two of each class: still sampled by rejection (more than 1
/// candidate in 32 passes), beside `tight`, which is sampled exactly.
fn four_twos() -> PolicyOptions {
    let minimums = Minimums {
        lower: 2,
        upper: 2,
        digits: 2,
        symbols: 2,
    };
    options(9, minimums, None)
}

fn cases() -> Vec<(&'static str, PolicyOptions)> {
    vec![
        ("default_16", PolicyOptions::default()),
        (
            "no_each_class_16",
            PolicyOptions {
                toggles: Toggles::default().with(Toggle::EachClass, false),
                ..PolicyOptions::default()
            },
        ),
        (
            "site_rules",
            PolicyOptions {
                rules: Some(SITE_RULES.to_string()),
                ..PolicyOptions::default()
            },
        ),
        ("tight_minimums_9", tight()),
        ("four_twos_9", four_twos()),
    ]
}

fn method(policy: &Policy) -> &'static str {
    match policy.method() {
        Method::Rejection { .. } => "rejection",
        Method::Exact { .. } => "exact",
    }
}

fn passwords(c: &mut Criterion) {
    let mut group = c.benchmark_group("policy_password");
    group.throughput(Throughput::Elements(1));
    for (name, opts) in cases() {
        let policy = Policy::compile(&opts).expect("an accepted policy");
        let id = format!("{name}_{}", method(&policy));
        group.bench_function(id, |b| common::one_password(b, &policy));
    }
    group.finish();
}

/// Lines of bulk output per iteration, as `keysmith password -n` writes them in batches.
const BULK: usize = 1000;

fn bulk(c: &mut Criterion) {
    let mut group = c.benchmark_group("policy_bulk");
    group.throughput(Throughput::Elements(BULK as u64));
    for (name, opts) in cases() {
        let policy = Policy::compile(&opts).expect("an accepted policy");
        group.bench_function(format!("{name}_{}", method(&policy)), |b| {
            let mut generator = Generator::new(&policy);
            let mut rng = rand::rng();
            let mut out = Vec::with_capacity(BULK * (policy.length() + 1));
            b.iter(|| {
                out.clear();
                generator.fill_lines(&mut rng, BULK, &mut out);
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
    // The largest equal minimums the run-limit work limit accepts at 1024 characters with
    // max consecutive 1 (5 each is refused as too complex): the worst accepted count.
    group.sample_size(10);
    group.bench_function("worst_1024_min4_maxrun1", |b| {
        let opts = options(1024, every_class(4), Some(1));
        assert!(Policy::compile(&options(1024, every_class(5), Some(1))).is_err());
        assert!(Policy::compile(&opts).is_ok(), "accepted");
        b.iter(|| black_box(Policy::compile(black_box(&opts))));
    });
    group.sample_size(50);
    group.bench_function("default_16", |b| {
        let opts = PolicyOptions::default();
        b.iter(|| black_box(Policy::compile(black_box(&opts))));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = passwords, bulk, counting
}
criterion_main!(benches);
