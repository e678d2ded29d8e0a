//! The terminal's owner: set-up and restore, the event loop, signals, and effects.

use std::io::{self, stdout};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use color_eyre::eyre::{Result, WrapErr};
use crossterm::cursor::Show;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::app::keys::{self, Context};
use crate::app::{App, Effect, Msg, Settings};
use crate::secret::strength;
use crate::{clipboard, ui};

/// Everything the loop waits on, from one channel.
enum Input {
    Terminal(Event),
    Signal,
    ReadFailed(io::Error),
}

pub fn run(settings: Settings) -> Result<()> {
    // zxcvbn's dictionaries take a moment to load: do it away from the first frame.
    thread::spawn(strength::warm_up);
    let (tx, rx) = mpsc::channel();
    let signals = Signals::new([SIGTERM, SIGHUP, SIGINT]).wrap_err("install signal handlers")?;
    let signals_handle = signals.handle();
    forward_signals(signals, tx.clone());
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(error) => {
            // Raw mode may be on even though the rest failed.
            ratatui::restore();
            return Err(error).wrap_err("set up the terminal");
        }
    };
    restore_paste_on_panic();
    // crossterm starts listening for SIGWINCH on its first poll; do it before the first
    // frame so a resize that comes at once is not lost.
    let _ = event::poll(Duration::ZERO);
    let outcome = execute!(stdout(), EnableBracketedPaste)
        .wrap_err("enable bracketed paste")
        .and_then(|()| {
            forward_terminal_events(tx);
            event_loop(&mut terminal, settings, &rx)
        });
    signals_handle.close();
    let restored = execute!(stdout(), DisableBracketedPaste, Show)
        .and_then(|()| ratatui::try_restore())
        .wrap_err("restore the terminal");
    outcome.and(restored)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    settings: Settings,
    rx: &Receiver<Input>,
) -> Result<()> {
    let mut app = App::new(settings, Instant::now());
    let mut rng = rand::rng();
    if let Ok(size) = terminal.size() {
        app.update(
            Msg::Resize(size.width, size.height),
            Instant::now(),
            &mut rng,
        );
    }
    loop {
        terminal
            .draw(|frame| ui::view(&app, frame))
            .wrap_err("draw")?;
        // Block until input comes; wake on a timer only while a countdown is live.
        let input = match app.next_wakeup() {
            Some(at) => match rx.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(input) => Some(input),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            },
            None => match rx.recv() {
                Ok(input) => Some(input),
                Err(_) => return Ok(()),
            },
        };
        let msg = match input {
            None => Msg::Tick,
            Some(Input::Signal) => return Ok(()),
            Some(Input::ReadFailed(error)) => return Err(error).wrap_err("read the terminal"),
            Some(Input::Terminal(Event::Resize(columns, rows))) => Msg::Resize(columns, rows),
            Some(Input::Terminal(event)) => {
                match keys::map_event(&event, Context::of(&app)) {
                    Some(msg) => msg,
                    // A resize or an unbound key: redraw at once, nothing else.
                    None => continue,
                }
            }
        };
        app.set_wall_clock(unix_now());
        for effect in app.update(msg, Instant::now(), &mut rng) {
            match effect {
                // Exit statuses are the runtime's, in the next change.
                Effect::Quit | Effect::Interrupt => return Ok(()),
                Effect::Suspend => {}
                Effect::Copy(secret) => {
                    clipboard::copy(&mut stdout(), &secret).wrap_err("copy to the clipboard")?
                }
                Effect::ClearClipboard => {
                    clipboard::clear(&mut stdout()).wrap_err("clear the clipboard")?
                }
            }
        }
    }
}

/// Seconds since the epoch; 0 for a clock set before 1970, which no code would match anyway.
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

fn forward_terminal_events(tx: Sender<Input>) {
    thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(event) => Input::Terminal(event),
                Err(error) => Input::ReadFailed(error),
            };
            let failed = matches!(input, Input::ReadFailed(_));
            if tx.send(input).is_err() || failed {
                return;
            }
        }
    });
}

/// SIGTERM, SIGHUP and SIGINT end the loop like a quit, so the terminal is restored.
fn forward_signals(mut signals: Signals, tx: Sender<Input>) {
    thread::spawn(move || {
        for _ in signals.forever() {
            if tx.send(Input::Signal).is_err() {
                return;
            }
        }
    });
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
