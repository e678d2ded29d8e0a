//! Characters mode's option fields under the toggles, and the line saying what the rules
//! parsed to; folded to one line where the window is small and the focus is elsewhere.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Field, State};
use crate::secret::CharSet;
use crate::secret::policy::Class;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, labelled, text_field};

/// The Rules field's line: what the rules parsed to (dim), or the parse error (a refusal).
pub(super) fn rules_text(screen: &State) -> Option<(String, bool)> {
    match screen.rules()? {
        Ok(rules) => Some((format!("rules: {rules}"), false)),
        Err(error) => Some((error.to_string(), true)),
    }
}

/// How many rows the option fields take: Symbols, Exclude, At least, Max in a row, Rules.
pub const FIELD_ROWS: u16 = 5;

/// The option fields, one row each, and the rules' line under them.
pub fn draw_fields(
    screen: &State,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    rows: u16,
    theme: Theme,
) {
    if rows < FIELD_ROWS {
        let [folded, note] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(Line::styled(folded_summary(screen), theme.dim()), folded);
        draw_rules_note(screen, frame, note, theme);
        return;
    }
    let [symbols, exclude, minimums, run, rules, note] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    let chars = &screen.chars;
    let symbols_hint = match screen.set {
        CharSet::All => " empty: all 32",
        CharSet::Lower | CharSet::Letters | CharSet::Alnum => " set 4 only",
    };
    let run_hint = match screen.rules().and_then(|rules| rules.ok()?.max_consecutive) {
        Some(_) => " blank: the rules' limit",
        None => " blank: no limit",
    };
    let rows = [
        (symbols, "Symbols", &chars.symbols, Field::Symbols, symbols_hint),
        (exclude, "Exclude", &chars.exclude, Field::Exclude, " never used"),
        (run, "Max in a row", &chars.max_consecutive, Field::MaxConsecutive, run_hint),
        (rules, "Rules", &chars.rules, Field::Rules, ""),
    ];
    for (row, label, field, which, hint) in rows {
        let focused = focus == Some(which);
        let rest = labelled(frame, row, label, focused, theme);
        let well_width = if hint.is_empty() {
            rest.width
        } else if which == Field::MaxConsecutive {
            COUNT_WELL
        } else {
            rest.width.saturating_sub(hint.len() as u16).clamp(1, 24)
        };
        let [well, after] =
            Layout::horizontal([Constraint::Length(well_width), Constraint::Min(0)]).areas(rest);
        text_field(frame, well, field, Echo::Plain, focused, theme);
        frame.render_widget(Span::styled(hint, theme.dim()), after);
    }
    draw_minimums(screen, focus, frame, minimums, theme);
    draw_rules_note(screen, frame, note, theme);
}

/// The folded fields' line: the ones that say something, or their names.
fn folded_summary(screen: &State) -> String {
    let chars = &screen.chars;
    let mut set = Vec::new();
    let value = |field: &crate::app::field::TextField| field.value().to_string();
    if !chars.symbols.value().is_empty() {
        set.push(format!("symbols {}", value(&chars.symbols)));
    }
    if !chars.exclude.value().is_empty() {
        set.push(format!("exclude {}", value(&chars.exclude)));
    }
    for class in Class::ALL {
        let field = &chars.minimums[class.index()];
        if !field.value().is_empty() {
            set.push(format!("{} {}", field.value(), minimum_label(class)));
        }
    }
    if !chars.max_consecutive.value().is_empty() {
        set.push(format!("max {} in a row", value(&chars.max_consecutive)));
    }
    if !chars.rules.value().trim().is_empty() {
        set.push("rules".into());
    }
    if set.is_empty() {
        "  ▸ Symbols, Exclude, At least, Max in a row, Rules".into()
    } else {
        format!("  ▸ {}", set.join(" · "))
    }
}

/// What the rules parsed to, or their error, under the fields.
fn draw_rules_note(screen: &State, frame: &mut Frame, note: Rect, theme: Theme) {
    if let Some((text, refused)) = rules_text(screen) {
        let style = if refused { theme.bad() } else { theme.dim() };
        let indent = note.width.min(2);
        let note = Rect {
            x: note.x + indent,
            width: note.width - indent,
            ..note
        };
        frame.render_widget(
            Paragraph::new(Line::styled(text, style)).wrap(Wrap { trim: true }),
            note,
        );
    }
}

/// The longest run's well: four digits and the cursor after them.
const COUNT_WELL: u16 = 5;
/// A minimum's well: two digits and the cursor (more scroll), so the four fit in 60 columns.
const MINIMUM_WELL: u16 = 3;

/// `At least  [  ] lower [  ] upper [  ] digits [  ] symbols`: four wells on one row, the
/// focused one marked by its label as well as by the well.
fn draw_minimums(screen: &State, focus: Option<Field>, frame: &mut Frame, row: Rect, theme: Theme) {
    let focused_class = match focus {
        Some(Field::Minimum(class)) => Some(class),
        _ => None,
    };
    let mut rest = labelled(frame, row, "At least", focused_class.is_some(), theme);
    for class in Class::ALL {
        let focused = focused_class == Some(class);
        let name = format!(" {} ", minimum_label(class));
        let [well, after, next] = Layout::horizontal([
            Constraint::Length(MINIMUM_WELL.min(rest.width)),
            Constraint::Length(name.len() as u16),
            Constraint::Min(0),
        ])
        .areas(rest);
        let field = &screen.chars.minimums[class.index()];
        text_field(frame, well, field, Echo::Plain, focused, theme);
        let style = if focused {
            theme.focused_label()
        } else {
            theme.dim()
        };
        frame.render_widget(Span::styled(name, style), after);
        rest = next;
    }
}

/// The word beside a minimum's well.
fn minimum_label(class: Class) -> &'static str {
    match class {
        Class::Lower => "lower",
        Class::Upper => "upper",
        Class::Digit => "digits",
        Class::Symbol => "symbols",
    }
}

/// The dim note beside what the rules replace.
pub const RULES_DECIDE: &str = " (the rules decide)";

