//! Every key, read from the keymap's table and grouped by where it works.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::{FocusKind, Screen};
use crate::keymap::{BINDINGS, When};

pub fn draw(frame: &mut Frame, area: Rect, theme: Theme) {
    let mut places: Vec<(&str, Vec<Span>)> = Vec::new();
    for binding in BINDINGS.iter().filter(|binding| !binding.label.is_empty()) {
        let place = place(binding.when);
        let spans = match places.iter_mut().find(|(name, _)| *name == place) {
            Some((_, spans)) => {
                spans.push(Span::styled(" · ", theme.dim()));
                spans
            }
            None => {
                places.push((place, Vec::new()));
                let Some((_, spans)) = places.last_mut() else {
                    continue;
                };
                spans
            }
        };
        spans.push(Span::styled(binding.label, theme.key()));
        spans.push(Span::raw(format!(" {}", binding.description)));
    }
    let lines: Vec<Line> = places
        .into_iter()
        .map(|(place, spans)| {
            let mut line = vec![Span::styled(format!("{place}: "), theme.title())];
            line.extend(spans);
            Line::from(line)
        })
        .collect();
    // Over the whole body, so nothing of the screen behind shows at its sides.
    let box_area = area;
    let block = Block::bordered().title(Span::styled(" Keys (Esc to close) ", theme.title()));
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        box_area,
    );
}

fn place(when: When) -> &'static str {
    match when {
        When::Always => "Anywhere",
        When::Overlay => "In a dialog or this help",
        When::Screen => "On a screen",
        When::OnScreen(Screen::Register) => "On Register",
        When::OnScreen(Screen::Password) | When::PasswordShortcut => "On Password",
        When::LengthField => "In the length field",
        When::Focus(FocusKind::Text) => "In a text field",
        When::Focus(FocusKind::Choice) => "On a choice",
        When::Focus(FocusKind::Button) => "On a button",
        When::Focus(FocusKind::Menu) => "In the menu",
        When::Focus(FocusKind::Toggle) => "On a toggle",
        When::Focus(FocusKind::Result) => "On the password",
    }
}
