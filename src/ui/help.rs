//! Every key, read from the keymap's table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::theme::Theme;
use super::widgets::centered;
use crate::app::{FocusKind, Screen};
use crate::keymap::{BINDINGS, When};

pub fn draw(frame: &mut Frame, area: Rect, theme: Theme) {
    let lines: Vec<Line> = BINDINGS
        .iter()
        .filter(|binding| !binding.label.is_empty())
        .map(|binding| {
            Line::from(vec![
                Span::styled(format!("{:>20} ", binding.label), theme.key()),
                Span::raw(binding.description),
                Span::styled(format!("  {}", place(binding.when)), theme.dim()),
            ])
        })
        .collect();
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let box_area = centered(area, 78, height);
    let block = Block::bordered().title(Span::styled(" Keys (Esc to close) ", theme.title()));
    frame.render_widget(Clear, box_area);
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
}

fn place(when: When) -> &'static str {
    match when {
        When::Always => "anywhere",
        When::Overlay => "in a dialog or this help",
        When::Screen => "",
        When::OnScreen(Screen::Register) => "on Register",
        When::OnScreen(Screen::Password) => "on Password",
        When::Focus(FocusKind::Text) => "in a text field",
        When::Focus(FocusKind::Choice) => "on a choice",
        When::Focus(FocusKind::Button) => "on a button",
        When::Focus(FocusKind::Menu) => "in the menu",
        When::Focus(FocusKind::Toggle) => "on a toggle",
        When::Focus(FocusKind::Result) => "on the password",
        When::PasswordShortcut => "on Password",
    }
}
