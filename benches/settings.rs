//! The settings file: loading it, and the save that follows a change on the Password screen,
//! for a small file and for one of 8,000 profiles with long rules (about 1 MB, near the
//! largest file keysmith reads).
//!
//! Run: `cargo bench --bench settings`.
//! - `load/<file>`: `config::load`, as the TUI's start and `keysmith password --profile` do.
//! - `save/<file>`: the debounced save: the file read again, the options written into it,
//!   checked, and written atomically.
//! - `start/<file>`: the app taking the loaded file: the Password screen set from the top of
//!   the file, and each profile worked out as the Profile selector recognises it.

#[path = "../core/benches/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use keysmith::for_tests::config::load;
use keysmith::for_tests::{App, Options, Remembered, SettingsFile, Startup};

const SMALL: &str = "length = 20\nsymbols = \"-_.!\"\notp_format = \"digits6\"\n\n\
    [profiles.bank]\nlength = 12\nset = \"alnum\"\n\n\
    [profiles.words]\nwords = 6\nseparator = \"-\"\n";

/// `profiles` profiles, each with its own site rules and no length of its own.
fn many_profiles(profiles: usize) -> String {
    (1..=profiles)
        .map(|n| {
            format!(
                "[profiles.p{n}]\nrules = \"minlength: {}; required: upper; required: lower; \
                 required: digit; required: [-_!]; max-consecutive: 2;\"\n",
                12 + n % 40
            )
        })
        .collect()
}

/// `text` in a file of its own, in a folder that outlives the bench.
fn file(name: &str, text: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("keysmith-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("make the bench's folder");
    let path = folder.join(name);
    std::fs::write(&path, text).expect("write the settings file");
    path
}

fn settings(c: &mut Criterion) {
    let files = [
        ("small", file("small.toml", SMALL)),
        ("8000_profiles", file("many.toml", &many_profiles(8000))),
    ];
    for (name, path) in &files {
        c.bench_function(&format!("load/{name}"), |b| {
            b.iter(|| black_box(load(path).expect("loads")));
        });
        let mut loaded = load(path).expect("loads");
        let mut length = 20;
        c.bench_function(&format!("save/{name}"), |b| {
            b.iter(|| {
                // A change each time, so that each save writes.
                length = if length == 20 { 21 } else { 20 };
                let remembered = Remembered {
                    options: Options {
                        length: Some(length),
                        ..Options::default()
                    },
                    otp_format: None,
                };
                black_box(loaded.save_settings(&remembered).expect("saves"))
            });
        });
        c.bench_function(&format!("start/{name}"), |b| {
            b.iter_custom(|iterations| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iterations {
                    let startup = Startup {
                        file: SettingsFile::Remembering(name.to_string()),
                        remembered: loaded.remembered().clone(),
                        profiles: loaded.config().profiles.clone(),
                        ..Startup::none()
                    };
                    let mut app = App::new(Default::default(), Instant::now());
                    let mut rng = rand::rng();
                    let start = Instant::now();
                    app.start(startup, &mut rng);
                    spent += start.elapsed();
                    black_box(&app);
                }
                spent
            });
        });
    }
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = settings
}
criterion_main!(benches);
