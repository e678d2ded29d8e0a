//! Every style the screens use. Without colour, emphasis falls back to bold and reverse.

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

    fn tint(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn label(self) -> Style {
        self.tint(Color::Gray)
    }

    pub fn focused_label(self) -> Style {
        self.tint(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The well a text field's value sits in.
    pub fn field(self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::new().bg(self.grey(56)).fg(Color::White),
            (true, false) => Style::new().bg(self.grey(35)),
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

    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn good(self) -> Style {
        self.tint(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn warn(self) -> Style {
        self.tint(Color::Yellow)
    }

    pub fn bad(self) -> Style {
        self.tint(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn key(self) -> Style {
        self.tint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn title(self) -> Style {
        self.tint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn tone(self, tone: Tone) -> Style {
        match tone {
            Tone::Info => self.tint(Color::Green),
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
