//! The signals the TUI answers, read on a thread of their own and handed to the loop.

use std::io;
use std::thread;

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use signal_hook::iterator::{Handle, Signals};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT: ends as Ctrl+C does.
    Interrupt,
    /// SIGTERM.
    Terminate,
    /// SIGHUP: the terminal went away.
    HangUp,
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl+Z does.
    Stop,
    /// SIGCONT: back from a stop, whoever stopped it.
    Continue,
}

const HANDLED: [(i32, Signal); 5] = [
    (SIGINT, Signal::Interrupt),
    (SIGTERM, Signal::Terminate),
    (SIGHUP, Signal::HangUp),
    (SIGTSTP, Signal::Stop),
    (SIGCONT, Signal::Continue),
];

/// Calls `forward` on a thread of its own with each signal that comes, until it returns
/// `false` or the handle is closed.
pub fn listen(forward: impl Fn(Signal) -> bool + Send + 'static) -> io::Result<Handle> {
    let mut signals = Signals::new(HANDLED.map(|(number, _)| number))?;
    let handle = signals.handle();
    thread::spawn(move || {
        for number in signals.forever() {
            let Some(&(_, signal)) = HANDLED.iter().find(|(n, _)| *n == number) else {
                continue;
            };
            if !forward(signal) {
                return;
            }
        }
    });
    Ok(handle)
}
