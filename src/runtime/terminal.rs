//! The terminal's modes: entered at start, left at the end, and left and entered again around
//! a suspend. Raw mode, the alternate screen, bracketed paste and the cursor go together.

use std::io::{self, stdout};

use crossterm::cursor::Show;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{execute, queue};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::signals;
use crate::wipe::WipedStdout;

/// The screen the program draws on: frames go out through a buffer wiped once written.
pub type Screen = Terminal<CrosstermBackend<WipedStdout>>;

pub fn enter() -> io::Result<Screen> {
    restore_on_panic();
    // The screen and paste modes go out with the first frame, in its write.
    let entered = enable_raw_mode()
        .and_then(|()| WipedStdout::new())
        .and_then(|mut out| {
            queue!(out, EnterAlternateScreen, EnableBracketedPaste)?;
            Terminal::new(CrosstermBackend::new(out))
        });
    if entered.is_err() {
        // Raw mode may be on even though the rest failed.
        ratatui::restore();
    }
    entered
}

/// Gives the terminal back as it was found.
pub fn leave() -> io::Result<()> {
    execute!(stdout(), DisableBracketedPaste, LeaveAlternateScreen, Show)?;
    disable_raw_mode()
}

/// Ctrl+Z or SIGTSTP: gives the terminal back, stops like any shell job, and takes the
/// terminal again once continued (`fg`), drawn anew. Where there is no job control
/// (Windows) it does nothing.
pub fn suspend(terminal: &mut Screen) -> io::Result<()> {
    if !signals::CAN_STOP {
        return Ok(());
    }
    leave()?;
    // Returns once continued.
    signals::stop()?;
    resume(terminal)
}

/// Takes the terminal again after a stop, whether ours or a SIGSTOP from outside, and clears
/// it so that the next frame is drawn whole. Doing it twice does no harm.
pub fn resume(terminal: &mut Screen) -> io::Result<()> {
    // The shell may have set its own modes meanwhile: off, then on, saves those and goes raw.
    disable_raw_mode()?;
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    // `resize` clears without asking the terminal where its cursor is (which `clear` does,
    // and which would wait on the event reader thread's lock).
    let area = terminal.size()?.into();
    terminal.resize(area)
}

/// A panic gives the terminal back (raw mode, the screen, paste mode and the cursor) before
/// the message is printed.
fn restore_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste, Show);
        ratatui::restore();
        previous(info);
    }));
}
