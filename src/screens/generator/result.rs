//! The generated password, alone on its lines, with its exact entropy under it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use secrecy::ExposeSecret;

use super::{Field, State};
use crate::secret::EntropyLabel;
use crate::ui::theme::Theme;

pub fn draw(screen: &State, focus: Option<Field>, frame: &mut Frame, area: Rect, theme: Theme) {
    let focused = focus == Some(Field::Output);
    let mut lines = Vec::new();
    match &screen.result {
        Some(password) => {
            let header = if focused {
                theme.focused_label()
            } else {
                theme.label()
            };
            // One line, never wrapped: a mouse drag over a wrapped password would copy the
            // line break too. Wider than the window, say so instead of showing part of it.
            let text = password.expose_secret();
            let columns = text.chars().count();
            lines.push(Line::styled("  Your password:", header));
            if columns > usize::from(area.width) {
                lines.push(Line::styled(
                    format!("too wide for this window ({columns} columns needed): c copies it"),
                    theme.warn(),
                ));
            } else {
                lines.push(Line::styled(text, theme.good()));
            }
        }
        None => lines.push(Line::styled(
            "  Press Enter on the menu to generate a password",
            theme.dim(),
        )),
    }
    if let Some(entropy) = screen.entropy() {
        let mut spans = vec![
            Span::raw(format!("  {:.1} bits — ", entropy.bits)),
            Span::styled(
                entropy.label.to_string(),
                theme.strength(label_score(entropy.label)),
            ),
        ];
        if let Some(cost) = entropy.no_repeats_cost {
            spans.push(Span::styled(
                format!("  (no repeats costs {cost:.1} bits)"),
                theme.dim(),
            ));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn label_score(label: EntropyLabel) -> u8 {
    match label {
        EntropyLabel::Weak => 1,
        EntropyLabel::Fair => 2,
        EntropyLabel::Strong => 3,
        EntropyLabel::VeryStrong => 4,
    }
}
