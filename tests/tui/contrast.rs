//! Every screen and overlay, drawn in colour at 80×24, reads on a dark terminal (`#d0d0d0` on
//! `#1c1c1c`) and on a light one (`#1c1c1c` on `#ffffff`): each cell's WCAG contrast between
//! its text and what is behind it is at least 4.5:1 (3:1 for borders), and no cell sets a
//! background without a foreground. The terminal's 16 colours are taken as xterm's defaults.

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

use crate::render::{State, build};
use crate::support::screen::draw;

type Rgb = [u8; 3];

/// A terminal's own colours, which `Color::Reset` stands for.
struct Terminal {
    name: &'static str,
    fg: Rgb,
    bg: Rgb,
}

const DARK: Terminal = Terminal {
    name: "dark",
    fg: [0xd0; 3],
    bg: [0x1c; 3],
};
const LIGHT: Terminal = Terminal {
    name: "light",
    fg: [0x1c; 3],
    bg: [0xff; 3],
};

/// xterm's first 16 colours.
const ANSI: [Rgb; 16] = [
    [0x00, 0x00, 0x00],
    [0xcd, 0x00, 0x00],
    [0x00, 0xcd, 0x00],
    [0xcd, 0xcd, 0x00],
    [0x00, 0x00, 0xee],
    [0xcd, 0x00, 0xcd],
    [0x00, 0xcd, 0xcd],
    [0xe5, 0xe5, 0xe5],
    [0x7f, 0x7f, 0x7f],
    [0xff, 0x00, 0x00],
    [0x00, 0xff, 0x00],
    [0xff, 0xff, 0x00],
    [0x5c, 0x5c, 0xff],
    [0xff, 0x00, 0xff],
    [0x00, 0xff, 0xff],
    [0xff, 0xff, 0xff],
];

fn indexed(index: u8) -> Rgb {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match index {
        0..=15 => ANSI[usize::from(index)],
        16..=231 => {
            let n = index - 16;
            let level = |step: u8| LEVELS[usize::from(step)];
            [level(n / 36), level(n / 6 % 6), level(n % 6)]
        }
        _ => [8 + 10 * (index - 232); 3],
    }
}

fn rgb(color: Color, default: Rgb) -> Rgb {
    match color {
        Color::Reset => default,
        Color::Rgb(r, g, b) => [r, g, b],
        Color::Indexed(index) => indexed(index),
        Color::Black => ANSI[0],
        Color::Red => ANSI[1],
        Color::Green => ANSI[2],
        Color::Yellow => ANSI[3],
        Color::Blue => ANSI[4],
        Color::Magenta => ANSI[5],
        Color::Cyan => ANSI[6],
        Color::Gray => ANSI[7],
        Color::DarkGray => ANSI[8],
        Color::LightRed => ANSI[9],
        Color::LightGreen => ANSI[10],
        Color::LightYellow => ANSI[11],
        Color::LightBlue => ANSI[12],
        Color::LightMagenta => ANSI[13],
        Color::LightCyan => ANSI[14],
        Color::White => ANSI[15],
    }
}

/// WCAG 2's relative luminance.
fn luminance([r, g, b]: Rgb) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colours a cell shows on `terminal`: reverse video swaps them.
fn shown(cell: &Cell, terminal: &Terminal) -> (Rgb, Rgb) {
    let fg = rgb(cell.fg, terminal.fg);
    let bg = rgb(cell.bg, terminal.bg);
    if cell.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

fn is_border(symbol: &str) -> bool {
    symbol
        .chars()
        .all(|c| ('\u{2500}'..='\u{257f}').contains(&c))
}

#[test]
fn every_cell_reads_on_dark_and_light_terminals() {
    for terminal in [DARK, LIGHT] {
        let mut worst: Option<(f64, String)> = None;
        for state in State::ALL {
            let d = build(state, true);
            let drawn = draw(&d.app, 80, 24);
            let buffer = drawn.backend().buffer();
            for (i, cell) in buffer.content().iter().enumerate() {
                let symbol = cell.symbol();
                assert!(
                    cell.bg == Color::Reset || cell.fg != Color::Reset,
                    "{state:?}: cell {i} ({symbol:?}) sets a background and no foreground"
                );
                if symbol.trim().is_empty() {
                    continue;
                }
                let (fg, bg) = shown(cell, &terminal);
                let ratio = contrast(fg, bg);
                let needed = if is_border(symbol) { 3.0 } else { 4.5 };
                let at = format!(
                    "{state:?} ({}, {}) {symbol:?} {fg:02x?} on {bg:02x?}: {ratio:.2}:1",
                    i % 80,
                    i / 80
                );
                assert!(ratio >= needed, "on a {} terminal, {at}", terminal.name);
                if worst.as_ref().is_none_or(|(least, _)| ratio < *least) {
                    worst = Some((ratio, at));
                }
            }
        }
        if let Some((_, at)) = worst {
            eprintln!("worst cell on a {} terminal: {at}", terminal.name);
        }
    }
}
