//! What may name a profile: trimmed, not too long, no control characters, not `custom`.

use super::ConfigError;

/// The longest profile name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The selector's entry for options that are no profile's; no profile may take its name.
pub const CUSTOM: &str = "custom";

/// A name the user typed, trimmed, or why it cannot name a profile.
pub fn profile_name(typed: &str) -> Result<String, ConfigError> {
    let name = typed.trim();
    let refuse = |reason: String| Err(ConfigError::BadProfileName { reason });
    if name.is_empty() {
        return refuse("a profile needs a name".into());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return refuse(format!(
            "a profile name has at most {MAX_NAME_CHARS} characters"
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return refuse(format!(
            "a profile name cannot hold a control character (U+{:04X})",
            u32::from(c)
        ));
    }
    if name.eq_ignore_ascii_case(CUSTOM) {
        return refuse(format!(
            "{CUSTOM:?} is the selector's name for options of no profile"
        ));
    }
    Ok(name.to_owned())
}
