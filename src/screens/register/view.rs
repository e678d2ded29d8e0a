//! Draws the sign-up form, with the Messages panel beside it or under it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use super::{Field, Gender, State};
use crate::kit::FocusKind;
use crate::ui::ViewContext;
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, LABEL_WIDTH, button, labelled, text_field};
use keysmith_core::Cooldown;
use keysmith_core::Delivery;

/// Wider than this, the form and the phone keep this width: a 64-character name needs no
/// more, and a label 100 columns from its value is hard to read.
const READABLE_WIDTH: u16 = 120;

pub fn draw(form: &State, frame: &mut Frame, area: Rect, cx: &ViewContext) {
    // Centred in a wider window, not left against its left edge.
    let width = area.width.min(READABLE_WIDTH);
    let area = Rect {
        x: area.x + (area.width - width) / 2,
        width,
        ..area
    };
    let warning = warning_lines(form, area);
    // Side by side where the form keeps its width; below narrower, the phone goes under it.
    let [form_area, phone_area] = if area.width >= 80 {
        layout::columns(
            area,
            [Constraint::Min(0), Constraint::Length(phone_width(area))],
        )
    } else {
        let form_height = Field::ORDER.len() as u16 + warning.len() as u16 + 2;
        layout::rows(area, [Constraint::Length(form_height), Constraint::Min(0)])
    };
    draw_form(form, frame, form_area, &warning, cx);
    super::messages::draw(form, frame, phone_area, cx);
}

/// zxcvbn's warning, wrapped to the room under the password's value.
fn warning_lines(form: &State, area: Rect) -> Vec<String> {
    let Some(warning) = form.strength.as_ref().and_then(|s| s.warning.as_deref()) else {
        return Vec::new();
    };
    // The form's share of the width (as in `draw`), less its borders, padding and labels.
    let form_width = if area.width >= 80 {
        area.width.saturating_sub(phone_width(area))
    } else {
        area.width
    };
    let room = form_width.saturating_sub(3 + LABEL_WIDTH).max(10);
    textwrap::wrap(warning, usize::from(room))
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// The Messages panel's width beside the form, from 80 columns up.
fn phone_width(area: Rect) -> u16 {
    if area.width >= 100 { 34 } else { 22 }
}

fn draw_form(form: &State, frame: &mut Frame, area: Rect, warning: &[String], cx: &ViewContext) {
    let theme = cx.theme;
    let block = Block::bordered()
        .padding(Padding::right(1))
        .title(Span::styled(" Sign up ", theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let fields = Field::ORDER.len() as u16;
    let warning_height = warning.len() as u16;
    // A blank line between fields when there is room for it.
    let gap = u16::from(inner.height >= 2 * fields + warning_height);
    let heights = Field::ORDER.map(|field| {
        let under = if field == Field::Password {
            warning_height.max(gap)
        } else {
            gap
        };
        Constraint::Length(1 + under)
    });
    let rows = layout::rows(inner, heights);
    for (field, row) in Field::ORDER.into_iter().zip(rows.iter()) {
        let line = Rect { height: 1, ..*row };
        let focused = form.focus == field && !cx.covered;
        draw_field(form, field, frame, line, focused, cx);
        if field == Field::Password && row.height > 1 {
            let under = Rect {
                x: row.x.saturating_add(LABEL_WIDTH),
                y: row.y.saturating_add(1),
                width: row.width.saturating_sub(LABEL_WIDTH),
                height: row.height - 1,
            };
            let lines: Vec<Line> = warning
                .iter()
                .map(|text| Line::styled(text.as_str(), theme.warn()))
                .collect();
            frame.render_widget(Paragraph::new(lines), under);
        }
    }
}

fn draw_field(
    form: &State,
    field: Field,
    frame: &mut Frame,
    row: Rect,
    focused: bool,
    cx: &ViewContext,
) {
    let theme = cx.theme;
    // A button names itself; the label column stays empty beside it.
    let label = match field.kind() {
        FocusKind::Button => "",
        FocusKind::Text
        | FocusKind::Completing
        | FocusKind::SubmitText
        | FocusKind::Choice
        | FocusKind::Radio
        | FocusKind::Menu
        | FocusKind::Toggle
        | FocusKind::Output => field.label(),
    };
    let rest = labelled(frame, row, label, focused, theme);
    match field {
        Field::Name => text_field(frame, rest, &form.name, Echo::Plain, focused, theme),
        Field::City => text_field(frame, rest, &form.city, Echo::Plain, focused, theme),
        Field::Password => draw_password(form, frame, rest, focused, theme),
        Field::Gender => frame.render_widget(gender_row(form, focused, theme), rest),
        Field::CodeFormat => frame.render_widget(format_row(form.delivery, focused, theme), rest),
        Field::SendCode => match form.otp.cooldown(cx.now) {
            // Dimmed while it cannot be pressed, with the wait the refusal would give.
            Some(remaining) => {
                let label = format!(
                    "[ Send code (again in {}s) ]",
                    Cooldown { remaining }.seconds()
                );
                let style = if focused {
                    theme.selected(true).patch(theme.dim())
                } else {
                    theme.dim()
                };
                frame.render_widget(Line::styled(label, style), rest);
            }
            None => {
                let label = match form.delivery {
                    Delivery::Text(_) => "Send code",
                    Delivery::Authenticator => "Set up authenticator",
                };
                frame.render_widget(Line::from(button(label, focused, theme)), rest);
            }
        },
        Field::Code => {
            let width = form.code_format().code_len() as u16 + 1;
            let [well, hint] =
                layout::columns(rest, [Constraint::Length(width), Constraint::Min(0)]);
            text_field(frame, well, &form.code, Echo::Plain, focused, theme);
            let hint_text = format!(" {} characters", form.code_format().code_len());
            frame.render_widget(Span::styled(hint_text, theme.dim()), hint);
        }
        Field::Submit => {
            frame.render_widget(Line::from(button("Submit", focused, theme)), rest);
        }
    }
}

fn draw_password(form: &State, frame: &mut Frame, area: Rect, focused: bool, theme: Theme) {
    let [well, strength] = layout::columns(area, [Constraint::Min(10), Constraint::Length(15)]);
    let echo = if form.reveal_password {
        Echo::Plain
    } else {
        Echo::Masked
    };
    text_field(frame, well, &form.password, echo, focused, theme);
    if let Some(assessed) = &form.strength {
        // The well's last column is the cursor's, so the label needs no space before it.
        let text = format!("{} {}/4", assessed.label(), assessed.score);
        frame.render_widget(Span::styled(text, theme.strength(assessed.score)), strength);
    }
}

fn gender_row(form: &State, focused: bool, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for gender in Gender::ALL {
        let mark = if form.gender == Some(gender) {
            "(•)"
        } else {
            "( )"
        };
        let style = if focused && form.gender_cursor == gender {
            theme.selected(true)
        } else {
            ratatui::style::Style::new()
        };
        spans.push(Span::styled(format!("{mark} {}", gender.label()), style));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}

fn format_row(format: Delivery, focused: bool, theme: Theme) -> Line<'static> {
    let mut spans = vec![
        Span::styled(format!("◀ {} ▶", format.name()), theme.selected(focused)),
        Span::styled(format!(" {:.1} bits", format.bits()), theme.dim()),
    ];
    if format.is_weak() {
        spans.push(Span::styled(" weak", theme.bad()));
    }
    Line::from(spans)
}
