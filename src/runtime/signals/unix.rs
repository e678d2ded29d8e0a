//! Unix: the signals the TUI answers, read on a thread of their own and handed to the loop,
//! and the job control a shell expects (Ctrl+Z, `fg`).

use std::io;
use std::thread;

use signal_hook::consts::{
    SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU, SIGXFSZ,
};
use signal_hook::iterator::{Handle, Signals};

use super::signal::Signal;

/// Whether Ctrl+Z can suspend: shells stop and continue jobs.
pub const CAN_STOP: bool = true;

/// The status after Ctrl+C or SIGINT, as a shell reports a job ended by SIGINT.
pub const INTERRUPTED: i32 = 128 + SIGINT;
/// The status after SIGHUP.
pub const HUNG_UP: i32 = 128 + SIGHUP;
/// The status after SIGTERM.
pub const TERMINATED: i32 = 128 + SIGTERM;

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

/// Signals with their handlers in place, kept until `start` hands them on.
pub struct Installed {
    signals: Signals,
    forward: Box<dyn Fn(Signal) -> bool + Send>,
}

/// Installs the handlers: from here a signal that comes is kept for `forward`, not acted on
/// as its default would.
pub fn install(forward: impl Fn(Signal) -> bool + Send + 'static) -> io::Result<Installed> {
    let signals = Signals::new(HANDLED.map(|(number, _)| number))?;
    Ok(Installed {
        signals,
        forward: Box::new(forward),
    })
}

impl Installed {
    /// What ends the handing on.
    pub fn handle(&self) -> Handle {
        self.signals.handle()
    }

    /// Calls `forward` on a thread of its own with each signal that came or comes, until it
    /// returns `false` or the handle is closed. Fails where the OS starts no thread.
    pub fn start(self) -> io::Result<()> {
        let Installed {
            mut signals,
            forward,
        } = self;
        thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                for number in signals.forever() {
                    let Some(&(_, signal)) = HANDLED.iter().find(|(n, _)| *n == number) else {
                        continue;
                    };
                    if !forward(signal) {
                        return;
                    }
                }
            })?;
        Ok(())
    }
}

/// Stops like any shell job, until SIGCONT. SIGTSTP has our handler, so its default (stop)
/// is raised as SIGSTOP.
pub fn stop() -> io::Result<()> {
    signal_hook::low_level::emulate_default_handler(SIGTSTP)
}
