//! The keys for where the focus is, as many whole entries as fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::keys::{Context, footer};
use crate::ui::theme::Theme;

pub fn draw(ctx: Context, frame: &mut Frame, area: Rect, theme: Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    for binding in footer(ctx) {
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
