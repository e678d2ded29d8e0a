//! The signals the TUI answers, read on a thread of their own and handed to the loop.

use std::io;
use std::thread;

use signal_hook::consts::{
    SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU, SIGXFSZ,
};
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
    /// Any other signal whose default would end the program on the spot, leaving the
    /// terminal raw and a copied secret on the clipboard (SIGQUIT, SIGUSR1, SIGALRM, …): it
    /// ends as quitting does, with status 128 + its number, as a shell reports it.
    Ending(i32),
}

const HANDLED: [(i32, Signal); 13] = [
    (SIGINT, Signal::Interrupt),
    (SIGTERM, Signal::Terminate),
    (SIGHUP, Signal::HangUp),
    (SIGTSTP, Signal::Stop),
    (SIGCONT, Signal::Continue),
    (SIGQUIT, Signal::Ending(SIGQUIT)),
    (SIGUSR1, Signal::Ending(SIGUSR1)),
    (SIGUSR2, Signal::Ending(SIGUSR2)),
    (SIGALRM, Signal::Ending(SIGALRM)),
    (SIGVTALRM, Signal::Ending(SIGVTALRM)),
    (SIGPROF, Signal::Ending(SIGPROF)),
    (SIGXCPU, Signal::Ending(SIGXCPU)),
    (SIGXFSZ, Signal::Ending(SIGXFSZ)),
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
