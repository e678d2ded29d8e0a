//! The generated password or passphrase, alone on its line, with its exact entropy under it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use secrecy::{ExposeSecret, SecretString};

use super::secret_rows::{self, Breaks};
use super::{Characters, Field, Words};
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::widgets::clipped;
use keysmith_core::EntropyLabel;

pub fn draw(
    characters: &Characters,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let focused = focus == Some(Field::Output);
    let mut lines = Vec::new();
    match &characters.result {
        Some(password) => {
            let room = area.height.saturating_sub(2);
            lines.extend(secret_lines(
                ("password", Breaks::Groups),
                password,
                focused,
                (area.width, room),
                theme,
            ));
        }
        None => {
            let guidance = match characters.policy() {
                Ok(_) => "  Press Enter to generate a password",
                Err(_) => "  No password meets these options: see above",
            };
            lines.push(Line::styled(guidance, theme.dim()));
        }
    }
    if let Some(entropy) = characters.entropy() {
        let mut spans = vec![Span::raw("  ")];
        spans.extend(strength(
            format!("{:.2}", entropy.bits),
            entropy.label,
            theme,
        ));
        if let Some(cost) = entropy.no_repeats_cost {
            spans.push(Span::styled(
                format!("  (no repeats costs {cost:.2} bits)"),
                theme.dim(),
            ));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// Words mode's result: the passphrase, its entropy to 0.01 bit and what the options left
/// out of the list; or, in its place, why the options make none.
pub fn draw_words(
    words: &Words,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let focused = focus == Some(Field::Output);
    let (Some(passphrase), Some(entropy)) = (&words.result, words.entropy()) else {
        if let Some(problem) = words.problem() {
            let line = Line::styled(problem.to_string(), theme.bad());
            frame.render_widget(
                Paragraph::new(line).wrap(Wrap { trim: true }),
                indented(area),
            );
        }
        return;
    };
    let breaks = Breaks::After(words.separator.value());
    let lines = secret_lines(
        ("passphrase", breaks),
        passphrase,
        focused,
        (area.width, area.height.saturating_sub(2)),
        theme,
    );
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let [secret, below] = layout::rows(area, [Constraint::Length(height), Constraint::Min(0)]);
    // Not wrapped by the paragraph: the rows are the secret's own, drawn whole or not at all.
    frame.render_widget(Paragraph::new(lines), secret);
    let mut notes = vec![Line::from(strength(
        format!("{:.2}", entropy.bits),
        entropy.label,
        theme,
    ))];
    if entropy.left_out.total() > 0 {
        notes.push(Line::styled(entropy.left_out.to_string(), theme.dim()));
    }
    // Wrapped lines keep the indent of the first.
    frame.render_widget(
        Paragraph::new(notes).wrap(Wrap { trim: true }),
        indented(below),
    );
}

/// The area two columns in, as the labels are.
fn indented(area: Rect) -> Rect {
    let indent = area.width.min(2);
    Rect {
        x: area.x + indent,
        width: area.width - indent,
        ..area
    }
}

/// How many rows the secret takes at `width`, its header aside.
pub fn secret_height(secret: &SecretString, width: u16, breaks: Breaks) -> u16 {
    let rows = secret_rows::rows(secret.expose_secret(), usize::from(width), breaks).len();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// The header and the secret's own rows. A row holds nothing but the secret's characters, so
/// that a mouse drag over the rows copies exactly it; a secret wider than the window is broken
/// where `breaks` allows, and the header says how. Where even the rows do not fit in `room`
/// lines, a note says so instead of showing part of it.
fn secret_lines<'a>(
    (what, breaks): (&str, Breaks),
    secret: &'a SecretString,
    focused: bool,
    (width, room): (u16, u16),
    theme: Theme,
) -> Vec<Line<'a>> {
    let header_style = if focused {
        theme.focused_label()
    } else {
        theme.label()
    };
    let rows = secret_rows::rows(secret.expose_secret(), usize::from(width), breaks);
    let header = match (rows.len(), breaks) {
        (1, _) => format!("  Your {what}:"),
        (_, Breaks::Groups) => format!(
            "  Your {what}, split every {} (c copies it whole):",
            secret_rows::group_width(usize::from(width))
        ),
        (_, Breaks::After(separator)) if !separator.is_empty() => format!(
            "  Your {what}, split after \"{}\" (c copies it whole):",
            crate::escape::escaped(&separator.replace(' ', "␣"))
        ),
        (_, Breaks::After(_)) => {
            format!("  Your {what}, split before capitals (c copies it whole):")
        }
    };
    let header = Line::styled(clipped(&header, usize::from(width)), header_style);
    if rows.len() > usize::from(room.max(1)) {
        let note = format!(
            "needs {} rows: enlarge the window, or c copies it",
            rows.len()
        );
        return vec![header, Line::styled(note, theme.warn())];
    }
    let mut lines = vec![header];
    lines.extend(rows.into_iter().map(|row| Line::styled(row, theme.good())));
    lines
}

/// `90.47 bits — strong`, the label in its colour.
fn strength(bits: String, label: EntropyLabel, theme: Theme) -> Vec<Span<'static>> {
    vec![
        Span::raw(format!("{bits} bits — ")),
        Span::styled(label.to_string(), theme.strength(label_score(label))),
    ]
}

fn label_score(label: EntropyLabel) -> u8 {
    match label {
        EntropyLabel::Weak => 1,
        EntropyLabel::Fair => 2,
        EntropyLabel::Strong => 3,
        EntropyLabel::VeryStrong => 4,
    }
}
