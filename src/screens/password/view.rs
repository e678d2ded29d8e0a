//! Draws the generator. It has no side borders: the password's line must hold the password
//! and nothing else, so that the terminal's own mouse selection copies exactly it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::chars_view::RULES_DECIDE;
use super::fold::Plan;
use super::{Field, Note, State};
use keysmith_core::Kind;
use keysmith_core::policy::{MAX_LENGTH, WEAK_LENGTH};
use keysmith_core::{CharSet, Toggle};
use crate::ui::ViewContext;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, labelled, text_field};

pub fn draw(screen: &State, frame: &mut Frame, area: Rect, cx: &ViewContext) {
    let focus = (!cx.covered).then_some(screen.focus);
    // Blank lines between the parts only when the password keeps room enough below them.
    let plan = match screen.mode {
        Kind::Password => Plan::new(screen, area.width, area.height),
        Kind::Passphrase => Plan::plain(area.height),
    };
    let title_rows = if plan.title { 1 + plan.spacer } else { 0 };
    let [title, mode_row, profile_row, rest] = Layout::vertical([
        Constraint::Length(title_rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    if plan.title {
        frame.render_widget(
            Line::styled(" Password generator", cx.theme.title()),
            Rect { height: 1, ..title },
        );
    }
    draw_mode(screen.mode, focus, frame, mode_row, cx.theme);
    draw_profile(screen, focus, frame, profile_row, cx.theme);
    match screen.mode {
        Kind::Password => draw_characters(screen, focus, frame, rest, plan, cx.theme),
        Kind::Passphrase => super::words_view::draw(&screen.words, focus, frame, rest, cx.theme),
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

fn draw_characters(
    screen: &State,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    plan: Plan,
    theme: Theme,
) {
    let [length_row, problem, menu, toggles, fields, result] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(plan.note),
        Constraint::Length(plan.menu + plan.spacer),
        Constraint::Length(Toggle::ALL.len() as u16),
        Constraint::Length(plan.fields + plan.rules_note + plan.spacer),
        Constraint::Min(0),
    ])
    .areas(area);
    let focused = focus == Some(Field::Length);
    let rest = labelled(frame, length_row, "Length", focused, theme);
    let [well, hint] = Layout::horizontal([Constraint::Length(7), Constraint::Min(0)]).areas(rest);
    text_field(frame, well, &screen.length, Echo::Plain, focused, theme);
    let hint_text = format!(" more than {WEAK_LENGTH}, up to {MAX_LENGTH}");
    frame.render_widget(Span::styled(hint_text, theme.dim()), hint);
    let note = match screen.length_note() {
        Some(Note::Problem(text)) => Some(Line::styled(text, theme.bad())),
        Some(Note::Hint(text)) => Some(Line::styled(text, theme.dim())),
        None => None,
    };
    if let Some(line) = note {
        // Indented as a whole, so that a wrapped second line lines up under the first.
        let indent = problem.width.min(2);
        let problem = Rect {
            x: problem.x + indent,
            width: problem.width - indent,
            ..problem
        };
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), problem);
    }
    if !screen.menu_visible() {
        return;
    }
    draw_menu(screen, focus, frame, menu, plan.menu > 1, theme);
    draw_toggles(screen, focus, frame, toggles, theme);
    super::chars_view::draw_fields(screen, focus, frame, fields, plan.fields, theme);
    super::result::draw(screen, focus, frame, result, theme);
}

/// The menu of four sets; folded to its header (naming the set) where the rules decide the
/// set and the window is small.
fn draw_menu(
    screen: &State,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    sets: bool,
    theme: Theme,
) {
    let focused = focus == Some(Field::Menu);
    let header_style = if focused {
        theme.focused_label()
    } else {
        theme.label()
    };
    let header = if focused {
        "› Characters:"
    } else {
        "  Characters:"
    };
    let mut header = vec![Span::styled(header, header_style)];
    if !sets {
        let chosen = format!(" set {}", screen.set.number());
        header.push(Span::styled(chosen, theme.selected(focused)));
    }
    if screen.rules_decide() {
        header.push(Span::styled(RULES_DECIDE, theme.dim()));
    }
    let mut lines = vec![Line::from(header)];
    if !sets {
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    for (set, size) in CharSet::ALL.into_iter().zip(screen.compiled.set_sizes) {
        let chosen = screen.set == set;
        // A radio mark for the chosen set; `›` is kept for the focus alone.
        let marker = if chosen { "(•)" } else { "( )" };
        let text = format!(
            "  {marker} {}. {} ({size})",
            set.number(),
            set.description()
        );
        let style = if chosen {
            theme.selected(focused)
        } else {
            Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_toggles(screen: &State, focus: Option<Field>, frame: &mut Frame, area: Rect, theme: Theme) {
    let lines: Vec<Line> = Toggle::ALL
        .into_iter()
        .map(|toggle| {
            let mark = if screen.toggles.contains(toggle) {
                "[x]"
            } else {
                "[ ]"
            };
            let focused = focus == Some(Field::Toggle(toggle));
            let marker = if focused { "› " } else { "  " };
            let style = if focused {
                theme.selected(true)
            } else {
                Style::new()
            };
            let mut spans = vec![
                Span::raw(marker),
                Span::styled(format!("{mark} {}", toggle.description()), style),
            ];
            if toggle == Toggle::EachClass && screen.rules_decide() {
                spans.push(Span::styled(RULES_DECIDE, theme.dim()));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
