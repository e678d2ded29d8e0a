//! Ctrl+S's modals drawn over the screen: the prompt for a profile's name, and the question
//! before one is replaced. Each keeps its keys' hint on its last line, whatever the window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::{NamePrompt, ProfileSave, Saving};
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, centered, text_field};

const WIDTH: u16 = 50;

/// The open modal, over the screen's `area`.
pub fn draw(saving: &Saving, frame: &mut Frame, area: Rect, theme: Theme) {
    match saving {
        Saving::Naming(prompt) => draw_prompt(prompt, frame, area, theme),
        Saving::Replacing(save) => draw_replace(save, frame, area, theme),
    }
}

fn draw_prompt(prompt: &NamePrompt, frame: &mut Frame, area: Rect, theme: Theme) {
    let width = WIDTH.min(area.width);
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let mut lines = vec![
        Line::from("Save these options as the profile:"),
        Line::default(),
    ];
    // Row 2 of the box's inside is the field's well, drawn over this blank line.
    if let Some(problem) = &prompt.problem {
        for line in textwrap::wrap(problem, text_width).iter().take(2) {
            lines.push(Line::styled(line.to_string(), theme.bad()));
        }
    }
    lines.push(Line::default());
    let hint = if prompt.name.is_offered() {
        "Enter saves · Esc cancels · typing replaces it"
    } else {
        "Enter saves · Esc cancels"
    };
    lines.push(Line::styled(hint, theme.dim()));
    let box_area = boxed(frame, area, width, lines, " Save profile ", theme);
    let well = Rect {
        x: box_area.x + 2,
        y: box_area.y + 2,
        width: box_area.width.saturating_sub(4),
        height: 1,
    }
    .intersection(area);
    text_field(frame, well, &prompt.name, Echo::Plain, true, theme);
}

fn draw_replace(save: &ProfileSave, frame: &mut Frame, area: Rect, theme: Theme) {
    let width = WIDTH.min(area.width);
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let question = format!(
        "A profile named \"{}\" exists. Replace its options with these?",
        save.name
    );
    let mut lines: Vec<Line> = textwrap::wrap(&question, text_width)
        .iter()
        .map(|line| Line::from(line.to_string()))
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(
        "Enter replaces it · Esc keeps it",
        theme.dim(),
    ));
    boxed(frame, area, width, lines, " Replace profile? ", theme);
}

/// Draws `lines` in a bordered box centred in `area`; the box's area.
fn boxed(
    frame: &mut Frame,
    area: Rect,
    width: u16,
    lines: Vec<Line>,
    title: &str,
    theme: Theme,
) -> Rect {
    let height = (lines.len() as u16).saturating_add(2).min(area.height);
    let box_area = centered(area, width, height);
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Span::styled(title.to_owned(), theme.title()));
    frame.render_widget(Clear, box_area);
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
    box_area
}
