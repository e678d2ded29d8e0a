//! Draws Words mode's fields under the mode selector, and its result under them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use tui_input::InputRequest;

use super::state::Words;
use crate::kit::{CharFilter, TextField};
use crate::screens::password::Field;
use crate::screens::password::result::secret_height;
use crate::screens::password::secret_rows::Breaks;
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, labelled, text_field};
use keysmith_core::passphrase::{Case, MAX_SEPARATOR_CHARS, MAX_WORDS, MIN_WORDS};

/// Words, Separator, Case and Number.
const FIELD_ROWS: u16 = 4;
/// The result's header, its entropy and two lines of what was left out: the passphrase's own
/// rows aside.
const RESULT_ROWS: u16 = 4;
/// How a space shows in the separator's well: a space alone would be invisible.
const SPACE: char = '␣';

/// The rows Words mode's fields and result take at `width`, blank lines aside.
pub fn rows_needed(words: &Words, width: u16) -> u16 {
    let passphrase = words.result.as_ref().map_or(1, |passphrase| {
        let breaks = Breaks::After(words.separator.value());
        secret_height(passphrase, width, breaks)
    });
    FIELD_ROWS + RESULT_ROWS + passphrase
}

pub fn draw(words: &Words, focus: Option<Field>, frame: &mut Frame, area: Rect, theme: Theme) {
    // A blank line above and below the fields, where the result keeps its rows without them.
    let spacer = u16::from(area.height >= rows_needed(words, area.width) + 2);
    let [_, count, separator, case, number, _, result] = layout::rows(
        area,
        [
            Constraint::Length(spacer),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(spacer),
            Constraint::Min(0),
        ],
    );
    let focused = |field| focus == Some(field);

    let rest = labelled(frame, count, "Words", focused(Field::Words), theme);
    let hint = format!(" {MIN_WORDS} to {MAX_WORDS}");
    well(
        frame,
        rest,
        &words.count,
        hint,
        focused(Field::Words),
        theme,
    );

    let rest = labelled(
        frame,
        separator,
        "Separator",
        focused(Field::Separator),
        theme,
    );
    let value = words.separator.value();
    let hint = if value.contains(' ') {
        format!(" {SPACE} is a space; up to {MAX_SEPARATOR_CHARS} characters")
    } else if value.is_empty() {
        " none: only with title case".to_string()
    } else {
        format!(" up to {MAX_SEPARATOR_CHARS} characters")
    };
    let shown = spaces_shown(&words.separator);
    well(frame, rest, &shown, hint, focused(Field::Separator), theme);

    let rest = labelled(frame, case, "Case", focused(Field::Case), theme);
    frame.render_widget(case_row(words.case, focused(Field::Case), theme), rest);

    let rest = labelled(frame, number, "Number", focused(Field::Number), theme);
    let mark = if words.number { "[x]" } else { "[ ]" };
    let style = if focused(Field::Number) {
        theme.selected(true)
    } else {
        Style::new()
    };
    let text = format!("{mark} one random digit on one random word");
    frame.render_widget(Span::styled(text, style), rest);

    crate::screens::password::result::draw_words(words, focus, frame, result, theme);
}

/// A short text field and a dim hint beside it.
fn well(
    frame: &mut Frame,
    area: Rect,
    field: &TextField,
    hint: String,
    focused: bool,
    theme: Theme,
) {
    let [well, rest] = layout::columns(area, [Constraint::Length(7), Constraint::Min(0)]);
    text_field(frame, well, field, Echo::Plain, focused, theme);
    frame.render_widget(Span::styled(hint, theme.dim()), rest);
}

/// The field as drawn: each space as `␣`, one column like the space, the cursor where it was.
fn spaces_shown(field: &TextField) -> TextField {
    let mut shown = TextField::new(field.limit(), CharFilter::Printable);
    shown.set(&field.value().replace(' ', &SPACE.to_string()));
    shown.edit(InputRequest::GoToStart);
    for _ in 0..field.input().cursor() {
        shown.edit(InputRequest::GoToNextChar);
    }
    shown
}

/// `◀ lower ▶`, as the Register screen's code format selector.
fn case_row(case: Case, focused: bool, theme: Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("◀ {} ▶", case.name()),
        theme.selected(focused),
    )];
    let note = match case {
        Case::Lower | Case::Upper => None,
        Case::Title => Some(" first letter capital"),
        Case::Mixed => Some(" lower or title, at random"),
    };
    if let Some(note) = note {
        spans.push(Span::styled(note, theme.dim()));
    }
    Line::from(spans)
}
