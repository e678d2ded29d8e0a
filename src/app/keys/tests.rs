//! The tables' own rules: no binding hides another, every action has a key, help lists all.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
};

use super::tables::all_tables;
use super::*;
use crate::kit::Settings;
use crate::kit::keys::Key;

const FOCUS_KINDS: [FocusKind; 7] = [
    FocusKind::Text,
    FocusKind::SubmitText,
    FocusKind::Choice,
    FocusKind::Button,
    FocusKind::Menu,
    FocusKind::Toggle,
    FocusKind::Output,
];

fn contexts() -> Vec<Context> {
    let mut contexts = Vec::new();
    for &screen in Screen::ALL {
        for focus in FOCUS_KINDS {
            let modals = Screen::ALL
                .iter()
                .flat_map(|screen| screen.modal_tables())
                .map(|&modal| Some(Covered::Screen(modal)));
            let overlays = [None, Some(Covered::Help), Some(Covered::Dialog)];
            for overlay in overlays.into_iter().chain(modals) {
                contexts.push(Context {
                    screen,
                    table: screen.keys(),
                    focus,
                    overlay,
                });
            }
        }
    }
    contexts
}

fn press(key: Key) -> Event {
    Event::Key(KeyEvent {
        code: key.0,
        modifiers: key.1,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn every_table() -> Vec<&'static [Binding]> {
    all_tables().into_iter().map(|(_, table)| table).collect()
}

#[test]
fn no_binding_shadows_another_in_its_table() {
    for table in every_table() {
        for (i, first) in table.iter().enumerate() {
            for later in &table[i + 1..] {
                let shared_key = first.keys.iter().find(|key| later.keys.contains(key));
                let shared_focus = FOCUS_KINDS
                    .into_iter()
                    .find(|&focus| first.place.applies(focus) && later.place.applies(focus));
                assert!(
                    shared_key.is_none() || shared_focus.is_none(),
                    "{:?} is bound twice where {shared_focus:?} has focus: {} {} and {} {}",
                    shared_key,
                    first.label,
                    first.description,
                    later.label,
                    later.description
                );
            }
        }
    }
}

#[test]
fn every_action_has_a_key_somewhere() {
    let keys: Vec<Key> = every_table()
        .into_iter()
        .flatten()
        .flat_map(|binding| binding.keys.iter().copied())
        .collect();
    let tabs = u8::try_from(Screen::ALL.len()).unwrap_or(u8::MAX);
    for action in Action::every(tabs) {
        let reachable = contexts().into_iter().any(|ctx| {
            keys.iter()
                .any(|&key| map_event(&press(key), ctx) == Some(Msg::Do(action)))
        });
        assert!(reachable, "no key does {action:?}");
    }
}

#[test]
fn every_table_a_context_tries_is_in_the_help() {
    let listed = every_table();
    for ctx in contexts() {
        for table in ctx.tables() {
            assert!(
                listed.iter().any(|known| std::ptr::eq(*known, table)),
                "{ctx:?} tries a table the help does not list"
            );
        }
    }
}

#[test]
fn every_binding_is_named() {
    for binding in every_table().into_iter().flatten() {
        assert!(!binding.label.is_empty(), "{binding:?}");
        assert!(!binding.description.is_empty(), "{binding:?}");
        assert_eq!(
            binding.keys.is_empty(),
            binding.command == Command::Type,
            "only typing goes without a list of keys: {binding:?}"
        );
    }
}

#[test]
fn the_drawn_help_shows_every_binding_one_a_line() {
    let now = Instant::now();
    let mut app = App::new(Settings::default(), now);
    let clock = crate::kit::Clock { now, unix: 0 };
    app.update(Msg::Resize(250, 200), clock, &mut rand::rng());
    app.update(Msg::Do(Action::ToggleHelp), clock, &mut rand::rng());
    let mut terminal = Terminal::new(TestBackend::new(250, 200)).expect("test terminal");
    terminal
        .draw(|frame| crate::app::view::view(&app, frame))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let rows: Vec<String> = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect();
    for binding in every_table().into_iter().flatten() {
        let alone = rows.iter().any(|row| {
            let words: Vec<&str> = row
                .trim_matches(|c| c == '│' || c == ' ')
                .split("  ")
                .collect();
            let cells: Vec<&str> = words
                .iter()
                .map(|w| w.trim())
                .filter(|w| !w.is_empty())
                .collect();
            cells == [binding.label, binding.description]
        });
        assert!(
            alone,
            "help lacks a line of just {:?} {:?}:\n{}",
            binding.label,
            binding.description,
            rows.join("\n")
        );
    }
}

#[test]
fn typing_and_every_editing_key_reach_a_text_field_and_only_there() {
    use tui_input::InputRequest as R;
    let text = Context {
        screen: Screen::Register,
        table: Screen::Register.keys(),
        focus: FocusKind::Text,
        overlay: None,
    };
    let button = Context {
        focus: FocusKind::Button,
        ..text
    };
    let alt = |c| press((KeyCode::Char(c), KeyModifiers::ALT));
    let ctrl = |c| press((KeyCode::Char(c), KeyModifiers::CONTROL));
    for (event, request) in [
        (alt('b'), R::GoToPrevWord),
        (alt('f'), R::GoToNextWord),
        (ctrl('h'), R::DeletePrevChar),
        (ctrl('w'), R::DeletePrevWord),
        (
            press((KeyCode::Char('x'), KeyModifiers::NONE)),
            R::InsertChar('x'),
        ),
        (
            press((KeyCode::Char('X'), KeyModifiers::SHIFT)),
            R::InsertChar('X'),
        ),
        // AltGr+Q is '@' on a German keyboard, and arrives as Ctrl+Alt.
        (
            press((
                KeyCode::Char('@'),
                KeyModifiers::CONTROL | KeyModifiers::ALT,
            )),
            R::InsertChar('@'),
        ),
    ] {
        assert_eq!(
            map_event(&event, text),
            Some(Msg::Edit(request)),
            "{event:?}"
        );
        assert!(
            !matches!(map_event(&event, button), Some(Msg::Edit(_))),
            "{event:?} edits a button"
        );
    }
}
