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
            // Cut by hand at the width so no wrapping code adds indentation or breaks oddly.
            let width = usize::from(area.width.max(1));
            let text = password.expose_secret();
            let rows = text.len().div_ceil(width);
            // Header and entropy take a line each. Part of a password would copy wrong: say so.
            if rows + 2 > usize::from(area.height) {
                lines.push(Line::styled(
                    format!(
                        "  Your password ({} characters) is too long for this window: c copies it",
                        text.len()
                    ),
                    header,
                ));
            } else {
                lines.push(Line::styled("  Your password:", header));
                for start in (0..text.len()).step_by(width) {
                    let end = (start + width).min(text.len());
                    lines.push(Line::styled(
                        text.get(start..end).unwrap_or(""),
                        theme.good(),
                    ));
                }
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
