//! WCAG 2 contrast of what a cell shows on a terminal whose own colours are known: the
//! terminal's 16 colours are taken as xterm's defaults, the 256 palette's cube and greys as
//! xterm computes them.

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

pub(super) type Rgb = [u8; 3];

/// A terminal's own colours, which `Color::Reset` stands for.
#[derive(Clone, Copy)]
pub(super) struct Terminal {
    pub(super) name: &'static str,
    pub(super) fg: Rgb,
    pub(super) bg: Rgb,
}

pub(super) const DARK: Terminal = Terminal {
    name: "dark",
    fg: [0xd0; 3],
    bg: [0x1c; 3],
};
pub(super) const LIGHT: Terminal = Terminal {
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

pub(super) fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colours a cell shows on `terminal`: reverse video swaps them.
pub(super) fn shown(cell: &Cell, terminal: &Terminal) -> (Rgb, Rgb) {
    let fg = rgb(cell.fg, terminal.fg);
    let bg = rgb(cell.bg, terminal.bg);
    if cell.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

pub(super) fn is_border(symbol: &str) -> bool {
    symbol
        .chars()
        .all(|c| ('\u{2500}'..='\u{257f}').contains(&c))
}
