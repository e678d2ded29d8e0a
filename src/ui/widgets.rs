//! Small pieces the screens share: a labelled row, a text field, a centred box.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout;
use super::theme::Theme;
use crate::kit::TextField;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The marker, the longest label (`One-time code`) and a space before the value.
pub const LABEL_WIDTH: u16 = 16;

/// Splits a row into its label and the rest, and draws the label.
pub fn labelled(frame: &mut Frame, row: Rect, label: &str, focused: bool, theme: Theme) -> Rect {
    let [label_area, rest] =
        layout::columns(row, [Constraint::Length(LABEL_WIDTH), Constraint::Min(0)]);
    let (marker, style) = if focused {
        ("› ", theme.focused_label())
    } else {
        ("  ", theme.label())
    };
    frame.render_widget(Line::styled(format!("{marker}{label}"), style), label_area);
    rest
}

/// How a text field shows what is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Echo {
    Plain,
    /// One `•` per character instead of the text.
    Masked,
}

/// A one-line text field that scrolls to keep the cursor in view.
pub fn text_field(
    frame: &mut Frame,
    area: Rect,
    field: &TextField,
    echo: Echo,
    focused: bool,
    theme: Theme,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let width = usize::from(area.width - 1);
    let input = field.input();
    let (text, cursor, scroll) = match echo {
        Echo::Masked => {
            let cursor = input.cursor();
            let scroll = cursor.saturating_sub(width);
            ("•".repeat(field.char_count()), cursor, scroll)
        }
        Echo::Plain => {
            let scroll = input.visual_scroll(width);
            (input.value().to_string(), input.visual_cursor(), scroll)
        }
    };
    // Away from the focus a field shows its start, and an ellipsis where it goes on past the
    // well; the focused one scrolls to its cursor.
    let (text, scroll) = if focused {
        (text, scroll)
    } else {
        (clipped(&text, usize::from(area.width)), 0)
    };
    let scroll_cols = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.field(focused))
            .scroll((0, scroll_cols)),
        area,
    );
    // An offered text shows selected while it has the focus: typing replaces it.
    if focused && field.is_offered() {
        let shown = field.char_count().saturating_sub(scroll).min(width);
        let selection = Rect {
            width: u16::try_from(shown).unwrap_or(u16::MAX),
            ..area
        };
        frame
            .buffer_mut()
            .set_style(selection, theme.selected(true));
    }
    if focused {
        let column = u16::try_from(cursor.saturating_sub(scroll)).unwrap_or(0);
        let x = area.x.saturating_add(column.min(area.width - 1));
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// A button's text, reversed when it has focus.
pub fn button(text: &str, focused: bool, theme: Theme) -> Span<'static> {
    Span::styled(format!("[ {text} ]"), theme.selected(focused))
}

/// A box of at most `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let row = layout::middle(area, Direction::Vertical, height);
    layout::middle(row, Direction::Horizontal, width)
}

/// Lines broken at spaces only, so `[-!#$]`, `ascii-printable` and a file's path stay whole
/// where they fit (a word longer than the line is still broken).
pub fn wrapping(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// The first `width` columns of `text`, its last one an ellipsis if the text goes on: cut
/// where it must be, and visibly so.
pub fn clipped(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut shown = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        shown.push(c);
    }
    shown.push('…');
    shown
}
