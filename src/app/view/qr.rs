//! An authenticator enrolment over the screen: the QR code whole (or the size it needs), the
//! secret in groups of four for typing by hand, and what to do next.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::kit::QrCard;
use crate::ui::theme::Theme;

pub const SCAN_HINT: &str = "Scan it with your authenticator app, then type its 6-digit code";
const CLOSE_HINT: &str = "Enter or Esc to close";
/// Columns the text beside a QR code needs before it goes under it instead.
const TEXT_WIDTH: u16 = 34;

pub fn draw(card: &QrCard, frame: &mut Frame, area: Rect, theme: Theme) {
    let (qr_cols, qr_rows) = card.matrix.drawn_size();
    let (qr_cols, qr_rows) = (to_u16(qr_cols), to_u16(qr_rows));
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            " Set up your authenticator app ",
            theme.title(),
        ));
    frame.render_widget(Clear, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let text = |width: u16| -> Vec<Line<'static>> {
        let mut lines = vec![
            Line::from(SCAN_HINT),
            Line::default(),
            Line::styled(format!("Account  keysmith:{}", card.account), theme.dim()),
            Line::from(vec![
                Span::styled("Secret   ", theme.dim()),
                Span::styled(card.secret_groups.to_string(), theme.key()),
            ]),
            Line::default(),
            Line::styled(CLOSE_HINT, theme.dim()),
        ];
        if width < 20 {
            lines.truncate(1);
        }
        lines
    };
    let beside = inner.width >= qr_cols + 1 + TEXT_WIDTH && inner.height >= qr_rows;
    let under = inner.width >= qr_cols && inner.height >= qr_rows + 7;
    if beside || under {
        let qr_area = Rect {
            width: qr_cols,
            height: qr_rows,
            ..inner
        };
        // Dark modules on light, as printed codes are, whatever the terminal's own colours.
        let style = if theme.has_color() {
            Style::new().fg(Color::Black).bg(Color::White)
        } else {
            Style::new()
        };
        let drawing = card.matrix.half_blocks();
        let lines: Vec<Line> = drawing
            .lines()
            .map(|row| Line::from(row.to_string()))
            .collect();
        frame.render_widget(Paragraph::new(lines).style(style), qr_area);
        let text_area = if beside {
            Rect {
                x: inner.x + qr_cols + 1,
                width: inner.width - qr_cols - 1,
                ..inner
            }
        } else {
            Rect {
                y: inner.y + qr_rows + 1,
                height: inner.height - qr_rows - 1,
                ..inner
            }
        };
        frame.render_widget(
            Paragraph::new(text(text_area.width)).wrap(Wrap { trim: false }),
            text_area,
        );
    } else {
        // Part of a QR code scans as nothing: say what it needs, and give the secret to type.
        let (columns, rows) = needed_window(card);
        let needed = format!(
            "The QR code needs a window of {columns}×{rows}: enlarge it, or type the secret"
        );
        let mut lines = vec![Line::styled(needed, theme.warn()), Line::default()];
        lines.extend(text(inner.width));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    }
}

/// The smallest window that shows `card`'s QR code, with the text beside it: the code, a gap,
/// the text, the box's borders and padding; the tab bar, status and footer.
pub fn needed_window(card: &QrCard) -> (u16, u16) {
    let (qr_cols, qr_rows) = card.matrix.drawn_size();
    (
        to_u16(qr_cols) + 1 + TEXT_WIDTH + 4,
        to_u16(qr_rows) + 2 + 4,
    )
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
