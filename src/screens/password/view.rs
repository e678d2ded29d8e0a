//! Draws the generator. It has no side borders: the password's line must hold the password
//! and nothing else, so that the terminal's own mouse selection copies exactly it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::characters::fold::Plan;
use super::{Field, State};
use crate::ui::ViewContext;
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::widgets::labelled;
use keysmith_core::Kind;

pub fn draw(screen: &State, frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let focus = (!cx.covered).then_some(screen.focus);
    // Blank lines between the parts only when the password keeps room enough below them.
    let plan = match screen.mode {
        Kind::Password => Plan::new(&screen.characters, screen.focus, area.width, area.height),
        Kind::Passphrase => {
            let needed = super::words::rows_needed(&screen.words, area.width);
            Plan::words(needed, area.height)
        }
    };
    let title_rows = if plan.title { 1 + plan.spacer } else { 0 };
    let [title, mode_row, profile_row, rest] = layout::rows(
        area,
        [
            Constraint::Length(title_rows),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(0),
        ],
    );
    if plan.title {
        frame.render_widget(
            Line::styled(" Password generator", cx.theme.title()),
            Rect { height: 1, ..title },
        );
    }
    draw_mode(screen.mode, focus, frame, mode_row, cx.theme);
    draw_profile(screen, focus, frame, profile_row, cx.theme);
    match screen.mode {
        Kind::Password => {
            super::characters::draw(&screen.characters, focus, frame, rest, plan, cx.theme);
        }
        Kind::Passphrase => super::words::draw(&screen.words, focus, frame, rest, cx.theme),
    }
}

/// `Mode  (•) Characters  ( ) Words`: the radio mark tells the mode without colour.
fn draw_mode(mode: Kind, focus: Option<Field>, frame: &mut Frame, row: Rect, theme: Theme) {
    let focused = focus == Some(Field::Mode);
    let rest = labelled(frame, row, "Mode", focused, theme);
    let mut spans = Vec::new();
    for choice in Kind::ALL {
        let (mark, style) = if choice == mode {
            ("(•)", theme.selected(focused))
        } else {
            ("( )", Style::new())
        };
        spans.push(Span::styled(format!("{mark} {}", choice.label()), style));
        spans.push(Span::raw("  "));
    }
    frame.render_widget(Line::from(spans), rest);
}

/// `Profile  ◀ bank ▶  3 profiles`: the chosen profile, or `custom`; the arrows say Left
/// and Right choose, as on the Register screen's selector.
fn draw_profile(screen: &State, focus: Option<Field>, frame: &mut Frame, row: Rect, theme: Theme) {
    let focused = focus == Some(Field::Profile);
    let rest = labelled(frame, row, "Profile", focused, theme);
    let profiles = &screen.profiles;
    let count = profiles.list.len();
    let hint = match (profiles.off, count) {
        (Some(off), _) => format!("  {}", off.row()),
        (None, 0) => "  none yet · Ctrl+S saves one".to_string(),
        (None, 1) => "  1 profile · Ctrl+S saves".to_string(),
        (None, n) => format!("  {n} profiles · Ctrl+S saves"),
    };
    // A long name gives way to the count before the count is cut.
    let room = usize::from(rest.width).saturating_sub(hint.chars().count() + 4);
    let name = profiles.shown();
    let name = if name.chars().count() > room.max(8) {
        let kept: String = name.chars().take(room.max(8) - 1).collect();
        format!("{kept}…")
    } else {
        name.to_string()
    };
    let shown = format!("◀ {name} ▶");
    let line = Line::from(vec![
        Span::styled(shown, theme.selected(focused)),
        Span::styled(hint, theme.dim()),
    ]);
    frame.render_widget(line, rest);
}
