//! The keys for where the focus is, as many whole entries as fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::keys::{Context, footer};
use crate::ui::theme::Theme;

pub fn draw(ctx: &Context, frame: &mut Frame, area: Rect, theme: Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    for entry in footer(ctx) {
        let separator = if spans.is_empty() { "" } else { " · " };
        let text = format!("{} {}", entry.label, entry.description);
        let width = separator.chars().count() + text.chars().count();
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        spans.push(Span::styled(separator, theme.dim()));
        spans.push(Span::styled(entry.label, theme.key()));
        spans.push(Span::raw(format!(" {}", entry.description)));
    }
    frame.render_widget(Line::from(spans), area);
}
