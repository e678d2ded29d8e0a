//! QR codes of enrolment URIs: the modules from the `qrcode` crate, drawn with half blocks
//! for the terminal (the CLI's `totp new --qr` and the Register screen).

use zeroize::Zeroizing;

/// The modules of one QR code. The URI it encodes holds a secret, so the modules are wiped
/// on drop (the `qrcode` crate's own working copies are not).
#[derive(Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Zeroizing<Vec<bool>>,
}

impl std::fmt::Debug for QrMatrix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrMatrix")
            .field("width", &self.width)
            .finish_non_exhaustive()
    }
}

/// The text does not fit in a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot draw this as a QR code: {0}")]
pub struct QrTooLong(String);

impl QrMatrix {
    /// The QR code of `text` (an enrolment URI), at the lowest error correction, which keeps
    /// it small: a screen does not smudge.
    pub fn encode(text: &str) -> Result<QrMatrix, QrTooLong> {
        // A screen does not smudge: the lowest error correction keeps the code small enough
        // for a terminal.
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L)
            .map_err(|e| QrTooLong(e.to_string()))?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|color| color == qrcode::Color::Dark)
            .collect();
        Ok(QrMatrix {
            width: code.width(),
            dark: Zeroizing::new(dark),
        })
    }

    /// Modules a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code it is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }

    /// Columns and rows the half-block drawing takes, quiet zone included.
    pub fn drawn_size(&self) -> (usize, usize) {
        let full = self.width + 2 * QUIET_ZONE;
        (full, full.div_ceil(2))
    }

    /// The code drawn with half blocks (`█ ▀ ▄`), two rows a line, quiet zone included.
    pub fn half_blocks(&self) -> Zeroizing<String> {
        Zeroizing::new(half_blocks(self.width, |x, y| self.is_dark(x, y)))
    }
}

/// Modules of light margin around the code: ISO/IEC 18004 asks for four.
pub const QUIET_ZONE: usize = 4;

/// Draws a `size`×`size` matrix whose dark modules `is_dark(x, y)` tells, inside the quiet
/// zone, as lines of `█ ▀ ▄` and spaces. Dark modules get the ink: right on a light
/// background, inverted on a dark one (which phone scanners read too).
pub fn half_blocks(size: usize, is_dark: impl Fn(usize, usize) -> bool) -> String {
    let full = size + 2 * QUIET_ZONE;
    let dark = |x: usize, y: usize| {
        let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + size).contains(&v);
        inside(x) && inside(y) && is_dark(x - QUIET_ZONE, y - QUIET_ZONE)
    };
    let mut out = String::with_capacity(full.div_ceil(2) * (full * 3 + 1));
    for top in (0..full).step_by(2) {
        for x in 0..full {
            out.push(match (dark(x, top), dark(x, top + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the drawing back into modules: the inverse of `half_blocks`, by its definition.
    fn read_back(text: &str) -> Vec<Vec<bool>> {
        let mut rows = Vec::new();
        for line in text.lines() {
            let (top, bottom): (Vec<bool>, Vec<bool>) = line
                .chars()
                .map(|c| match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?}"),
                })
                .unzip();
            rows.push(top);
            rows.push(bottom);
        }
        rows
    }

    #[test]
    fn an_encoded_uri_has_the_size_of_its_version_and_a_finder_pattern() {
        let qr =
            QrMatrix::encode("otpauth://totp/keysmith:Ada?secret=GEZDGNBVGY3TQOJQ&issuer=keysmith")
                .expect("fits");
        // Versions are 17 + 4v modules a side.
        assert_eq!((qr.width() - 17) % 4, 0, "{}", qr.width());
        // The top-left finder: a dark 7×7 ring around a light ring around a dark 3×3.
        for i in 0..7 {
            assert!(qr.is_dark(i, 0) && qr.is_dark(0, i) && qr.is_dark(i, 6) && qr.is_dark(6, i));
        }
        assert!(!qr.is_dark(1, 1) && qr.is_dark(3, 3));
        assert!(!qr.is_dark(qr.width(), 0), "outside is light");
        let (cols, rows) = qr.drawn_size();
        let text = qr.half_blocks();
        assert_eq!(text.lines().count(), rows);
        assert!(text.lines().all(|line| line.chars().count() == cols));
    }

    #[test]
    fn every_module_is_drawn_where_it_belongs_inside_the_quiet_zone() {
        // Odd and even sizes, so that the last line's lower half is margin or module.
        for size in [1usize, 2, 5, 21] {
            let pattern = |x: usize, y: usize| (x * 7 + y * 3 + x * y) % 5 < 2;
            let text = half_blocks(size, pattern);
            let rows = read_back(&text);
            let full = size + 2 * QUIET_ZONE;
            assert_eq!(text.lines().count(), full.div_ceil(2), "size {size}");
            for (y, row) in rows.iter().enumerate().take(full) {
                assert_eq!(row.len(), full, "size {size}, row {y}");
                for (x, &dark) in row.iter().enumerate() {
                    let module = x
                        .checked_sub(QUIET_ZONE)
                        .filter(|&x| x < size)
                        .zip(y.checked_sub(QUIET_ZONE).filter(|&y| y < size));
                    let expected = module.is_some_and(|(mx, my)| pattern(mx, my));
                    assert_eq!(dark, expected, "size {size}, ({x}, {y})");
                }
            }
            // A row past the end (odd heights) is margin.
            assert!(rows.iter().skip(full).flatten().all(|&dark| !dark));
        }
    }
}
