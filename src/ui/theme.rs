//! Every style the screens use. Without colour, emphasis falls back to bold and reverse.
//!
//! The terminal's background may be dark or light and keysmith cannot know which, so a colour
//! is set only where it reads on both: text on the terminal's own background keeps the
//! terminal's foreground (with bold or underline for emphasis), and every cell given a
//! background is given a foreground too (the fields' wells, the status badges).

use ratatui::style::{Color, Modifier, Style};

use crate::kit::{Palette, Tone};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
    palette: Palette,
}

impl Theme {
    pub fn new(color: bool, palette: Palette) -> Theme {
        Theme { color, palette }
    }

    pub fn has_color(self) -> bool {
        self.color
    }

    /// The colours the terminal has.
    pub fn palette(self) -> Palette {
        self.palette
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
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The well a text field's value sits in.
    pub fn field(self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::new().bg(self.grey(56)).fg(self.grey(238)),
            (true, false) => Style::new().bg(self.grey(35)).fg(self.grey(208)),
            (false, true) => Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            (false, false) => Style::new().add_modifier(Modifier::UNDERLINED),
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

    /// Hints and asides. A grey would be faint on one background or the other, and the
    /// terminal's dim on some is fainter still: the terminal's foreground, in italics.
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().add_modifier(Modifier::ITALIC)
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
        Style::new().add_modifier(Modifier::BOLD)
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
