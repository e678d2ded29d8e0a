//! The `theme` key and the `--theme` flag: which colours the full-screen program draws with.

/// What the user asked for; `Auto` asks the terminal for its background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Dark,
    Light,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Auto, ThemeChoice::Dark, ThemeChoice::Light];
}

impl keysmith_core::Named for ThemeChoice {
    const VARIANTS: &'static [ThemeChoice] = &ThemeChoice::ALL;

    fn spelling(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Light => "light",
        }
    }
}
