//! The login outcome, over the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use super::theme::Theme;
use super::widgets::centered;
use crate::app::{Dialog, Outcome};

pub fn draw(dialog: &Dialog, frame: &mut Frame, area: Rect, theme: Theme) {
    let style = match dialog.outcome {
        Outcome::Success => theme.good(),
        Outcome::Denied => theme.bad(),
    };
    let box_area = centered(area, 50, 6);
    let block = Block::bordered()
        .border_style(style)
        .padding(Padding::horizontal(1))
        .title(Span::styled(format!(" {} ", dialog.title()), style));
    let lines = vec![
        Line::from(dialog.message.as_str()),
        Line::default(),
        Line::styled("Enter or Esc to close", theme.dim()),
    ];
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        box_area,
    );
}
