//! The login outcome, over the screen: the message wrapped inside, the close hint always shown.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use crate::kit::{Dialog, Outcome};
use crate::ui::theme::Theme;
use crate::ui::widgets::centered;

const CLOSE_HINT: &str = "Enter or Esc to close";

pub fn draw(dialog: &Dialog, frame: &mut Frame, area: Rect, theme: Theme) {
    let style = match dialog.outcome {
        Outcome::Success => theme.good(),
        Outcome::Denied => theme.bad(),
    };
    let width = 50.min(area.width);
    // Borders and padding take four columns and two rows.
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let wrapped = textwrap::wrap(&dialog.message, text_width);
    // The close hint and the blank line above it always keep their room; the message takes
    // what the body has left.
    let room = usize::from(area.height.saturating_sub(4));
    let shown = wrapped.len().min(room.saturating_sub(1)).max(1);
    let mut lines: Vec<Line> = wrapped
        .iter()
        .take(shown)
        .map(|line| Line::from(line.to_string()))
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(CLOSE_HINT, theme.dim()));
    let height = lines.len() as u16 + 2;
    let box_area = centered(area, width, height);
    let block = Block::bordered()
        .border_style(style)
        .padding(Padding::horizontal(1))
        .title(Span::styled(format!(" {} ", dialog.title()), style));
    // The rows it spans are cleared across the window: no fragment of a panel cut by the box
    // (`┐ed` of "expired") is left beside it to be read as part of the dialog.
    let band = Rect {
        x: area.x,
        width: area.width,
        ..box_area
    };
    frame.render_widget(Clear, band);
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
}
