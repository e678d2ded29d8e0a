//! Characters mode's Symbols, Exclude and Rules fields, the line saying what the rules parsed
//! to, and how the mode's rows share a small window.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Field, State};
use crate::secret::CharSet;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, labelled, text_field};

/// Which rows Characters mode draws in a window this high: blank lines first, then the empty
/// note under the length, then the title, then (when the rules decide the set) the menu's four
/// sets give way, so that the password keeps its room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub spacer: u16,
    pub title: bool,
    /// The note under the length: 2 lines, or none when there is nothing to say.
    pub note: u16,
    /// The menu: its header and four sets, or the header alone.
    pub menu: u16,
    pub rules_note: u16,
}

impl Plan {
    /// Words mode's, and Characters mode's before a valid length: blank lines when the window
    /// is tall enough.
    pub fn plain(height: u16) -> Plan {
        Plan {
            spacer: u16::from(height >= 21),
            title: true,
            note: 2,
            menu: 5,
            rules_note: 0,
        }
    }

    pub fn new(screen: &State, width: u16, height: u16) -> Plan {
        if !screen.menu_visible() {
            return Plan::plain(height);
        }
        // A parse error names every rule it expected: up to 4 lines, while no password shows.
        let rules_note = rules_text(screen).map_or(0, |(text, refused)| {
            let most = if refused { 4 } else { 2 };
            wrapped_lines(&text, width.saturating_sub(2)).min(most)
        });
        let mut plan = Plan {
            rules_note,
            ..Plan::plain(height)
        };
        // Mode, length, toggles, fields and the result (its header, the password, the
        // entropy; a line of guidance while there is none).
        let result = if screen.result.is_some() {
            3
        } else {
            1 + u16::from(screen.entropy().is_some())
        };
        let rows = |plan: &Plan| {
            2 + 3 + 3 + result + 3 * plan.spacer
                + u16::from(plan.title)
                + plan.note
                + plan.menu
                + plan.rules_note
        };
        let fits = |plan: &Plan| rows(plan) <= height;
        plan.spacer = 1;
        if fits(&plan) {
            return plan;
        }
        // Give way in this order, then take back what still fits, the last given first.
        plan.spacer = 0;
        let empty_note = screen.length_note().is_none();
        if !fits(&plan) && empty_note {
            plan.note = 0;
        }
        if !fits(&plan) {
            plan.title = false;
        }
        // The rules decide the set (or are being fixed): the menu says which set, on one line.
        if !fits(&plan) && screen.rules().is_some() {
            plan.menu = 1;
        }
        if !fits(&plan) {
            plan.rules_note = plan.rules_note.min(1);
        }
        for restore in [
            |p: &mut Plan| p.title = true,
            |p: &mut Plan| p.note = 2,
            |p: &mut Plan| p.spacer = 1,
        ] {
            let mut more = plan;
            restore(&mut more);
            if fits(&more) {
                plan = more;
            }
        }
        plan
    }
}

/// The Rules field's line: what the rules parsed to (dim), or the parse error (a refusal).
fn rules_text(screen: &State) -> Option<(String, bool)> {
    match screen.rules()? {
        Ok(rules) => Some((format!("rules: {rules}"), false)),
        Err(error) => Some((error.to_string(), true)),
    }
}

/// How many lines `text` takes when wrapped at word boundaries to `width` columns.
fn wrapped_lines(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let (mut lines, mut used) = (1u16, 0usize);
    for word in text.split_whitespace() {
        let len = Line::raw(word).width().max(1);
        let need = if used == 0 { len } else { used + 1 + len };
        if need <= width {
            used = need;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        lines = lines.saturating_add(u16::try_from((len - 1) / width).unwrap_or(u16::MAX));
        used = (len - 1) % width + 1;
    }
    lines
}

/// The three fields, one row each, and the rules' line under them.
pub fn draw_fields(
    screen: &State,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let [symbols, exclude, rules, note] = Layout::vertical([
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
    let rows = [
        (symbols, "Symbols", &chars.symbols, Field::Symbols, symbols_hint),
        (exclude, "Exclude", &chars.exclude, Field::Exclude, " never used"),
        (rules, "Rules", &chars.rules, Field::Rules, ""),
    ];
    for (row, label, field, which, hint) in rows {
        let focused = focus == Some(which);
        let rest = labelled(frame, row, label, focused, theme);
        let well_width = if hint.is_empty() {
            rest.width
        } else {
            rest.width.saturating_sub(hint.len() as u16).clamp(1, 24)
        };
        let [well, after] =
            Layout::horizontal([Constraint::Length(well_width), Constraint::Min(0)]).areas(rest);
        text_field(frame, well, field, Echo::Plain, focused, theme);
        frame.render_widget(Span::styled(hint, theme.dim()), after);
    }
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

/// The dim note beside what the rules replace.
pub const RULES_DECIDE: &str = " (the rules decide)";

