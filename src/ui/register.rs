//! The sign-up form and the simulated phone's Messages panel.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme::Theme;
use super::widgets::{LABEL_WIDTH, button, labelled, text_field};
use crate::app::register::{Gender, RegisterField, RegisterForm};
use crate::app::{App, FocusKind};
use crate::secret::{ChallengeState, OtpFormat};

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    // Side by side where the form keeps its width; below narrower, the phone goes under it.
    let [form_area, phone_area] = if area.width >= 80 {
        let phone_width = if area.width >= 100 { 34 } else { 24 };
        Layout::horizontal([Constraint::Min(0), Constraint::Length(phone_width)]).areas(area)
    } else {
        let form_height = RegisterField::ORDER.len() as u16 + 2;
        Layout::vertical([Constraint::Length(form_height), Constraint::Min(0)]).areas(area)
    };
    draw_form(app, frame, form_area, theme);
    draw_messages(app, frame, phone_area, theme);
}

fn draw_form(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let block = Block::bordered().title(Span::styled(" Sign up ", theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let form = &app.register;
    // A blank line between fields when there is room for it.
    let gap = u16::from(inner.height >= 2 * RegisterField::ORDER.len() as u16);
    let rows =
        Layout::vertical(RegisterField::ORDER.map(|_| Constraint::Length(1 + gap))).split(inner);
    for (field, row) in RegisterField::ORDER.into_iter().zip(rows.iter()) {
        let line = Rect { height: 1, ..*row };
        let focused = form.focus == field && app.dialog.is_none() && !app.help;
        draw_field(app, form, field, frame, line, focused, theme);
        if field == RegisterField::Password && row.height > 1 {
            draw_strength_warning(form, frame, *row, theme);
        }
    }
}

/// zxcvbn's warning, in the blank line under the password, where there is one.
fn draw_strength_warning(form: &RegisterForm, frame: &mut Frame, row: Rect, theme: Theme) {
    let Some(warning) = form.strength.as_ref().and_then(|s| s.warning.as_deref()) else {
        return;
    };
    let under = Rect {
        x: row.x.saturating_add(LABEL_WIDTH),
        y: row.y.saturating_add(1),
        width: row.width.saturating_sub(LABEL_WIDTH),
        height: 1,
    };
    frame.render_widget(Span::styled(warning, theme.warn()), under);
}

fn draw_field(
    app: &App,
    form: &RegisterForm,
    field: RegisterField,
    frame: &mut Frame,
    row: Rect,
    focused: bool,
    theme: Theme,
) {
    // A button names itself; the label column stays empty beside it.
    let label = match field.kind() {
        FocusKind::Button => "",
        _ => field.label(),
    };
    let rest = labelled(frame, row, label, focused, theme);
    match field {
        RegisterField::Name => text_field(frame, rest, &form.name, false, focused, theme),
        RegisterField::City => text_field(frame, rest, &form.city, false, focused, theme),
        RegisterField::Password => draw_password(form, frame, rest, focused, theme),
        RegisterField::Gender => {
            frame.render_widget(gender_row(form, focused, theme), rest);
        }
        RegisterField::CodeFormat => {
            frame.render_widget(format_row(form.format, focused, theme), rest);
        }
        RegisterField::SendCode => {
            let label = match form.otp.cooldown(app.now) {
                Some(left) => format!("Send code (again in {}s)", ceil_secs(left)),
                None => "Send code".to_string(),
            };
            frame.render_widget(Line::from(button(&label, focused, theme)), rest);
        }
        RegisterField::Code => {
            let width = form.code_format().code_len() as u16 + 1;
            let [well, hint] =
                Layout::horizontal([Constraint::Length(width), Constraint::Min(0)]).areas(rest);
            text_field(frame, well, &form.code, false, focused, theme);
            let hint_text = format!(" {} characters", form.code_format().code_len());
            frame.render_widget(Span::styled(hint_text, theme.dim()), hint);
        }
        RegisterField::Submit => {
            frame.render_widget(Line::from(button("Submit", focused, theme)), rest);
        }
    }
}

fn draw_password(form: &RegisterForm, frame: &mut Frame, area: Rect, focused: bool, theme: Theme) {
    let [well, strength] =
        Layout::horizontal([Constraint::Min(10), Constraint::Length(16)]).areas(area);
    text_field(
        frame,
        well,
        &form.password,
        !form.reveal_password,
        focused,
        theme,
    );
    if let Some(assessed) = &form.strength {
        let text = format!(" {} {}/4", assessed.label(), assessed.score);
        frame.render_widget(Span::styled(text, theme.strength(assessed.score)), strength);
    }
}

fn gender_row(form: &RegisterForm, focused: bool, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for gender in Gender::ALL {
        let mark = if form.gender == Some(gender) {
            "(•)"
        } else {
            "( )"
        };
        let style = if focused && form.gender_cursor == gender {
            theme.selected(true)
        } else {
            ratatui::style::Style::new()
        };
        spans.push(Span::styled(format!("{mark} {}", gender.label()), style));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}

fn format_row(format: OtpFormat, focused: bool, theme: Theme) -> Line<'static> {
    let mut spans = vec![
        Span::styled(format!("◀ {} ▶", format.name()), theme.selected(focused)),
        Span::styled(format!(" {:.1} bits", format.bits()), theme.dim()),
    ];
    if format.is_weak() {
        spans.push(Span::styled(" weak", theme.bad()));
    }
    Line::from(spans)
}

fn draw_messages(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let block = Block::bordered().title(Span::styled(" Messages ", theme.title()));
    let form = &app.register;
    let lines = match (form.otp.current(), form.sent_code()) {
        (Some(challenge), Some(code)) => {
            let state = match challenge.state(app.now) {
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

fn ceil_secs(left: Duration) -> u64 {
    left.as_secs() + u64::from(left.subsec_nanos() > 0)
}
