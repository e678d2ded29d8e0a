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

/// The whole screen at 100×30 as one text, each row ended by a newline.
pub fn text(app: &App) -> String {
    screen_text(app, 100, 30)
        .into_iter()
        .map(|row| row + "\n")
        .collect()
}
