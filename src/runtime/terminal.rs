//! The terminal's modes: entered at start, left at the end, and left and entered again around
//! a suspend. Raw mode, the alternate screen, bracketed paste and the cursor go together.

use std::io::{self, stdout};

use crossterm::cursor::Show;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;

use super::signals;

pub fn enter() -> io::Result<DefaultTerminal> {
    let terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(error) => {
            // Raw mode may be on even though the rest failed.
            ratatui::restore();
            return Err(error);
        }
    };
    restore_paste_on_panic();
    execute!(stdout(), EnableBracketedPaste)?;
    Ok(terminal)
}

/// Gives the terminal back as it was found.
pub fn leave() -> io::Result<()> {
    execute!(stdout(), DisableBracketedPaste, LeaveAlternateScreen, Show)?;
    disable_raw_mode()
}

/// Ctrl+Z or SIGTSTP: gives the terminal back, stops like any shell job, and takes the
/// terminal again once continued (`fg`), drawn anew. Where there is no job control
/// (Windows) it does nothing.
pub fn suspend(terminal: &mut DefaultTerminal) -> io::Result<()> {
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
pub fn resume(terminal: &mut DefaultTerminal) -> io::Result<()> {
    // The shell may have set its own modes meanwhile: off, then on, saves those and goes raw.
    disable_raw_mode()?;
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    // `resize` clears without asking the terminal where its cursor is (which `clear` does,
    // and which would wait on the event reader thread's lock).
    let area = terminal.size()?.into();
    terminal.resize(area)
}

/// ratatui's own hook restores raw mode and the screen on a panic; paste mode and the
/// cursor are ours.
fn restore_paste_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste, Show);
        previous(info);
    }));
}
