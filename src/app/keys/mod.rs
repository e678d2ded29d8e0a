//! Key tables: one binding a line, one table a context, tried overlay → screen → global.
//! The footer and the help read the same tables, so a key is declared once.

use ratatui::crossterm::event::{Event, KeyEventKind};

mod help;
mod tables;
#[cfg(test)]
mod tests;

use super::{App, Overlay};
use crate::kit::keys::{Binding, Command, ModalKeys, Shown};
use crate::kit::{Action, FocusKind, Msg};
use crate::screens::{SCREEN_KEYS, Screen};
pub use help::{HelpLine, help_lines};
pub use tables::{ALWAYS, DIALOG, EDITING, HELP, HELP_KEY, NAVIGATION};

/// Which overlay covers the screen.
#[derive(Debug, Clone, Copy)]
pub enum Covered {
    Help,
    Dialog,
    /// A modal of the screen's own (the Password screen's profile prompt).
    Screen(ModalKeys),
}

/// What the key tables need to know of the app.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub screen: Screen,
    /// The screen's keys as it is now (`ScreenState::keys_now`).
    pub table: &'static [Binding],
    pub focus: FocusKind,
    pub overlay: Option<Covered>,
}

impl Context {
    pub fn of(app: &App) -> Context {
        let overlay = match &app.overlay {
            Some(Overlay::Help { .. }) => Some(Covered::Help),
            Some(Overlay::Dialog(_) | Overlay::Qr(_)) => Some(Covered::Dialog),
            None => app.screens.modal_keys(app.screen).map(Covered::Screen),
        };
        // A modal's field is where typing goes, whatever the screen's focus.
        let focus = match overlay {
            Some(Covered::Screen(modal)) if modal.typing => FocusKind::Text,
            Some(Covered::Help | Covered::Dialog | Covered::Screen(_)) | None => app.focus_kind(),
        };
        Context {
            screen: app.screen,
            table: app.screens.keys_now(app.screen),
            focus,
            overlay,
        }
    }

    /// The tables in the order they are tried; `ALWAYS` last, as nothing shadows it.
    pub fn tables(self) -> Vec<&'static [Binding]> {
        match self.overlay {
            Some(Covered::Help) => return vec![HELP, HELP_KEY, ALWAYS],
            Some(Covered::Dialog) => return vec![DIALOG, HELP_KEY, ALWAYS],
            Some(Covered::Screen(modal)) if modal.typing => {
                return vec![modal.table, EDITING, ALWAYS];
            }
            Some(Covered::Screen(modal)) => return vec![modal.table, ALWAYS],
            None => {}
        }
        let mut tables = vec![self.table];
        if self.focus.is_text() {
            tables.push(EDITING);
        }
        tables.extend([SCREEN_KEYS, NAVIGATION, HELP_KEY, ALWAYS]);
        tables
    }

    /// Whether typed text may go somewhere: the screen, or a modal of its own with a field.
    fn takes_typing(self) -> bool {
        match self.overlay {
            None => true,
            Some(Covered::Screen(modal)) => modal.typing,
            Some(Covered::Help | Covered::Dialog) => false,
        }
    }

    /// Every binding that works here, in the order tried.
    pub fn active(self) -> impl Iterator<Item = &'static Binding> {
        self.tables()
            .into_iter()
            .flatten()
            .filter(move |binding| binding.place.applies(self.focus))
    }
}

/// The message a terminal event means here, if any.
pub fn map_event(event: &Event, ctx: Context) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            ctx.active().find_map(|binding| binding.take(key))
        }
        Event::Paste(text) if ctx.takes_typing() && ctx.focus.is_text() => {
            Some(Msg::Paste(text.clone()))
        }
        _ => None,
    }
}

/// The bindings for the footer, most useful first: help (so the way to every other key is
/// never cut off), what the focused field does, the next field, quitting, then the screens.
/// A key bound twice here does the first thing, and two keys that do the same are listed once.
pub fn footer(ctx: Context) -> Vec<&'static Binding> {
    // The overlay's table where one is open, else the screen's: what is done here.
    let own_table = ctx.tables().first().copied().unwrap_or(ctx.table);
    let rank = |binding: &Binding| match binding.command {
        Command::Act(Action::ToggleHelp) => 0,
        _ if in_table(own_table, binding) => 1,
        Command::Act(Action::Close | Action::FocusNext) => 2,
        Command::Act(Action::Quit) => 3,
        _ => 4,
    };
    let mut active: Vec<&Binding> = ctx
        .active()
        .filter(|binding| binding.shown == Shown::Footer)
        .collect();
    active.sort_by_key(|binding| rank(binding));
    let mut seen_labels = Vec::new();
    let mut seen_commands = Vec::new();
    active.retain(|binding| {
        let first =
            !seen_labels.contains(&binding.label) && !seen_commands.contains(&binding.command);
        seen_labels.push(binding.label);
        seen_commands.push(binding.command);
        first
    });
    active
}

fn in_table(table: &[Binding], binding: &Binding) -> bool {
    table.iter().any(|b| std::ptr::eq(b, binding))
}
