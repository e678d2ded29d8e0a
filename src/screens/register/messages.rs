//! The simulated phone: the Messages panel where a sent code arrives.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Wrap};

use super::State;
use super::inbox::Fate;
use crate::ui::ViewContext;
use keysmith_core::ChallengeState;
use keysmith_core::Delivery;

pub fn draw(form: &State, frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let theme = cx.theme;
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Span::styled(" Messages ", theme.title()));
    let mut lines = Vec::new();
    if let (Some(challenge), Some(code)) = (form.otp.current(), form.sent_code()) {
        let state = match challenge.state(cx.now) {
            ChallengeState::Live { expires_in } => Span::styled(
                format!("expires in {}", minutes_seconds(expires_in)),
                theme.good(),
            ),
            ChallengeState::Voided => Span::styled(Fate::Voided.label(), theme.bad()),
            ChallengeState::Expired => Span::styled(Fate::Expired.label(), theme.bad()),
            ChallengeState::Used => Span::styled(Fate::Used.label(), theme.dim()),
        };
        // In a low panel the sender's line gives way, never the code's expiry.
        if area.height.saturating_sub(2) >= 3 {
            lines.push(Line::styled("keysmith", theme.dim()));
        }
        lines.extend([
            Line::from(format!("Your keysmith code is {code}")),
            Line::from(state),
        ]);
    }
    for message in form.inbox.past() {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend([
            Line::styled(
                format!("Your keysmith code was {}", message.masked_code()),
                theme.dim(),
            ),
            Line::styled(message.fate.label(), theme.dim()),
        ]);
    }
    if let Some(enrolment) = &form.enrolment {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend([
            Line::styled("Authenticator app", theme.dim()),
            Line::from(format!("keysmith:{} is set up", enrolment.account())),
            Line::styled("Type the code the app shows now", theme.dim()),
        ]);
    }
    if lines.is_empty() {
        let hint = match form.delivery {
            Delivery::Text(_) => "No messages yet. Send code puts a one-time code here.",
            Delivery::Authenticator => {
                "No messages: the authenticator app on your phone makes the codes. \
                 Set up authenticator shows the QR code to scan."
            }
        };
        lines.push(Line::styled(hint, theme.dim()));
    }
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
