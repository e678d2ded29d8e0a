//! Passphrase speed: one passphrase from a ready generator for a few option sets (the bulk
//! path of `keysmith passphrase -n N`), and readying a generator over the EFF list (what one
//! passphrase a process costs besides starting it).
//!
//! Run: `cargo bench -p keysmith-core --bench passphrase`. Both use `rand::rng()`, the RNG of
//! the command line.

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use keysmith_core::passphrase::{Case, PassphraseGenerator, PassphrasePolicy};
use keysmith_core::wordlist::WordList;
use zeroize::Zeroizing;

fn option_sets() -> [(&'static str, PassphrasePolicy); 4] {
    let default = PassphrasePolicy::default();
    [
        ("default_7", default.clone()),
        (
            "mixed_number_7",
            PassphrasePolicy {
                case: Case::Mixed,
                number: true,
                ..default.clone()
            },
        ),
        (
            "title_joined_7",
            PassphrasePolicy {
                case: Case::Title,
                separator: String::new(),
                ..default.clone()
            },
        ),
        (
            "default_40",
            PassphrasePolicy {
                words: 40,
                ..default
            },
        ),
    ]
}

fn passphrases(c: &mut Criterion) {
    let list = WordList::eff_long();
    let mut group = c.benchmark_group("passphrase");
    group.throughput(Throughput::Elements(1));
    for (name, policy) in option_sets() {
        group.bench_function(BenchmarkId::new("fill", name), |b| {
            let generator = PassphraseGenerator::new(&policy, &list).expect("valid policy");
            let mut rng = rand::rng();
            let mut line = Zeroizing::new(Vec::with_capacity(generator.buffer_len()));
            b.iter(|| {
                generator.fill(&mut rng, &mut line);
                black_box(line.as_slice());
            });
        });
    }
    group.finish();
}

fn readying(c: &mut Criterion) {
    let mut group = c.benchmark_group("passphrase_generator");
    for (name, policy) in option_sets().into_iter().take(2) {
        group.bench_function(BenchmarkId::new("eff_new", name), |b| {
            b.iter(|| {
                let list = WordList::eff_long();
                black_box(PassphraseGenerator::new(&policy, &list).expect("valid policy"))
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = passphrases, readying
}
criterion_main!(benches);
