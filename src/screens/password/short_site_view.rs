//! The question before a weak password, drawn over the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::short_site::ShortSite;
use crate::ui::theme::Theme;
use crate::ui::widgets::centered;

const WIDTH: u16 = 60;

/// The question in a box over the screen, its keys on its last line.
pub fn draw(short: &ShortSite, frame: &mut Frame, area: Rect, theme: Theme) {
    let width = WIDTH.min(area.width);
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let mut lines = Vec::new();
    for paragraph in short.question() {
        for line in textwrap::wrap(&paragraph, text_width) {
            lines.push(Line::from(line.into_owned()));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "y makes it · Esc or n makes none",
        theme.dim(),
    ));
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(area.height);
    let box_area = centered(area, width, height);
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Span::styled(" Weak password? ", theme.title()));
    frame.render_widget(Clear, box_area);
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
}
