//! The title and the tab bar, read from the screen registry.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::Tabs;

use crate::screens::Screen;
use crate::ui::layout;
use crate::ui::theme::Theme;

pub fn draw(current: Screen, frame: &mut Frame, area: Rect, theme: Theme) {
    let selected = Screen::ALL.iter().position(|&screen| screen == current);
    let tabs = Tabs::new(Screen::ALL.iter().map(|screen| screen.tab_text()))
        .select(selected)
        .highlight_style(theme.selected(true))
        .divider("│");
    let [name, rest] = layout::columns(area, [Constraint::Length(10), Constraint::Min(0)]);
    frame.render_widget(Span::styled(" keysmith", theme.title()), name);
    frame.render_widget(tabs, rest);
}
