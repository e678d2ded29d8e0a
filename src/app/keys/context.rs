//! Where the keys are pressed: which overlay covers the screen, the focus, and the tables
//! tried there in order.

use ratatui::crossterm::event::KeyEvent;

use super::tables::{DIALOG, HELP, HELP_KEY, Os, always};
use crate::app::actions::{DialogAction, Global, HelpAction};
use crate::app::{App, AppMsg, Overlay};
use crate::kit::FocusKind;
use crate::kit::keys::{
    Binding, Describe, FieldKey, Listed, NAVIGATION, Nav, field_tables, listed,
};
use crate::screens::{SCREEN_KEYS, Screen, ScreenTable};

/// Which overlay covers the screen.
#[derive(Debug, Clone, Copy)]
pub enum Covered {
    Help,
    Dialog,
    /// A modal of the screen's own (the Password screen's profile prompt).
    Screen {
        table: ScreenTable,
        typing: bool,
    },
}

/// What the key tables need to know of the app.
#[derive(Debug, Clone)]
pub struct Context {
    pub screen: Screen,
    /// The screen's tables as it is now: a mode may leave some of its keys out.
    pub tables: Vec<ScreenTable>,
    pub focus: FocusKind,
    pub overlay: Option<Covered>,
}

/// One table of the context, whatever its actions.
#[derive(Debug, Clone, Copy)]
pub enum Table {
    Global(&'static [Binding<Global>]),
    Help(&'static [Binding<HelpAction>]),
    Dialog(&'static [Binding<DialogAction>]),
    Screen(ScreenTable),
    Field(&'static [Binding<FieldKey>]),
    Switch(&'static [Binding<Screen>]),
    Nav(&'static [Binding<Nav>]),
}

impl Table {
    /// The message `key` sends here, if a binding that works with this focus takes it.
    pub fn take(self, key: &KeyEvent, focus: FocusKind) -> Option<AppMsg> {
        match self {
            Table::Global(table) => first(table, key, focus).map(AppMsg::Global),
            Table::Help(table) => first(table, key, focus).map(AppMsg::Help),
            Table::Dialog(table) => first(table, key, focus).map(AppMsg::Dialog),
            Table::Screen(table) => table.take(key, focus).map(AppMsg::from),
            Table::Field(table) => first(table, key, focus).map(AppMsg::from),
            Table::Switch(table) => {
                first(table, key, focus).map(|screen| AppMsg::Global(Global::Show(screen)))
            }
            Table::Nav(table) => first(table, key, focus).map(AppMsg::from),
        }
    }

    pub fn listed(self) -> Vec<&'static dyn Listed> {
        match self {
            Table::Global(table) => listed(table),
            Table::Help(table) => listed(table),
            Table::Dialog(table) => listed(table),
            Table::Screen(table) => table.listed(),
            Table::Field(table) => listed(table),
            Table::Switch(table) => listed(table),
            Table::Nav(table) => listed(table),
        }
    }
}

/// The action of the first binding in `table` that works with `focus` and takes `key`.
fn first<A: Describe>(table: &[Binding<A>], key: &KeyEvent, focus: FocusKind) -> Option<A> {
    table
        .iter()
        .filter(|binding| binding.place.applies(focus))
        .find_map(|binding| binding.take(key))
}

impl Context {
    pub fn of(app: &App) -> Context {
        let overlay = match &app.overlay {
            Some(Overlay::Help { .. }) => Some(Covered::Help),
            Some(Overlay::Dialog(_) | Overlay::Qr(_)) => Some(Covered::Dialog),
            None => app
                .screens
                .modal_keys(app.screen)
                .map(|(table, typing)| Covered::Screen { table, typing }),
        };
        // A modal's field is where typing goes, whatever the screen's focus.
        let focus = match overlay {
            Some(Covered::Screen { typing: true, .. }) => FocusKind::Text,
            Some(Covered::Help | Covered::Dialog | Covered::Screen { .. }) | None => {
                app.focus_kind()
            }
        };
        Context {
            screen: app.screen,
            tables: app.screens.tables_now(app.screen),
            focus,
            overlay,
        }
    }

    /// The tables in the order they are tried; those that work everywhere last, as nothing
    /// shadows them.
    pub fn tables(&self) -> Vec<Table> {
        let everywhere = || always(Os::HOST).map(Table::Global);
        match self.overlay {
            Some(Covered::Help) => {
                let mut tables = vec![Table::Help(HELP), Table::Global(HELP_KEY)];
                tables.extend(everywhere());
                return tables;
            }
            Some(Covered::Dialog) => {
                let mut tables = vec![Table::Dialog(DIALOG), Table::Global(HELP_KEY)];
                tables.extend(everywhere());
                return tables;
            }
            Some(Covered::Screen { table, typing }) => {
                let fields = if typing {
                    field_tables(FocusKind::Text)
                } else {
                    &[]
                };
                let mut tables = vec![Table::Screen(table)];
                tables.extend(fields.iter().map(|&field| Table::Field(field)));
                tables.extend(everywhere());
                return tables;
            }
            None => {}
        }
        let mut tables: Vec<Table> = self.tables.iter().map(|&t| Table::Screen(t)).collect();
        tables.extend(
            field_tables(self.focus)
                .iter()
                .map(|&field| Table::Field(field)),
        );
        tables.extend([
            Table::Switch(SCREEN_KEYS),
            Table::Nav(NAVIGATION),
            Table::Global(HELP_KEY),
        ]);
        tables.extend(everywhere());
        tables
    }

    /// Whether typed text may go somewhere: the screen, or a modal of its own with a field.
    pub fn takes_typing(&self) -> bool {
        match self.overlay {
            None => true,
            Some(Covered::Screen { typing, .. }) => typing,
            Some(Covered::Help | Covered::Dialog) => false,
        }
    }

    /// Every binding that works here, in the order tried, with the table it is in.
    pub fn active(&self) -> Vec<(Table, &'static dyn Listed)> {
        self.tables()
            .into_iter()
            .flat_map(|table| table.listed().into_iter().map(move |b| (table, b)))
            .filter(|(_, binding)| binding.place().applies(self.focus))
            .collect()
    }
}
