//! The help drawn from the tables: every binding on a line of its own, each key once under
//! a heading, the program's keys first and the help's own last.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::help::{HelpLine, help_lines, sections};
use super::tables::{Os, all_tables};
use crate::app::{App, AppMsg, Global};
use crate::kit::Settings;
use crate::kit::keys::Listed;

fn every_table() -> Vec<Vec<&'static dyn Listed>> {
    all_tables(Os::HOST)
        .into_iter()
        .map(|(_, table)| table)
        .collect()
}

#[test]
fn the_drawn_help_shows_every_binding_one_a_line() {
    let now = Instant::now();
    let mut app = App::new(Settings::default(), now);
    let clock = crate::kit::Clock { now, unix: 0 };
    app.update(AppMsg::Resize(250, 200), clock, &mut rand::rng());
    app.update(Global::ToggleHelp, clock, &mut rand::rng());
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
        let (label, description) = (binding.label(), binding.description());
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
            cells == [label.as_str(), description]
        });
        assert!(
            alone,
            "help lacks a line of just {label:?} {description:?}:\n{}",
            rows.join("\n")
        );
    }
}

#[test]
fn under_each_heading_the_help_names_a_key_once() {
    let mut heading = String::new();
    let mut labels: Vec<String> = Vec::new();
    for line in help_lines() {
        match line {
            HelpLine::Heading(text) => {
                heading.clone_from(text);
                labels.clear();
            }
            HelpLine::Entry { label, .. } => {
                assert!(
                    !labels.contains(label),
                    "{label} is listed twice under {heading:?}"
                );
                labels.push(label.clone());
            }
            HelpLine::Blank => {}
        }
    }
}

#[test]
fn the_help_opens_with_the_programs_keys_and_ends_with_its_own() {
    let headings: Vec<&str> = help_lines()
        .iter()
        .filter_map(|line| match line {
            HelpLine::Heading(text) => Some(text.as_str()),
            HelpLine::Entry { .. } | HelpLine::Blank => None,
        })
        .collect();
    assert_eq!(headings.first(), Some(&"Anywhere"), "{headings:?}");
    assert_eq!(headings.last(), Some(&"In this help"), "{headings:?}");
}

/// Windows has no job control: its help offers no Ctrl+Z to suspend, where Unix's does.
#[test]
fn ctrl_z_is_in_the_help_only_where_the_os_can_suspend() {
    let labels = |os| -> Vec<String> {
        sections(os)
            .into_iter()
            .flat_map(|(_, bindings)| bindings)
            .map(|binding| binding.label())
            .collect()
    };
    assert!(labels(Os::Unix).contains(&"Ctrl+Z".to_owned()));
    let windows = labels(Os::Windows);
    assert!(
        !windows.iter().any(|label| label.contains("Ctrl+Z")),
        "{windows:?}"
    );
    assert!(windows.contains(&"Ctrl+Q".to_owned()), "{windows:?}");
}
