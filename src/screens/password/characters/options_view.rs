//! Characters mode's option fields under the toggles, and the line saying what the rules
//! parsed to and which site they are; folded to one line where the window is small and the
//! focus is elsewhere.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::site_match::SiteMatch;
use super::state::Characters;
use crate::screens::password::Field;
use crate::ui::layout;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Echo, clipped, labelled, text_field, wrapping};
use keysmith_core::CharSet;
use keysmith_core::policy::Class;

/// The Rules field's line: what the rules parsed to and whose they are (dim), or the parse
/// error (a refusal). Rules changed since a site filled them say so first, where a folded
/// line still shows it.
pub(super) fn rules_text(characters: &Characters) -> Option<(String, bool)> {
    match characters.rules()? {
        Ok(rules) => Some((
            match characters.site_match() {
                SiteMatch::Filled(found) => format!("{found}: {rules}"),
                SiteMatch::Edited(found) => format!("edited, no longer the {found}: {rules}"),
                SiteMatch::Blank | SiteMatch::Unknown => format!("rules: {rules}"),
            },
            false,
        )),
        Err(error) => Some((error.to_string(), true)),
    }
}

/// How many rows the option fields take: Symbols, Exclude, At least, Max in a row, Site,
/// Rules.
pub const FIELD_ROWS: u16 = 6;

/// The option fields, one row each, and the rules' line under them. Where `rows` has room
/// for all but one, the Rules row gives way while the focus is in Site, else the Site row.
pub fn draw_fields(
    characters: &Characters,
    focus: Option<Field>,
    frame: &mut Frame,
    area: Rect,
    rows: u16,
    theme: Theme,
) {
    if rows < FIELD_ROWS - 1 {
        let [folded, note] = layout::rows(area, [Constraint::Length(1), Constraint::Min(0)]);
        let summary = clipped(&folded_summary(characters), usize::from(folded.width));
        frame.render_widget(Line::styled(summary, theme.dim()), folded);
        draw_rules_note(characters, frame, note, theme);
        return;
    }
    let one_left_out = rows < FIELD_ROWS;
    let site_row = u16::from(!one_left_out || focus == Some(Field::Site));
    let rules_row = u16::from(!one_left_out || focus != Some(Field::Site));
    let [symbols, exclude, minimums, run, site, rules, note] = layout::rows(
        area,
        [
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(site_row),
            Constraint::Length(rules_row),
            Constraint::Min(0),
        ],
    );
    let chars = &characters.chars;
    let symbols_hint = match characters.set {
        _ if characters.rules_decide() && chars.symbols.is_empty() => {
            " empty: the rules'".to_string()
        }
        CharSet::All if chars.symbols.is_empty() => " empty: all 32".to_string(),
        // The field takes symbols alone, so each different character is one of the 32.
        CharSet::All => format!(" {} of 32", distinct(chars.symbols.value())),
        CharSet::Lower | CharSet::Letters | CharSet::Alnum => " set 4 only".to_string(),
    };
    let typed_run: Option<usize> = chars.max_consecutive.value().parse().ok();
    let run_hint = match characters
        .rules()
        .and_then(|rules| rules.ok()?.max_consecutive)
    {
        // The stricter of the two applies: say so where the field's is not it.
        Some(rules) if typed_run.is_some_and(|typed| typed > rules) => {
            format!(" the rules' {rules} applies")
        }
        Some(_) if typed_run.is_some() => String::new(),
        Some(_) => " blank: the rules' limit".to_string(),
        // A hint says what blank means only while the field is blank.
        None if typed_run.is_some() => String::new(),
        None => " blank: no limit".to_string(),
    };
    let exclude_hint = match distinct(chars.exclude.value()) {
        0 => " never used".to_string(),
        1 => " 1 character never used".to_string(),
        n => format!(" {n} characters never used"),
    };
    let site_hint = match characters.site_match() {
        SiteMatch::Blank => " fills the rules",
        SiteMatch::Unknown if characters.offered_completion().is_none() => " not known",
        SiteMatch::Unknown | SiteMatch::Filled(_) | SiteMatch::Edited(_) => "",
    };
    let rows = [
        (
            symbols,
            "Symbols",
            &chars.symbols,
            Field::Symbols,
            symbols_hint,
        ),
        (
            exclude,
            "Exclude",
            &chars.exclude,
            Field::Exclude,
            exclude_hint,
        ),
        (
            run,
            "Max in a row",
            &chars.max_consecutive,
            Field::MaxConsecutive,
            run_hint,
        ),
        (
            site,
            "Site",
            &chars.site,
            Field::Site,
            site_hint.to_string(),
        ),
        (rules, "Rules", &chars.rules, Field::Rules, String::new()),
    ];
    for (row, label, field, which, hint) in rows {
        let focused = focus == Some(which);
        let rest = labelled(frame, row, label, focused, theme);
        // The wells keep their width whatever their hints say.
        let well_width = match which {
            Field::Rules => rest.width,
            Field::MaxConsecutive => COUNT_WELL,
            _ => rest.width.saturating_sub(HINT_ROOM).clamp(1, 24),
        };
        let [well, after] =
            layout::columns(rest, [Constraint::Length(well_width), Constraint::Min(0)]);
        text_field(frame, well, field, Echo::Plain, focused, theme);
        if focused && which == Field::Site {
            draw_completion(characters, frame, well, theme);
        }
        frame.render_widget(Span::styled(hint, theme.dim()), after);
    }
    draw_minimums(characters, focus, frame, minimums, theme);
    draw_rules_note(characters, frame, note, theme);
}

