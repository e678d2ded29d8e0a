//! The `theme` key and the `--theme` flag: read in any case, refused with the values that
//! would do, and never lost when keysmith saves the file.

use keysmith::for_tests::{Remembered, ThemeChoice, config};

use super::{Scratch, read};
use crate::support::cli;

#[test]
fn the_theme_is_read_in_any_case_and_kept_with_its_comment_on_save() {
    let scratch = Scratch::new("theme-kept");
    let text = "theme = \"Light\"  # my terminal is white\nlength = 12\n";
    let path = scratch.file("config.toml", text);
    let mut loaded = config::load(&path).expect("loads");
    assert_eq!(loaded.config().theme, Some(ThemeChoice::Light));
    assert!(
        loaded.unknown_keys().is_empty(),
        "{:?}",
        loaded.unknown_keys()
    );
    loaded.save_settings(&Remembered::default()).expect("saved");
    let saved = read(&path);
    assert!(
        saved.contains("theme = \"Light\"  # my terminal is white\n"),
        "{saved}"
    );
    assert!(!saved.contains("length"), "the save did happen: {saved}");
}

#[test]
fn a_theme_out_of_its_three_is_refused_with_its_line_and_the_three() {
    let scratch = Scratch::new("theme-bad");
    for (text, problem) in [
        (
            "theme = \"blue\"\n",
            "line 1, column 9: theme: \"blue\" is not one of auto, dark, light",
        ),
        (
            "\ntheme = true\n",
            "line 2, column 9: theme: invalid type: boolean `true`, expected one of auto, dark, light",
        ),
    ] {
        let path = scratch.file("config.toml", text);
        let error = config::load(&path).expect_err("refused");
        assert_eq!(error.to_string(), format!("{}, {problem}", path.display()));
        assert_eq!(read(&path), text, "the file is left as it was");
    }
}

#[test]
fn the_flag_takes_the_three_names_and_refuses_others() {
    let output = cli::output(&["--theme", "blue"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("invalid value 'blue' for '--theme <THEME>'")
            && stderr.contains("[possible values: auto, dark, light]"),
        "{stderr}"
    );
    // A good name gets as far as the terminal check: no terminal here.
    for name in ["auto", "dark", "Light"] {
        let output = cli::output(&["--theme", name]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "--theme {name}: {stderr}");
        assert!(stderr.contains("needs a terminal"), "{stderr}");
    }
}

#[test]
fn help_names_the_flag_and_where_its_default_comes_from() {
    let help = String::from_utf8_lossy(&cli::output(&["--help"]).stdout).into_owned();
    assert!(help.contains("--theme <THEME>"), "{help}");
    assert!(
        help.contains("the settings file's theme, else auto"),
        "{help}"
    );
}
