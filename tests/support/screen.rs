//! The app drawn by `keysmith::for_tests::view` into ratatui's `TestBackend`, and read back as text.

use keysmith::for_tests::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// One frame of `app` in a new terminal of `width`×`height`.
pub fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| keysmith::for_tests::view(app, frame))
        .expect("draw");
    terminal
}

/// The text of each row of the buffer.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let width = usize::from(buffer.area.width);
    buffer
        .content
        .chunks(width.max(1))
        .map(|cells| cells.iter().map(|cell| cell.symbol()).collect())
        .collect()
}

/// The rows of one frame of `app` at `width`×`height`.
pub fn screen_text(app: &App, width: u16, height: u16) -> Vec<String> {
    rows(draw(app, width, height).backend().buffer())
}

/// Every size from 60×20 to 200×60, in steps that still hit both ends.
pub fn every_size() -> impl Iterator<Item = (u16, u16)> {
    (60..=200)
        .step_by(7)
        .chain([200])
        .flat_map(|w| (20..=60).step_by(5).map(move |h| (w, h)))
}

/// The whole screen at 100×30 as one text, each row ended by a newline.
pub fn text(app: &App) -> String {
    screen_text(app, 100, 30)
        .into_iter()
        .map(|row| row + "\n")
        .collect()
}

/// The run of rows that shows `secret` whole, in order, each row nothing but a piece of it;
/// `None` where no run does. Spaces are left aside, as a space at a row's end does not show.
pub fn secret_rows(rows: &[String], secret: &str) -> Option<Vec<String>> {
    let squeezed = |text: &str| text.split_whitespace().collect::<String>();
    let wanted = squeezed(secret);
    for start in 0..rows.len() {
        let mut shown = String::new();
        for end in start..rows.len() {
            shown.push_str(&squeezed(&rows[end]));
            if shown == wanted {
                return Some(
                    rows[start..=end]
                        .iter()
                        .map(|row| row.trim().to_string())
                        .collect(),
                );
            }
            if shown.is_empty() || !wanted.starts_with(&shown) {
                break;
            }
        }
    }
    None
}
