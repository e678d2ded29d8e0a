//! Every key, read from the key tables and grouped by where it works.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::keys::{Binding, Place, all_tables};

/// Each heading with its bindings, headings in the order of `Place`.
pub fn sections() -> Vec<(String, Vec<&'static Binding>)> {
    let mut sections: Vec<(Place, String, Vec<&Binding>)> = Vec::new();
    for (screen, table) in all_tables() {
        for binding in table {
            let heading = binding.place.heading(screen);
            match sections.iter_mut().find(|(_, h, _)| *h == heading) {
                Some((_, _, bindings)) => bindings.push(binding),
                None => sections.push((binding.place, heading, vec![binding])),
            }
        }
    }
    sections.sort_by_key(|(place, _, _)| *place);
    sections
        .into_iter()
        .map(|(_, heading, bindings)| (heading, bindings))
        .collect()
}

pub fn draw(frame: &mut Frame, area: Rect, theme: Theme) {
    let lines: Vec<Line> = sections()
        .into_iter()
        .map(|(heading, bindings)| {
            let mut line = vec![Span::styled(format!("{heading}: "), theme.title())];
            for (i, binding) in bindings.into_iter().enumerate() {
                if i > 0 {
                    line.push(Span::styled(" · ", theme.dim()));
                }
                line.push(Span::styled(binding.label, theme.key()));
                line.push(Span::raw(format!(" {}", binding.description)));
            }
            Line::from(line)
        })
        .collect();
    // Over the whole body, so nothing of the screen behind shows at its sides.
    let block = Block::bordered().title(Span::styled(" Keys (Esc to close) ", theme.title()));
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
