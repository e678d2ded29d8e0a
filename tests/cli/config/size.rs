//! One size limit for reading and writing: a file as large as the loader takes loads, and a
//! save that would make it larger is refused, the file left as it was and still loading.

use keysmith::for_tests::config;

use super::{Scratch, read};

#[test]
fn a_save_never_writes_a_file_too_large_to_load() {
    let scratch = Scratch::new("size");
    let head = "length = 12\n# ";
    let limit = usize::try_from(config::MAX_BYTES).expect("the limit fits");
    let text = format!("{head}{}\n", "x".repeat(limit - head.len() - 1));
    assert_eq!(text.len(), limit);
    let path = scratch.file("config.toml", &text);
    let mut loaded = config::load(&path).expect("a file of exactly the limit loads");
    let mut settings = loaded.remembered().clone();
    settings.options.symbols = Some("-_.!".into());
    let refused = loaded
        .save_settings(&settings)
        .expect_err("the change would take the file past the limit");
    let message = refused.to_string();
    let bytes: usize = message
        .strip_prefix("not saved: the settings would take ")
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{message}"));
    assert!(bytes > limit, "{message}");
    assert!(
        message.ends_with(&format!(
            "bytes, over the {limit} a settings file may have; delete some profiles"
        )),
        "{message}"
    );
    assert!(read(&path) == text, "the file was changed");
    config::load(&path).expect("the file still loads");
}
