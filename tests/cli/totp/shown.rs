//! What a terminal shows of a drawn QR code, as a phone's camera would see it: each cell's
//! two halves dark or light, from the characters, the SGR colours and reverse video, on a
//! dark terminal (light text on black) or a light one (dark text on white); then rqrr decodes
//! it.

/// The terminal's own colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    /// Light text on a dark background: the usual default.
    Dark,
    /// Dark text on a light background.
    Light,
}

/// A colour as the camera sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shade {
    Black,
    White,
}

/// The pen: explicit colours or the terminal's, and reverse video.
#[derive(Clone, Copy, Default)]
struct Pen {
    fg: Option<Shade>,
    bg: Option<Shade>,
    reverse: bool,
}

fn palette(index: &str) -> Shade {
    match index {
        "16" => Shade::Black,
        "231" => Shade::White,
        other => panic!("a QR code drawn in colour {other}, neither black nor white"),
    }
}

fn apply_sgr(pen: &mut Pen, params: &str) {
    let mut parts = params.split(';');
    while let Some(part) = parts.next() {
        match part {
            "" | "0" => *pen = Pen::default(),
            "7" => pen.reverse = true,
            "27" => pen.reverse = false,
            "38" | "48" => {
                assert_eq!(parts.next(), Some("5"), "256-colour form");
                let shade = palette(parts.next().expect("an index"));
                if part == "38" {
                    pen.fg = Some(shade);
                } else {
                    pen.bg = Some(shade);
                }
            }
            other => panic!("unexpected SGR {other:?} in {params:?}"),
        }
    }
}

/// Rows of modules, `true` where the terminal shows black.
pub fn shown(drawing: &str, terminal: Terminal) -> Vec<Vec<bool>> {
    let (default_fg, default_bg) = match terminal {
        Terminal::Dark => (Shade::White, Shade::Black),
        Terminal::Light => (Shade::Black, Shade::White),
    };
    let mut rows = Vec::new();
    let mut pen = Pen::default();
    for line in drawing.lines() {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                assert_eq!(chars.next(), Some('['), "CSI in {line:?}");
                let params: String = chars.by_ref().take_while(|&c| c != 'm').collect();
                apply_sgr(&mut pen, &params);
                continue;
            }
            let (mut fg, mut bg) = (pen.fg.unwrap_or(default_fg), pen.bg.unwrap_or(default_bg));
            if pen.reverse {
                (fg, bg) = (bg, fg);
            }
            let (upper, lower) = match c {
                '█' => (fg, fg),
                '▀' => (fg, bg),
                '▄' => (bg, fg),
                ' ' => (bg, bg),
                other => panic!("unexpected {other:?} in a QR drawing"),
            };
            top.push(upper == Shade::Black);
            bottom.push(lower == Shade::Black);
        }
        rows.push(top);
        rows.push(bottom);
    }
    rows
}

/// The text of the one QR code a camera finds in what the terminal shows, or `None`; the
/// screen around the drawing is the terminal's background.
pub fn decode(drawing: &str, terminal: Terminal) -> Option<String> {
    read(&shown(drawing, terminal), terminal)
}

/// The text of the one QR code a camera finds in `rows` of modules (`true` for black) on
/// `terminal`, or `None`.
pub fn read(rows: &[Vec<bool>], terminal: Terminal) -> Option<String> {
    let around = terminal == Terminal::Dark;
    // Four pixels a module, and a margin of the terminal's background around the drawing.
    const SCALE: usize = 4;
    const MARGIN: usize = 8;
    let width = (rows.iter().map(Vec::len).max().unwrap_or(0) + 2 * MARGIN) * SCALE;
    let height = (rows.len() + 2 * MARGIN) * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let (x, y) = (
            (x / SCALE).checked_sub(MARGIN),
            (y / SCALE).checked_sub(MARGIN),
        );
        let dark = match (x, y) {
            (Some(x), Some(y)) => rows.get(y).and_then(|row| row.get(x)).copied(),
            _ => None,
        };
        if dark.unwrap_or(around) { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    let [grid] = grids.as_slice() else {
        return None;
    };
    grid.decode().ok().map(|(_, content)| content)
}
