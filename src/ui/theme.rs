//! Every style the screens use, for the terminal's background. Without colour, emphasis falls
//! back to bold and reverse.
//!
//! On a background the terminal named (or the user did), text takes colours chosen for it: an
//! accent for titles and the focused label, a grey for hints, and text fields as wells a step
//! off the background. Where the background is unknown, a colour is set only where it reads on
//! both: text keeps the terminal's own colours (bold, underline or reverse for emphasis), and
//! the fields are underlined. Every cell given a background is given a foreground too (the
//! wells, the status badges).

use ratatui::style::{Color, Modifier, Style};

use crate::kit::{Background, Palette, Tone};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
    palette: Palette,
    background: Background,
}

impl Theme {
    pub fn new(color: bool, palette: Palette, background: Background) -> Theme {
        Theme {
            color,
            palette,
            background,
        }
    }

    pub fn has_color(self) -> bool {
        self.color
    }

    /// The colours the terminal has.
    pub fn palette(self) -> Palette {
        self.palette
    }

    /// The background the user or the terminal named, with colours or without.
    pub fn background(self) -> Background {
        self.background
    }

    /// The background the colours are for; `Unknown` without colour, where none are set.
    fn known_background(self) -> Background {
        if self.color {
            self.background
        } else {
            Background::Unknown
        }
    }

    /// A grey of about this brightness, in the colours the terminal has.
    fn grey(self, level: u8) -> Color {
        match self.palette {
            Palette::TrueColor => Color::Rgb(level, level, level.saturating_add(level / 4)),
            // The 256 palette's greys run from 232 (8) to 255 (238) in steps of 10.
            Palette::Indexed256 => Color::Indexed(232 + (level.saturating_sub(8) / 10).min(23)),
        }
    }

    /// A colour of the 256 palette's 6×6×6 cube (each of `r`, `g`, `b` 0 to 5), whose values
    /// terminals do not change as they do the first 16 colours'; the same values in true colour.
    fn cube(self, r: u8, g: u8, b: u8) -> Color {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        let level = |step: u8| LEVELS[usize::from(step.min(5))];
        match self.palette {
            Palette::TrueColor => Color::Rgb(level(r), level(g), level(b)),
            Palette::Indexed256 => Color::Indexed(16 + 36 * r.min(5) + 6 * g.min(5) + b.min(5)),
        }
    }

    /// `style` in `color` where the background is known, else in the terminal's foreground.
    fn ink(self, style: Style, dark: Color, light: Color) -> Style {
        match self.known_background() {
            Background::Dark => style.fg(dark),
            Background::Light => style.fg(light),
            Background::Unknown => style,
        }
    }

    /// Titles and the focused label: a light blue on dark, a deep blue on light.
    fn accent(self, style: Style) -> Style {
        self.ink(style, self.cube(3, 4, 5), self.cube(0, 1, 3))
    }

    /// A badge: text in `fg` on `bg`, read the same on any terminal's background.
    fn badge(self, fg: Color, bg: Color) -> Style {
        if self.color {
            Style::new().fg(fg).bg(bg)
        } else {
            Style::new()
        }
    }

    pub fn label(self) -> Style {
        Style::new()
    }

    pub fn focused_label(self) -> Style {
        self.accent(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED))
    }

    /// The well a text field's value sits in: a step lighter than a dark background, a step
    /// darker than a light one, and underlined where the background is unknown.
    pub fn field(self, focused: bool) -> Style {
        let well = |fg: u8, bg: u8| Style::new().fg(self.grey(fg)).bg(self.grey(bg));
        match (self.known_background(), focused) {
            (Background::Dark, true) => well(238, 56),
            (Background::Dark, false) => well(208, 35),
            (Background::Light, true) => well(8, 208),
            (Background::Light, false) => well(28, 228),
            (Background::Unknown, true) => {
                Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
            }
            (Background::Unknown, false) => Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The choice or button under the keyboard.
    pub fn selected(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// Hints and asides, in italics: a grey where the background is known; elsewhere a grey
    /// would be faint on one background or the other, and the terminal's dim on some is
    /// fainter still, so the terminal's foreground.
    pub fn dim(self) -> Style {
        if self.color {
            self.ink(
                Style::new().add_modifier(Modifier::ITALIC),
                self.grey(168),
                self.grey(88),
            )
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn good(self) -> Style {
        self.badge(self.cube(0, 0, 0), self.cube(0, 3, 0))
            .add_modifier(Modifier::BOLD)
    }

    pub fn warn(self) -> Style {
        self.badge(self.cube(0, 0, 0), self.cube(4, 4, 0))
    }

    pub fn bad(self) -> Style {
        self.badge(self.cube(5, 5, 5), self.cube(3, 0, 0))
            .add_modifier(Modifier::BOLD)
    }

    pub fn key(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn title(self) -> Style {
        self.accent(Style::new().add_modifier(Modifier::BOLD))
    }

    pub fn tone(self, tone: Tone) -> Style {
        match tone {
            Tone::Info => self.badge(self.cube(0, 0, 0), self.cube(0, 3, 0)),
            Tone::Error => self.bad(),
        }
    }

    /// Scores and labels from worst (0) to best (4).
    pub fn strength(self, score: u8) -> Style {
        match score {
            0 | 1 => self.bad(),
            2 => self.warn(),
            _ => self.good(),
        }
    }
}
