//! The generated password or passphrase, alone on its line, with its exact entropy under it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use secrecy::{ExposeSecret, SecretString};

use super::{Characters, Field, Words};
use keysmith_core::EntropyLabel;
use crate::ui::theme::Theme;

pub fn draw(characters: &Characters, focus: Option<Field>, frame: &mut Frame, area: Rect, theme: Theme) {
    let focused = focus == Some(Field::Output);
    let mut lines = Vec::new();
    match &characters.result {
        Some(password) => lines.extend(secret_lines("password", password, focused, area, theme)),
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
    let [secret, below] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(area);
    let lines = secret_lines("passphrase", passphrase, focused, area, theme);
    // Not wrapped: the passphrase's line is drawn whole or not at all.
    frame.render_widget(Paragraph::new(Vec::from(lines)), secret);
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

/// The header and the secret's own line: one line, never wrapped, as a mouse drag over a
/// wrapped secret would copy the line break too. Wider than the window, a note says so instead
/// of showing part of it.
fn secret_lines<'a>(
    what: &str,
    secret: &'a SecretString,
    focused: bool,
    area: Rect,
    theme: Theme,
) -> [Line<'a>; 2] {
    let header = if focused {
        theme.focused_label()
    } else {
        theme.label()
    };
    let text = secret.expose_secret();
    let columns = Line::raw(text).width();
    let line = if columns > usize::from(area.width) {
        Line::styled(
            format!("too wide for this window ({columns} columns needed): c copies it"),
            theme.warn(),
        )
    } else {
        Line::styled(text, theme.good())
    };
    [Line::styled(format!("  Your {what}:"), header), line]
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
