//! The root view: `view` reads `&App` and draws a frame, the screen inside the app's chrome
//! (tabs, status, footer, and whatever overlay is open). No mutation, no I/O.

mod dialog;
mod footer;
mod help;
pub mod qr;
mod tabs;

pub use help::help_page;

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::keys::Context;
use super::{App, Overlay};
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::{ViewContext, widgets};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// The status line's rows, and the most a long message may take from the screen.
const STATUS_ROWS: u16 = 2;
const MAX_STATUS_ROWS: u16 = 4;

/// The status message's lines at `width` columns.
fn status_lines(text: &str, width: u16) -> Vec<String> {
    textwrap::wrap(text, widgets::wrapping(usize::from(width.max(1))))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(
        app.settings.color,
        app.settings.palette,
        app.settings.background,
    );
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = format!("terminal too small: need {MIN_WIDTH}×{MIN_HEIGHT}");
        frame.render_widget(Paragraph::new(note).wrap(Wrap { trim: true }), area);
        return;
    }
    // The QR code takes the whole screen, so that it fits in the smallest usual window.
    if let Some(Overlay::Qr(card)) = &app.overlay {
        qr::draw(card, frame, area, theme);
        return;
    }
    // Two lines of status, so that every message of keysmith's own shows whole from 60
    // columns up; up to four for one that quotes a long path or a file's error.
    // The help keeps its page the same (`help_page`), whatever the status says.
    let long = app.status.as_ref().filter(|_| !app.help_open());
    let status_rows = long.map_or(STATUS_ROWS, |status| {
        let lines = status_lines(&status.text, area.width).len();
        u16::try_from(lines)
            .unwrap_or(u16::MAX)
            .clamp(STATUS_ROWS, MAX_STATUS_ROWS)
    });
    let [tabs, body, status, footer] = layout::rows(
        area,
        [
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(status_rows),
            Constraint::Length(1),
        ],
    );
    tabs::draw(app.screen, frame, tabs, theme);
    let cx = ViewContext {
        theme,
        now: app.now,
        covered: app.overlay.is_some(),
    };
    app.screens.view(app.screen, frame, body, &cx);
    if let Some(message) = &app.status {
        // Wrapped as the rows above were counted.
        let style = theme.tone(message.tone);
        let lines: Vec<Line> = status_lines(&message.text, area.width)
            .into_iter()
            .map(|line| Line::styled(line, style))
            .collect();
        frame.render_widget(Paragraph::new(lines), status);
    }
    footer::draw(&Context::of(app), frame, footer, theme);
    match &app.overlay {
        Some(Overlay::Dialog(dialog)) => dialog::draw(dialog, frame, body, theme),
        Some(Overlay::Help { scroll }) => help::draw(*scroll, frame, body, theme),
        // Drawn whole-screen above.
        Some(Overlay::Qr(_)) | None => {}
    }
}
