//! Every screen and overlay, drawn in colour at 80×24 under each theme, reads on the terminals
//! that theme is for: the dark theme on a dark terminal (`#d0d0d0` on `#1c1c1c`), the light
//! one on a light terminal (`#1c1c1c` on `#ffffff`), and the styles for an unknown background
//! on both. Each cell's WCAG contrast between its text and what is behind it is at least 4.5:1
//! (3:1 for borders), and no cell sets a background without a foreground. The worst cell of
//! each theme and terminal is printed (`cargo test --test tui contrast -- --nocapture`).

mod states;
mod wcag;

use keysmith::for_tests::{Background, Palette, Settings};
use ratatui::style::Color;

use crate::support::screen::draw;
use wcag::{DARK, LIGHT, Terminal, contrast, is_border, shown};

/// Each theme, and the terminals it must read on.
const THEMES: [(Background, &[Terminal]); 3] = [
    (Background::Dark, &[DARK]),
    (Background::Light, &[LIGHT]),
    (Background::Unknown, &[DARK, LIGHT]),
];

/// The least contrast seen, and where.
struct Worst(Option<(f64, String)>);

impl Worst {
    fn see(&mut self, ratio: f64, at: impl FnOnce() -> String) {
        if self.0.as_ref().is_none_or(|(least, _)| ratio < *least) {
            self.0 = Some((ratio, at()));
        }
    }
}

#[test]
fn every_cell_reads_on_the_terminals_its_theme_is_for() {
    for (background, terminals) in THEMES {
        for terminal in terminals {
            let mut worst = Worst(None);
            for palette in [Palette::TrueColor, Palette::Indexed256] {
                let settings = Settings {
                    background,
                    palette,
                    ..Settings::default()
                };
                for (state, d) in states::all(settings) {
                    let drawn = draw(&d.app, 80, 24);
                    let buffer = drawn.backend().buffer();
                    for (i, cell) in buffer.content().iter().enumerate() {
                        let symbol = cell.symbol();
                        assert!(
                            cell.bg == Color::Reset || cell.fg != Color::Reset,
                            "{state}: cell {i} ({symbol:?}) sets a background and no foreground"
                        );
                        if symbol.trim().is_empty() {
                            continue;
                        }
                        let (fg, bg) = shown(cell, terminal);
                        let ratio = contrast(fg, bg);
                        let needed = if is_border(symbol) { 3.0 } else { 4.5 };
                        let at = || {
                            format!(
                                "{state} {palette:?} ({}, {}) {symbol:?} {fg:02x?} on {bg:02x?}: \
                                 {ratio:.2}:1",
                                i % 80,
                                i / 80
                            )
                        };
                        assert!(
                            ratio >= needed,
                            "{background:?} theme on a {} terminal: {}",
                            terminal.name,
                            at()
                        );
                        worst.see(ratio, at);
                    }
                }
            }
            let (_, at) = worst.0.expect("some text was drawn");
            eprintln!(
                "worst cell, {background:?} theme on a {} terminal: {at}",
                terminal.name
            );
        }
    }
}
