//! How Characters mode's rows share a small window: what gives way first, so that the
//! password always keeps its room.

use super::options_view::{FIELD_ROWS, rules_text};
use super::state::Characters;
use crate::screens::password::Field;
use crate::screens::password::result::secret_height;
use crate::screens::password::secret_rows::Breaks;
use crate::ui::widgets::wrapping;

/// Which rows Characters mode draws in a window this high. What gives way, in order: the
/// blank lines, the empty note under the length, the title; then whichever of the menu and
/// the option fields the focus is not in folds to one line (the menu first where the rules
/// decide the set); then the other; then whichever of the Site and Rules rows the focus is
/// not in, Site where it is in neither (the rules' note says what Rules holds and whose
/// rules they are); then the rules' note to one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub spacer: u16,
    pub title: bool,
    /// The note under the length: 2 lines, or none when there is nothing to say.
    pub note: u16,
    /// The menu: its header and four sets, or the header alone.
    pub menu: u16,
    /// The option fields, those without the Site or the Rules row, or one line saying which
    /// are set.
    pub fields: u16,
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
            fields: FIELD_ROWS,
            rules_note: 0,
        }
    }

    /// Words mode's: the title gives way when the fields and the passphrase's rows (`needed`,
    /// with the mode and profile rows above them) need its line.
    pub fn words(needed: u16, height: u16) -> Plan {
        Plan {
            title: height > needed.saturating_add(2),
            ..Plan::plain(height)
        }
    }

    pub fn new(characters: &Characters, focus: Field, width: u16, height: u16) -> Plan {
        if !characters.menu_visible() {
            return Plan::plain(height);
        }
        // A parse error names every rule it expected: up to 4 lines, while no password shows.
        let rules_note = rules_text(characters).map_or(0, |(text, refused)| {
            let most = if refused { 4 } else { 2 };
            wrapped_lines(&text, width.saturating_sub(2)).min(most)
        });
        let mut plan = Plan {
            rules_note,
            ..Plan::plain(height)
        };
        // Mode, profile, length, toggles and the result (its header, the password, the entropy; a
        // line of guidance while there is none).
        let result = if let Some(password) = &characters.result {
            // Its header, its rows (several where it is wider than the window) and its entropy.
            let rows = secret_height(password, width, Breaks::Groups);
            rows.saturating_add(2)
        } else {
            1 + u16::from(characters.entropy().is_some())
        };
        let rows = |plan: &Plan| {
            3 + 3
                + result
                + 3 * plan.spacer
                + u16::from(plan.title)
                + plan.note
                + plan.menu
                + plan.fields
                + plan.rules_note
        };
        let fits = |plan: &Plan| rows(plan) <= height;
        plan.spacer = 1;
        if fits(&plan) {
            return plan;
        }
        // Give way in this order, then take back what still fits, the last given first.
        plan.spacer = 0;
        let empty_note = characters.length_note().is_none();
        if !fits(&plan) && empty_note {
            plan.note = 0;
        }
        if !fits(&plan) {
            plan.title = false;
        }
        let in_fields = focus.is_option_field();
        let menu_first = in_fields || (characters.rules().is_some() && focus != Field::Menu);
        for fold_menu in [menu_first, !menu_first] {
            if fits(&plan) {
                break;
            }
            if fold_menu {
                plan.menu = 1;
            } else if !in_fields {
                plan.fields = 1;
            }
        }
        if !fits(&plan) {
            plan.menu = 1;
        }
        if !fits(&plan) && plan.fields == FIELD_ROWS {
            plan.fields = FIELD_ROWS - 1;
        }
        if !fits(&plan) {
            plan.rules_note = plan.rules_note.min(1);
        }
        // An empty note is not taken back: blank lines are worth less than the menu.
        for restore in [
            |p: &mut Plan| p.fields = FIELD_ROWS,
            |p: &mut Plan| p.menu = 5,
            |p: &mut Plan| p.title = true,
            |p: &mut Plan| p.note = 2,
            |p: &mut Plan| p.spacer = 1,
        ] {
            let mut more = plan;
            restore(&mut more);
            if empty_note {
                more.note = plan.note;
            }
            if fits(&more) {
                plan = more;
            }
        }
        plan
    }
}

/// How many lines `text` takes when wrapped at word boundaries to `width` columns, as
/// `options_view` draws it.
fn wrapped_lines(text: &str, width: u16) -> u16 {
    let lines = textwrap::wrap(text, wrapping(usize::from(width.max(1)))).len();
    u16::try_from(lines).unwrap_or(u16::MAX)
}
