//! The generator screen. It has no side borders: the password's line must hold the password
//! and nothing else, so that the terminal's own mouse selection copies exactly it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use secrecy::ExposeSecret;

use super::theme::Theme;
use super::widgets::{labelled, text_field};
use crate::app::App;
use crate::app::password::{PasswordField, PasswordScreen};
use crate::secret::CharSet;
use crate::secret::password::{MAX_LENGTH, WEAK_LENGTH};

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let screen = &app.password;
    let focus = (app.dialog.is_none() && !app.help).then_some(screen.focus);
    // Blank lines between the parts only when the password keeps room enough below them.
    let spacer = u16::from(area.height >= 21);
    let [title, length_row, problem, menu, toggles, result] = Layout::vertical([
        Constraint::Length(1 + spacer),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(5 + spacer),
        Constraint::Length(3 + spacer),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(
        Line::styled(" Password generator", theme.title()),
        Rect { height: 1, ..title },
    );
    let focused = focus == Some(PasswordField::Length);
    let rest = labelled(frame, length_row, "Length", focused, theme);
    let [well, hint] = Layout::horizontal([Constraint::Length(7), Constraint::Min(0)]).areas(rest);
    text_field(frame, well, &screen.length, false, focused, theme);
    let hint_text = format!(" more than {WEAK_LENGTH}, up to {MAX_LENGTH}");
    frame.render_widget(Span::styled(hint_text, theme.dim()), hint);
    if let Some(message) = screen.problem() {
        let line = Line::styled(format!("  {message}"), theme.bad());
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: false }), problem);
    }
    if !screen.menu_visible() {
        return;
    }
    draw_menu(screen, focus, frame, menu, theme);
    draw_toggles(screen, focus, frame, toggles, theme);
    draw_result(screen, focus, frame, result, theme);
}

fn draw_menu(
    screen: &PasswordScreen,
    focus: Option<PasswordField>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let focused = focus == Some(PasswordField::Menu);
    let header_style = if focused {
        theme.focused_label()
    } else {
        theme.label()
    };
    let mut lines = vec![Line::styled("  Characters:", header_style)];
    for set in CharSet::ALL {
        let chosen = screen.set == set;
        let marker = if chosen { "›" } else { " " };
        let size = crate::secret::Alphabet::new(set, screen.no_look_alikes).len();
        let text = format!(
            "   {marker} {}. {} ({size})",
            set.number(),
            set.description()
        );
        let style = if chosen {
            theme.selected(focused)
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_toggles(
    screen: &PasswordScreen,
    focus: Option<PasswordField>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let toggles = [
        (
            PasswordField::EachClass,
            screen.each_class,
            "each class at least once",
        ),
        (
            PasswordField::NoLookAlikes,
            screen.no_look_alikes,
            "no look-alikes (l I 1 O 0 | `)",
        ),
        (
            PasswordField::NoRepeats,
            screen.no_repeats,
            "no repeated characters",
        ),
    ];
    let lines: Vec<Line> = toggles
        .into_iter()
        .map(|(field, on, text)| {
            let mark = if on { "[x]" } else { "[ ]" };
            let focused = focus == Some(field);
            let marker = if focused { "› " } else { "  " };
            let style = if focused {
                theme.selected(true)
            } else {
                ratatui::style::Style::new()
            };
            Line::from(vec![
                Span::raw(marker),
                Span::styled(format!("{mark} {text}"), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_result(
    screen: &PasswordScreen,
    focus: Option<PasswordField>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let focused = focus == Some(PasswordField::Result);
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

fn label_score(label: crate::secret::EntropyLabel) -> u8 {
    use crate::secret::EntropyLabel;
    match label {
        EntropyLabel::Weak => 1,
        EntropyLabel::Fair => 2,
        EntropyLabel::Strong => 3,
        EntropyLabel::VeryStrong => 4,
    }
}
