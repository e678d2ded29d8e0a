//! The tables' own rules: no binding hides another, every action has a key, help lists all.

use std::time::Instant;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
};
use tui_input::InputRequest as R;

use super::context::Covered;
use super::tables::{Os, all_tables};
use super::*;
use crate::app::{App, DialogAction, Global, HelpAction};
use crate::kit::FocusKind;
use crate::kit::Settings;
use crate::kit::keys::Key;
use crate::kit::keys::{FieldKey, Listed, Nav};
use crate::screens::Screen;
use crate::screens::{ScreenAction, password, register};

const FOCUS_KINDS: [FocusKind; 9] = [
    FocusKind::Text,
    FocusKind::Completing,
    FocusKind::SubmitText,
    FocusKind::Choice,
    FocusKind::Radio,
    FocusKind::Button,
    FocusKind::Menu,
    FocusKind::Toggle,
    FocusKind::Output,
];

/// Every context a user can be in: each screen, mode, focus and overlay.
fn contexts() -> Vec<Context> {
    let mut app = App::new(Settings::default(), Instant::now());
    let mut contexts = Vec::new();
    for &screen in Screen::ALL {
        app.screen = screen;
        let mut modes = vec![app.screens.tables_now(screen)];
        if screen == Screen::Password {
            app.screens.password.mode = keysmith_core::Kind::Passphrase;
            modes.push(app.screens.tables_now(screen));
            app.screens.password.mode = keysmith_core::Kind::Password;
        }
        let modals: Vec<Option<Covered>> = screen
            .modals()
            .into_iter()
            .map(|(table, typing)| Some(Covered::Screen { table, typing }))
            .collect();
        for tables in modes {
            for focus in FOCUS_KINDS {
                let overlays = [None, Some(Covered::Help), Some(Covered::Dialog)];
                for overlay in overlays.into_iter().chain(modals.iter().copied()) {
                    contexts.push(Context {
                        screen,
                        tables: tables.clone(),
                        focus,
                        overlay,
                    });
                }
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

fn every_table() -> Vec<Vec<&'static dyn Listed>> {
    all_tables(Os::HOST)
        .into_iter()
        .map(|(_, table)| table)
        .collect()
}

#[test]
fn no_binding_shadows_another_in_its_table() {
    for table in every_table() {
        for (i, first) in table.iter().enumerate() {
            for later in &table[i + 1..] {
                let shared_key = first.keys().iter().find(|key| later.keys().contains(key));
                let shared_focus = FOCUS_KINDS
                    .into_iter()
                    .find(|&focus| first.place().applies(focus) && later.place().applies(focus));
                assert!(
                    shared_key.is_none() || shared_focus.is_none(),
                    "{:?} is bound twice where {shared_focus:?} has focus: {} {} and {} {}",
                    shared_key,
                    first.label(),
                    first.description(),
                    later.label(),
                    later.description()
                );
            }
        }
    }
}

/// Every message a key can send, in every context; compared by their `Debug` text, as
/// messages carrying results have no equality.
fn reachable() -> Vec<String> {
    let keys: Vec<Key> = every_table()
        .into_iter()
        .flatten()
        .flat_map(|binding| binding.keys().iter().copied())
        .chain([(KeyCode::Char('x'), KeyModifiers::NONE)])
        .collect();
    let mut sent = Vec::new();
    for ctx in contexts() {
        for &key in &keys {
            if let Some(msg) = map_event(&press(key), &ctx) {
                let text = format!("{msg:?}");
                if !sent.contains(&text) {
                    sent.push(text);
                }
            }
        }
    }
    sent
}

#[test]
fn every_action_of_every_context_has_a_key() {
    let mut every: Vec<AppMsg> = vec![
        Global::ToggleHelp.into(),
        Global::Quit.into(),
        Global::Interrupt.into(),
        DialogAction::Close.into(),
        Nav::Next.into(),
        Nav::Previous.into(),
        FieldKey::PreviousChoice.into(),
        FieldKey::NextChoice.into(),
        FieldKey::Pick.into(),
        FieldKey::PickAndGoOn.into(),
        FieldKey::Flip.into(),
        FieldKey::Edit(R::InsertChar('x')).into(),
        FieldKey::AcceptCompletion.into(),
    ];
    // Suspend is Unix's: Windows has no job control.
    if Os::HOST == Os::Unix {
        every.push(Global::Suspend.into());
    }
    every.extend(
        Screen::ALL
            .iter()
            .map(|&screen| Global::Show(screen).into()),
    );
    every.extend(HelpAction::ALL.map(AppMsg::from));
    every.extend(
        register::Action::every()
            .into_iter()
            .map(|action| AppMsg::from(ScreenAction::from(action))),
    );
    every.extend(
        password::Action::every()
            .into_iter()
            .map(|action| AppMsg::from(ScreenAction::from(action))),
    );
    let reachable = reachable();
    for msg in every {
        let text = format!("{msg:?}");
        assert!(reachable.contains(&text), "no key sends {text}");
    }
}

#[test]
fn every_table_a_context_tries_is_in_the_help() {
    let listed = every_table();
    for ctx in contexts() {
        for table in ctx.tables() {
            let bindings = table.listed();
            let known = listed.iter().any(|known| {
                known.len() == bindings.len()
                    && known.iter().zip(&bindings).all(|(a, b)| {
                        std::ptr::addr_eq(*a as *const dyn Listed, *b as *const dyn Listed)
                    })
            });
            assert!(known, "{ctx:?} tries a table the help does not list");
        }
    }
}

#[test]
fn every_binding_is_named() {
    for binding in every_table().into_iter().flatten() {
        assert!(!binding.label().is_empty(), "{}", binding.description());
        assert!(!binding.description().is_empty(), "{}", binding.label());
        assert_eq!(
            binding.keys().is_empty(),
            binding.is_typing(),
            "only typing goes without a list of keys: {}",
            binding.label()
        );
    }
}

#[test]
fn typing_and_every_editing_key_reach_a_text_field_and_only_there() {
    let text = Context {
        screen: Screen::Register,
        tables: App::new(Settings::default(), Instant::now())
            .screens
            .tables_now(Screen::Register),
        focus: FocusKind::Text,
        overlay: None,
    };
    let button = Context {
        focus: FocusKind::Button,
        ..text.clone()
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
            format!("{:?}", map_event(&event, &text)),
            format!("{:?}", Some(AppMsg::from(FieldKey::Edit(request)))),
            "{event:?}"
        );
        assert!(
            !matches!(
                map_event(&event, &button),
                Some(AppMsg::Screen(Input::Field(FieldKey::Edit(_))))
            ),
            "{event:?} edits a button"
        );
    }
}
