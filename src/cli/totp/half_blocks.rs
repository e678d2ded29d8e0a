//! A QR code as text: two rows of modules per line, with Unicode half blocks.

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
