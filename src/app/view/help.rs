//! Every key, one binding a line in aligned columns under the place it works, scrollable.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use crate::app::keys::{HelpLine, help_lines};
use crate::ui::theme::Theme;
use crate::ui::widgets::clipped;

/// The help's lines a window of `rows` shows: all but the tab bar, status, footer and borders.
pub fn help_page(rows: u16) -> u16 {
    rows.saturating_sub(6)
}

pub fn draw(scroll: usize, frame: &mut Frame, area: Rect, theme: Theme) {
    let all = help_lines();
    let label_width = all
        .iter()
        .filter_map(|line| match line {
            HelpLine::Entry { label, .. } => Some(label.chars().count()),
            HelpLine::Heading(_) | HelpLine::Blank => None,
        })
        .max()
        .unwrap_or(0);
    let page = usize::from(area.height.saturating_sub(2));
    // Inside the borders and padding: the indent, the labels' column and the gap before a
    // description.
    let room = usize::from(area.width.saturating_sub(4)).saturating_sub(label_width + 4);
    let scroll = scroll.min(all.len().saturating_sub(page));
    let lines: Vec<Line> = all
        .iter()
        .skip(scroll)
        .take(page)
        .map(|line| match line {
            HelpLine::Heading(heading) => Line::styled(heading.as_str(), theme.title()),
            HelpLine::Entry { label, description } => Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{label:label_width$}"), theme.key()),
                Span::raw(format!("  {}", clipped(description, room))),
            ]),
            HelpLine::Blank => Line::default(),
        })
        .collect();
    let last = (scroll + page).min(all.len());
    let position = if scroll == 0 && last == all.len() {
        String::new()
    } else {
        let more = match (scroll > 0, last < all.len()) {
            (true, true) => "↑↓",
            (true, false) => "↑",
            (false, true) => "↓",
            (false, false) => "",
        };
        format!(" {}–{last} of {} {more} ", scroll + 1, all.len())
    };
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Span::styled(" Keys (Esc to close) ", theme.title()))
        .title_bottom(Line::styled(position, theme.dim()).alignment(Alignment::Right));
    // Over the whole body, so nothing of the screen behind shows at its sides.
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
