//! Key tables: one binding a line, one table a context, tried overlay → screen → field →
//! global. The footer and the help read the same tables, so a key is declared once.

use ratatui::crossterm::event::{Event, KeyEventKind};

mod context;
mod footer;
mod help;
#[cfg(test)]
mod help_tests;
mod tables;
#[cfg(test)]
mod tests;

use super::AppMsg;
use crate::kit::Input;
pub use context::Context;
pub use footer::footer;
pub use help::{HelpLine, help_lines};

/// The message a terminal event means here, if any.
pub fn map_event(event: &Event, ctx: &Context) -> Option<AppMsg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => ctx
            .tables()
            .into_iter()
            .find_map(|table| table.take(key, ctx.focus)),
        Event::Paste(text) if ctx.takes_typing() && ctx.focus.is_text() => {
            Some(AppMsg::Screen(Input::Paste(text.clone())))
        }
        _ => None,
    }
}
