//! The QR code on the command line: black modules on a white quiet zone in explicit colours
//! where colour is allowed, so that it scans on a dark and on a light terminal alike;
//! otherwise drawn for the background `--qr-style` names.

use std::io::IsTerminal;

use clap::ValueEnum;
use zeroize::Zeroizing;

use keysmith_core::qr::{QUIET_ZONE, QrMatrix, half_blocks};

/// How the QR code is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QrStyle {
    /// Colours on a terminal that allows them; otherwise dark modules as ink (`light`).
    Auto,
    /// Explicit black modules on a white quiet zone, whatever the output is.
    Color,
    /// For a dark terminal without colours: the light modules and the quiet zone are ink.
    Dark,
    /// For a light terminal without colours: the dark modules are ink.
    Light,
}

/// Black text on a white background, as 256-colour indices (16 and 231 are pure black and
/// white in every palette; the first 16 colours are themed and may be neither).
const BLACK_ON_WHITE: &str = "\x1b[38;5;16;48;5;231m";
const RESET: &str = "\x1b[0m";

impl QrStyle {
    /// The style `Auto` stands for here: colours only to a terminal that allows them.
    fn resolved(self) -> Self {
        match self {
            Self::Auto if colour_allowed() && std::io::stdout().is_terminal() => Self::Color,
            Self::Auto => {
                if std::io::stdout().is_terminal() {
                    eprintln!(
                        "keysmith: the QR code is drawn for a light background (no colours); \
                         on a dark terminal give --qr-style dark"
                    );
                }
                Self::Light
            }
            chosen => chosen,
        }
    }
}

fn colour_allowed() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    !no_color && !dumb
}

/// The drawing of `qr`, quiet zone included, one line of text per two rows of modules.
pub fn draw(qr: &QrMatrix, style: QrStyle) -> Zeroizing<String> {
    match style.resolved() {
        Style::Color | Style::Auto => {
            let plain = qr.half_blocks();
            let mut out = Zeroizing::new(String::with_capacity(plain.len() * 2));
            for line in plain.lines() {
                out.push_str(BLACK_ON_WHITE);
                out.push_str(line);
                out.push_str(RESET);
                out.push('\n');
            }
            out
        }
        Style::Light => qr.half_blocks(),
        Style::Dark => {
            // Ink where the code is light, quiet zone included: drawn over a matrix that
            // takes the quiet zone in as light modules and has no margin of its own.
            let full = qr.width() + 2 * QUIET_ZONE;
            let light = |x: usize, y: usize| {
                let module = |v: usize| v.checked_sub(QUIET_ZONE).filter(|&v| v < qr.width());
                !matches!((module(x), module(y)), (Some(mx), Some(my)) if qr.is_dark(mx, my))
            };
            let with_margin = half_blocks(full, light);
            // Drop the extra margin half_blocks adds: QUIET_ZONE columns each side, and the
            // QUIET_ZONE / 2 lines above and below.
            let lines = with_margin
                .lines()
                .skip(QUIET_ZONE / 2)
                .take(full.div_ceil(2));
            let mut out = Zeroizing::new(String::with_capacity(with_margin.len()));
            for line in lines {
                out.extend(line.chars().skip(QUIET_ZONE).take(full));
                out.push('\n');
            }
            out
        }
    }
}

use QrStyle as Style;
