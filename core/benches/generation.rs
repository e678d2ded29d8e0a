//! Generation speed: passwords per second for each character set, with and without each-class
//! rejection, and one-time codes per second for each format.
//!
//! Run: `cargo bench -p keysmith-core --bench generation`. Both use `rand::rng()`, the RNG of
//! the command line.

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use keysmith_core::otp::write_code;
use keysmith_core::policy::{Policy, PolicyOptions};
use keysmith_core::{CharSet, OtpFormat, Toggle, Toggles};

fn passwords(c: &mut Criterion) {
    let mut group = c.benchmark_group("password_16");
    group.throughput(Throughput::Elements(1));
    for set in CharSet::ALL {
        for each_class in [false, true] {
            let options = PolicyOptions {
                length: Some(16),
                set,
                toggles: Toggles::default().with(Toggle::EachClass, each_class),
                ..PolicyOptions::default()
            };
            let policy = Policy::compile(&options).expect("valid policy");
            let id = BenchmarkId::new(
                if each_class {
                    "each_class"
                } else {
                    "no_each_class"
                },
                format!("set{}_{}", set.number(), set.name()),
            );
            group.bench_function(id, |b| common::one_password(b, &policy));
        }
    }
    group.finish();
}

fn codes(c: &mut Criterion) {
    let mut group = c.benchmark_group("otp");
    group.throughput(Throughput::Elements(1));
    for format in OtpFormat::ALL {
        group.bench_function(format.name(), |b| {
            let mut rng = rand::rng();
            let mut out = String::with_capacity(format.code_len());
            b.iter(|| {
                out.clear();
                write_code(black_box(format), &mut rng, &mut out);
                black_box(&out);
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = passwords, codes
}
criterion_main!(benches);
