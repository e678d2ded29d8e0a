//! Shared drawing: `view` reads `&App` and draws a frame. No mutation, no I/O, no clock or RNG.

mod dialog;
mod footer;
mod help;
mod tabs;
pub mod theme;
pub mod widgets;

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::keys::Context;
use crate::app::{App, Overlay};
use theme::Theme;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// What a screen's view may read besides its own state.
#[derive(Debug, Clone, Copy)]
pub struct ViewContext {
    pub theme: Theme,
    /// The time of the last update, for countdowns.
    pub now: Instant,
    /// An overlay covers the screen, so no field shows focus.
    pub covered: bool,
}

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(app.settings.color);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = format!("terminal too small: need {MIN_WIDTH}×{MIN_HEIGHT}");
        frame.render_widget(Paragraph::new(note).wrap(Wrap { trim: true }), area);
        return;
    }
    let [tabs, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    tabs::draw(app.screen, frame, tabs, theme);
    let cx = ViewContext {
        theme,
        now: app.now,
        covered: app.overlay.is_some(),
    };
    app.screens.view(app.screen, frame, body, &cx);
    if let Some(message) = &app.status {
        let line = Line::styled(message.text.as_str(), theme.tone(message.tone));
        frame.render_widget(line, status);
    }
    footer::draw(Context::of(app), frame, footer, theme);
    match &app.overlay {
        Some(Overlay::Dialog(dialog)) => dialog::draw(dialog, frame, body, theme),
        Some(Overlay::Help) => help::draw(frame, body, theme),
        None => {}
    }
}