/// The folded fields' line: the ones that say something, or their names.
fn folded_summary(characters: &Characters) -> String {
    let chars = &characters.chars;
    let mut set = Vec::new();
    let value = |field: &crate::kit::TextField| field.value().to_string();
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
    if !chars.site.value().trim().is_empty() {
        set.push(format!("site {}", value(&chars.site)));
    }
    // A site's own rules are named by the site.
    let site_rules = matches!(characters.site_match(), SiteMatch::Filled(_));
    if !chars.rules.value().trim().is_empty() && !site_rules {
        set.push("rules".into());
    }
    if set.is_empty() {
        "  ▸ Symbols, Exclude, At least, Max in a row, Site, Rules".into()
    } else {
        format!("  ▸ {}", set.join(" · "))
    }
}

/// The domain the Site field offers, greyed after the cursor as a shell offers a command:
/// Tab or Right takes it.
fn draw_completion(characters: &Characters, frame: &mut Frame, well: Rect, theme: Theme) {
    let Some(rest) = characters.offered_completion() else {
        return;
    };
    let input = characters.chars.site.input();
    let width = usize::from(well.width.saturating_sub(1));
    let column = input
        .visual_cursor()
        .saturating_sub(input.visual_scroll(width));
    let column = u16::try_from(column).unwrap_or(u16::MAX).min(well.width);
    let area = Rect {
        x: well.x + column,
        width: well.width - column,
        ..well
    };
    let style = theme.field(true).patch(theme.dim());
    frame.render_widget(Span::styled(rest.to_string(), style), area);
}

/// What the rules parsed to, or their error, under the fields.
fn draw_rules_note(characters: &Characters, frame: &mut Frame, note: Rect, theme: Theme) {
    let Some((text, refused)) = rules_text(characters) else {
        return;
    };
    let style = if refused { theme.bad() } else { theme.dim() };
    let indent = note.width.min(2);
    let note = Rect {
        x: note.x + indent,
        width: note.width - indent,
        ..note
    };
    let lines = clipped_lines(&text, note.width, note.height);
    let lines: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, style)).collect();
    frame.render_widget(Paragraph::new(lines), note);
}

/// `text` wrapped to `width`, at most `rows` lines; the last ends in `…` where some is cut,
/// so a shortened summary never reads as the whole.
fn clipped_lines(text: &str, width: u16, rows: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let mut lines: Vec<String> = textwrap::wrap(text, wrapping(width))
        .into_iter()
        .map(|line| line.into_owned())
        .collect();
    let rows = usize::from(rows);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let keep = width.saturating_sub(2);
            let cut: String = last.chars().take(keep).collect();
            *last = format!("{} …", cut.trim_end());
        }
    }
    lines
}

/// The columns a text field's hint keeps beside its well: ` empty: all 32`.
const HINT_ROOM: u16 = 14;

/// A count's well: four digits and the cursor after them, so a count always shows whole.
const COUNT_WELL: u16 = 5;

/// `At least  a-z ____ A-Z ____ 0-9 ____ !#$ ____`: each class's name, then its well, so
/// the number reads after what it counts; the four fit in 60 columns with four digits each.
fn draw_minimums(
    characters: &Characters,
    focus: Option<Field>,
    frame: &mut Frame,
    row: Rect,
    theme: Theme,
) {
    let focused_class = match focus {
        Some(Field::Minimum(class)) => Some(class),
        _ => None,
    };
    let mut rest = labelled(frame, row, "At least", focused_class.is_some(), theme);
    for class in Class::ALL {
        let focused = focused_class == Some(class);
        let name = format!("{} ", class_chars(class));
        let [label, well, next] = layout::columns(
            rest,
            [
                Constraint::Length(name.len() as u16),
                Constraint::Length(COUNT_WELL.min(rest.width)),
                Constraint::Min(0),
            ],
        );
        let style = if focused {
            theme.focused_label()
        } else {
            theme.dim()
        };
        frame.render_widget(Span::styled(name, style), label);
        let field = &characters.chars.minimums[class.index()];
        text_field(frame, well, field, Echo::Plain, focused, theme);
        // A column between one well and the next class's name.
        rest = Rect {
            x: next.x.saturating_add(1).min(next.right()),
            width: next.width.saturating_sub(1),
            ..next
        };
    }
}

/// A class as its characters, short enough for four on a row.
fn class_chars(class: Class) -> &'static str {
    match class {
        Class::Lower => "a-z",
        Class::Upper => "A-Z",
        Class::Digit => "0-9",
        Class::Symbol => "!#$",
    }
}

/// The word for a class in the folded summary: `2 upper`.
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

/// How many different characters `text` has.
fn distinct(text: &str) -> usize {
    let mut seen: Vec<char> = text.chars().collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}
