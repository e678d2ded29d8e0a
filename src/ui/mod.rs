//! Drawing: `view` reads `&App` and draws a frame. No mutation, no I/O, no clock or RNG.

mod dialog;
mod help;
mod password;
mod register;
pub mod theme;
mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Wrap};

use crate::app::{App, Screen};
use crate::keymap::{self, Context};
use theme::Theme;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

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
    draw_tabs(app, frame, tabs, theme);
    match app.screen {
        Screen::Register => register::draw(app, frame, body, theme),
        Screen::Password => password::draw(app, frame, body, theme),
    }
    if let Some(message) = &app.status {
        let line = Line::styled(message.text.as_str(), theme.tone(message.tone));
        frame.render_widget(line, status);
    }
    draw_footer(app, frame, footer, theme);
    if let Some(dialog) = &app.dialog {
        dialog::draw(dialog, frame, body, theme);
    }
    if app.help {
        help::draw(frame, body, theme);
    }
}

fn draw_tabs(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let selected = match app.screen {
        Screen::Register => 0,
        Screen::Password => 1,
    };
    let tabs = Tabs::new(["Register (F2)", "Password (F3)"])
        .select(selected)
        .highlight_style(theme.selected(true))
        .divider("│");
    let [name, rest] = Layout::horizontal([Constraint::Length(10), Constraint::Min(0)]).areas(area);
    frame.render_widget(Span::styled(" keysmith", theme.title()), name);
    frame.render_widget(tabs, rest);
}

/// The keys for where the focus is, as many whole entries as fit.
fn draw_footer(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    for binding in keymap::active(Context::of(app)) {
        let separator = if spans.is_empty() { "" } else { " · " };
        let entry = format!("{} {}", binding.label, binding.description);
        let width = separator.chars().count() + entry.chars().count();
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        spans.push(Span::styled(separator, theme.dim()));
        spans.push(Span::styled(binding.label, theme.key()));
        spans.push(Span::raw(format!(" {}", binding.description)));
    }
    frame.render_widget(Line::from(spans), area);
}
