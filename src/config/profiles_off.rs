//! Why the Profile selector offers no profiles, and why Ctrl+S cannot save one.

/// Why a run has no profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfilesOff {
    NoConfig,
    Unreadable,
}

impl ProfilesOff {
    /// As the Profile row says it.
    pub fn row(self) -> &'static str {
        match self {
            ProfilesOff::NoConfig => "off: --no-config",
            ProfilesOff::Unreadable => "off: settings file did not load",
        }
    }

    /// Why Ctrl+S cannot save.
    pub fn refusal(self) -> &'static str {
        match self {
            ProfilesOff::NoConfig => "Cannot save a profile: keysmith started with --no-config",
            ProfilesOff::Unreadable => {
                "Cannot save a profile: the settings file did not load, and is left as it is \
                 this run"
            }
        }
    }
}
