//! `--help` names where the settings file is by default on the OS it runs on, for the program
//! and for every command's `--config`.

use crate::support::cli;

#[cfg(not(windows))]
const DEFAULT: &str = "$XDG_CONFIG_HOME/keysmith/config.toml (~/.config/keysmith/config.toml)";
#[cfg(windows)]
const DEFAULT: &str = r"%APPDATA%\keysmith\config.toml";

#[test]
fn help_names_this_os_settings_file() {
    for args in [
        &["--help"][..],
        &["password", "--help"],
        &["passphrase", "--help"],
        &["sites", "--help"],
    ] {
        let output = cli::output(args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            text.contains(&format!("else {DEFAULT}]")),
            "{args:?} does not name {DEFAULT}:\n{text}"
        );
    }
}
