//! The list of several over the screen: a header with their shared entropy, then each secret
//! on rows of its own (broken as the single one is where it is wider than the window), the
//! highlighted one marked as the shown secret is. Where they do not all fit, the rows scroll
//! to keep the highlighted one in view and the header says which are shown.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use secrecy::ExposeSecret;

use super::secret_rows::{self, Breaks};
use super::several::Several;
use crate::ui::theme::Theme;
use crate::ui::widgets::clipped;
use keysmith_core::Kind;

pub fn draw(several: &Several, frame: &mut Frame, area: Rect, theme: Theme) {
    frame.render_widget(Clear, area);
    let width = usize::from(area.width);
    let breaks = match several.kind {
        Kind::Password => Breaks::Groups,
        Kind::Passphrase => Breaks::After(&several.separator),
    };
    let entries: Vec<Vec<&str>> = several
        .secrets
        .iter()
        .map(|secret| secret_rows::rows(secret.expose_secret(), width, breaks))
        .collect();
    // A secret of several rows is set apart from the next by a blank line.
    let gap = usize::from(entries.iter().any(|rows| rows.len() > 1));
    let room = usize::from(area.height).saturating_sub(2);
    let (first, last) = window(&entries, several.chosen, gap, room);
    let what = format!("{}s", several.noun());
    let total = entries.len();
    let which = if first == 0 && last == total {
        format!("{total} {what}")
    } else {
        format!("{what} {}–{last} of {total}", first + 1)
    };
    let header = format!(
        "  {which}, {:.2} bits each — {}",
        several.bits, several.label
    );
    let mut lines = vec![Line::styled(clipped(&header, width), theme.focused_label())];
    for (index, rows) in entries.iter().enumerate().take(last).skip(first) {
        if index > first && gap > 0 {
            lines.push(Line::default());
        }
        let style = if index == several.chosen {
            theme.good()
        } else {
            Style::new()
        };
        lines.extend(rows.iter().map(|row| Line::styled(*row, style)));
    }
    if lines.len() == 1 {
        let note = "  Too small a window for the list: enlarge it, or Esc closes it";
        lines.push(Line::styled(clipped(note, width), theme.warn()));
    }
    let hint = "  ↑↓ choose · Enter shows it · r a new list · Esc closes";
    lines.push(Line::styled(clipped(hint, width), theme.dim()));
    frame.render_widget(Paragraph::new(lines), area);
}

/// Which entries are drawn, `first..last`: as many as fit in `room` rows from the first,
/// or, where the chosen one would be below them, the ones that end with it.
fn window(entries: &[Vec<&str>], chosen: usize, gap: usize, room: usize) -> (usize, usize) {
    let height = |index: usize| entries.get(index).map_or(0, Vec::len);
    let fits = |from: usize, to: usize| {
        let rows: usize = (from..to).map(height).sum();
        rows + gap * to.saturating_sub(from).saturating_sub(1) <= room
    };
    let mut first = 0;
    while first < chosen && !fits(first, chosen + 1) {
        first += 1;
    }
    if !fits(first, first + 1) {
        return (first, first);
    }
    let mut last = first + 1;
    while last < entries.len() && fits(first, last + 1) {
        last += 1;
    }
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::window;

    fn entries(heights: &[usize]) -> Vec<Vec<&'static str>> {
        heights.iter().map(|&h| vec!["x"; h]).collect()
    }

    #[test]
    fn every_entry_shows_where_there_is_room() {
        assert_eq!(window(&entries(&[1; 8]), 7, 0, 8), (0, 8));
    }

    #[test]
    fn the_chosen_entry_is_always_in_view() {
        let list = entries(&[2; 8]);
        for chosen in 0..8 {
            let (first, last) = window(&list, chosen, 1, 8);
            assert!((first..last).contains(&chosen), "{chosen}: {first}..{last}");
            // Three entries of two rows and two gaps take eight rows.
            assert_eq!(last - first, 3);
        }
    }

    #[test]
    fn an_entry_taller_than_the_room_shows_nothing_rather_than_part() {
        assert_eq!(window(&entries(&[5, 5]), 0, 1, 4), (0, 0));
    }
}
