//! An authenticator enrolment on the whole screen (no tabs, status or footer while it is
//! open, so that it fits 80×24): the QR code whole or not at all, the account and the secret
//! in groups of four beside or under it, and how to close it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::kit::{Background, Palette, QrCard};
use crate::ui::theme::Theme;
use crate::ui::widgets;

pub const SCAN_HINT: &str = "Scan it with your authenticator app, then type its 6-digit code";
const CLOSE_HINT: &str = "Enter or Esc to close";
const TITLE: &str = "Set up your authenticator app";
const NO_COLOUR_NOTE: &str = "No colours: drawn for a dark background";
const NO_COLOUR_LIGHT_NOTE: &str = "No colours: drawn for a light background";
/// Columns the text beside a QR code needs: the secret's half of four groups, and room.
const TEXT_WIDTH: u16 = 26;
/// Columns between the code's quiet zone and the text.
const GAP: u16 = 2;
/// Groups of the secret a line: two lines of four for a 160-bit secret.
const GROUPS_A_LINE: usize = 4;

/// Where the code goes, if anywhere.
enum Placement {
    Beside,
    Under,
    /// Too small a window: the one the code needs, columns by rows.
    Nowhere {
        needs: (u16, u16),
    },
}

pub fn draw(card: &QrCard, frame: &mut Frame, area: Rect, theme: Theme) {
    frame.render_widget(Clear, area);
    let (qr_cols, qr_rows) = qr_size(card);
    let placement = placement(card, area, theme);
    let text_area = match placement {
        Placement::Beside => Rect {
            x: area.x + qr_cols + GAP,
            width: area.width - qr_cols - GAP,
            ..area
        },
        Placement::Under => Rect {
            y: area.y + qr_rows,
            height: area.height - qr_rows,
            ..area
        },
        Placement::Nowhere { .. } => area,
    };
    if !matches!(placement, Placement::Nowhere { .. }) {
        let qr_area = Rect {
            width: qr_cols,
            height: qr_rows,
            ..area
        };
        let drawing = card.matrix.half_blocks();
        let lines: Vec<Line> = drawing
            .lines()
            .map(|row| Line::from(row.to_string()))
            .collect();
        frame.render_widget(Paragraph::new(lines).style(qr_style(theme)), qr_area);
    }
    let lines = text(card, &placement, theme);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), text_area);
}

/// Dark modules on a white quiet zone in explicit black and white, which scan on a dark and
/// a light terminal alike. Without colours, for a light terminal named (`--theme light`), the
/// dark modules are the terminal's own dark ink; otherwise reverse video: the dark modules
/// take the terminal's background, right on a dark terminal (the usual).
fn qr_style(theme: Theme) -> Style {
    if !theme.has_color() {
        return without_colours(theme).0;
    }
    // The first sixteen colours are the terminal's theme and may be neither black nor white.
    match theme.palette() {
        Palette::TrueColor => Style::new()
            .fg(Color::Rgb(0, 0, 0))
            .bg(Color::Rgb(255, 255, 255)),
        Palette::Indexed256 => Style::new().fg(Color::Indexed(16)).bg(Color::Indexed(231)),
    }
}

/// Without colours, the code's style and the note that says whom it is drawn for.
fn without_colours(theme: Theme) -> (Style, &'static str) {
    match theme.background() {
        Background::Light => (Style::new(), NO_COLOUR_LIGHT_NOTE),
        Background::Dark | Background::Unknown => (
            Style::new().add_modifier(Modifier::REVERSED),
            NO_COLOUR_NOTE,
        ),
    }
}

/// The lines beside or under the code, or in its stead.
fn text(card: &QrCard, placement: &Placement, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(TITLE, theme.title()), Line::default()];
    match *placement {
        Placement::Nowhere {
            needs: (columns, rows),
        } => {
            lines.push(Line::styled(
                format!(
                    "The QR code needs a window of {columns}×{rows}: enlarge it, or type the \
                     secret below into your authenticator app, then type its 6-digit code"
                ),
                theme.warn(),
            ));
        }
        Placement::Beside | Placement::Under => lines.push(Line::from(SCAN_HINT)),
    }
    if !theme.has_color() && !matches!(placement, Placement::Nowhere { .. }) {
        lines.push(Line::styled(without_colours(theme).1, theme.dim()));
    }
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::styled("Account ", theme.dim()),
        Span::raw(format!("keysmith:{}", card.account)),
    ]));
    lines.push(Line::styled("Secret", theme.dim()));
    let groups: Vec<&str> = card.secret_groups.split(' ').collect();
    for row in groups.chunks(GROUPS_A_LINE) {
        lines.push(Line::styled(row.join(" "), theme.key()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(CLOSE_HINT, theme.dim()));
    lines
}

/// Rows `text` takes at `width` columns, wrapped as the paragraph wraps it.
fn text_rows(card: &QrCard, placement: &Placement, theme: Theme, width: u16) -> u16 {
    let rows: usize = text(card, placement, theme)
        .iter()
        .map(|line| {
            let plain: String = line
                .spans
                .iter()
                .map(|span| span.content.as_ref())
                .collect();
            textwrap::wrap(&plain, widgets::wrapping(usize::from(width.max(1))))
                .len()
                .max(1)
        })
        .sum();
    to_u16(rows)
}

fn placement(card: &QrCard, area: Rect, theme: Theme) -> Placement {
    let (qr_cols, qr_rows) = qr_size(card);
    let beside_width = area.width.saturating_sub(qr_cols.saturating_add(GAP));
    let beside = beside_width >= TEXT_WIDTH
        && area.height >= qr_rows
        && area.height >= text_rows(card, &Placement::Beside, theme, beside_width);
    let under = area.width >= qr_cols
        && area.height.saturating_sub(qr_rows)
            >= text_rows(card, &Placement::Under, theme, area.width);
    match (beside, under) {
        (true, _) => Placement::Beside,
        (false, true) => Placement::Under,
        (false, false) => Placement::Nowhere {
            needs: needed_window(card, (area.width, area.height)),
        },
    }
}

/// The smallest windows that show `card`'s QR code: with the text beside it, and with the
/// text under it (no narrower than the screens' least width).
pub fn windows(card: &QrCard) -> [(u16, u16); 2] {
    let (qr_cols, qr_rows) = qr_size(card);
    // The longer text (the note without colours) decides, so that the answer holds for both.
    let theme = Theme::new(false, Palette::default(), Background::Unknown);
    let beside = text_rows(card, &Placement::Beside, theme, TEXT_WIDTH);
    let under_width = qr_cols.max(MIN_WIDTH);
    let under = text_rows(card, &Placement::Under, theme, under_width);
    [
        (
            qr_cols.saturating_add(GAP).saturating_add(TEXT_WIDTH),
            qr_rows.max(beside),
        ),
        (under_width, qr_rows.saturating_add(under).max(MIN_HEIGHT)),
    ]
}

/// Of `windows`, the one that a window of `now` (columns, rows) grows into least.
pub fn needed_window(card: &QrCard, now: (u16, u16)) -> (u16, u16) {
    let grown =
        |(columns, rows): (u16, u16)| u32::from(columns.max(now.0)) * u32::from(rows.max(now.1));
    let [beside, under] = windows(card);
    if grown(under) < grown(beside) {
        under
    } else {
        beside
    }
}

fn qr_size(card: &QrCard) -> (u16, u16) {
    let (cols, rows) = card.matrix.drawn_size();
    (to_u16(cols), to_u16(rows))
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
