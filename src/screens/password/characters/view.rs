//! Characters mode on the screen: the length and its note, the menu of sets, the toggles,
//! then the option fields and the password.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::fold::Plan;
use super::options_view::{RULES_DECIDE, draw_fields};
use super::state::Characters;
use crate::screens::password::{Field, Note};
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, labelled, text_field};
use keysmith_core::policy::{MAX_LENGTH, ShortSites, WEAK_LENGTH};
use keysmith_core::{CharSet, Toggle};

pub fn draw(
    characters: &Characters,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    plan: Plan,
    theme: Theme,
) {
    let [length_row, problem, menu, toggles, fields, result] = layout::rows(
        area,
        [
            Constraint::Length(1),
            Constraint::Length(plan.note),
            Constraint::Length(plan.menu + plan.spacer),
            Constraint::Length(Toggle::ALL.len() as u16),
            Constraint::Length(plan.fields + plan.rules_note + plan.spacer),
            Constraint::Min(0),
        ],
    );
    let focused = focus == Some(Field::Length);
    let rest = labelled(frame, length_row, "Length", focused, theme);
    let [well, hint] = layout::columns(rest, [Constraint::Length(7), Constraint::Min(0)]);
    text_field(frame, well, &characters.length, Echo::Plain, focused, theme);
    let hint_text = match characters.short_sites() {
        ShortSites::Refuse => format!(" more than {WEAK_LENGTH}, up to {MAX_LENGTH}"),
        ShortSites::Allow => " weak, as you said yes to: the rules allow no more".to_owned(),
    };
    frame.render_widget(Span::styled(hint_text, theme.dim()), hint);
    let note = match characters.length_note() {
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
    if !characters.menu_visible() {
        return;
    }
    draw_menu(characters, focus, frame, menu, plan.menu > 1, theme);
    draw_toggles(characters, focus, frame, toggles, theme);
    draw_fields(characters, focus, frame, fields, plan.fields, theme);
    crate::screens::password::result::draw(characters, focus, frame, result, theme);
}

/// The menu of four sets; folded to its header (naming the set) where the rules decide the
/// set and the window is small.
fn draw_menu(
    characters: &Characters,
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
        let chosen = format!(" set {}", characters.set.number());
        header.push(Span::styled(chosen, theme.selected(focused)));
    }
    if characters.rules_decide() {
        header.push(Span::styled(RULES_DECIDE, theme.dim()));
    }
    let mut lines = vec![Line::from(header)];
    if !sets {
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    for (set, size) in CharSet::ALL.into_iter().zip(characters.compiled.set_sizes) {
        let chosen = characters.set == set;
        // A radio mark for the chosen set; `›` and the highlight for the row Space would pick.
        let marker = if chosen { "(•)" } else { "( )" };
        let highlighted = focused && characters.menu_cursor == set;
        let pointer = if highlighted { "›" } else { " " };
        let text = format!(
            " {pointer}{marker} {}. {} ({size})",
            set.number(),
            set.description()
        );
        let style = match (highlighted, chosen) {
            (true, _) => theme.selected(true),
            (false, true) => theme.selected(false),
            (false, false) => Style::new(),
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_toggles(
    characters: &Characters,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let lines: Vec<Line> = Toggle::ALL
        .into_iter()
        .map(|toggle| {
            let mark = if characters.toggles.contains(toggle) {
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
            if toggle == Toggle::EachClass && characters.rules_decide() {
                spans.push(Span::styled(RULES_DECIDE, theme.dim()));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
