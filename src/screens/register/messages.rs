//! The simulated phone: the Messages panel where a sent code arrives.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::State;
use crate::secret::ChallengeState;
use crate::ui::ViewContext;

pub fn draw(form: &State, frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let theme = cx.theme;
    let block = Block::bordered().title(Span::styled(" Messages ", theme.title()));
    let lines = match (form.otp.current(), form.sent_code()) {
        (Some(challenge), Some(code)) => {
            let state = match challenge.state(cx.now) {
                ChallengeState::Live { expires_in } => Span::styled(
                    format!("expires in {}", minutes_seconds(expires_in)),
                    theme.good(),
                ),
                ChallengeState::Voided => Span::styled("void: too many wrong tries", theme.bad()),
                ChallengeState::Expired => Span::styled("expired", theme.bad()),
                ChallengeState::Used => Span::styled("used", theme.dim()),
            };
            vec![
                Line::styled("keysmith", theme.dim()),
                Line::from(format!("Your keysmith code is {code}")),
                Line::default(),
                Line::from(state),
            ]
        }
        _ => vec![Line::styled(
            "No messages yet. Send code puts a one-time code here.",
            theme.dim(),
        )],
    };
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        area,
    );
}

/// Whole seconds left, rounded down, as m:ss.
fn minutes_seconds(left: Duration) -> String {
    let secs = left.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}
