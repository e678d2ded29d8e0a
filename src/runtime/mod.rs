//! The terminal's owner: set-up and restore, the event loop, signals, suspend, and effects.

pub mod background;
mod hangup;
mod harden;
pub(crate) mod signals;
pub mod store;
mod terminal;

/// Also for the `--clip` holder, which keeps a secret in memory while it holds the copy.
pub use harden::apply as harden;

use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use color_eyre::eyre::{Result, WrapErr};
use crossterm::event::{self, Event};

use crate::app::Global;
use crate::app::keys::{self, Context};
use crate::app::view;
use crate::app::{App, AppMsg, Effect};
use crate::clipboard::{Clipboard, Place};
use crate::config::Startup;
use crate::kit::{Clock, Settings};
use crate::wipe;
use keysmith_core::strength;
use signals::Signal;
use store::Store;

/// How the TUI ended, which is its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Ctrl+Q: 0.
    Quit,
    /// Ctrl+C or SIGINT: 130, as a shell reports a job ended by SIGINT; on Windows, Ctrl+C or
    /// Ctrl+Break, with the status Windows gives a program Ctrl+C ended.
    Interrupted,
    /// SIGTERM: 143.
    Terminated,
    /// SIGHUP: 129; on Windows, the console closing.
    HungUp,
    /// Another signal whose default ends a process: 128 + its number.
    Signalled(i32),
}

impl Exit {
    /// The process's exit status: a byte on Unix, 32 bits on Windows.
    pub fn code(self) -> i32 {
        match self {
            Exit::Quit => 0,
            Exit::Interrupted => signals::INTERRUPTED,
            Exit::Terminated => signals::TERMINATED,
            Exit::HungUp => signals::HUNG_UP,
            Exit::Signalled(number) => number.checked_add(128).unwrap_or(i32::from(u8::MAX)),
        }
    }
}

/// Everything the loop waits on, from one channel.
enum Input {
    Terminal(Event),
    Signal(Signal),
    ReadFailed(io::Error),
}

/// Runs the TUI; `store` and `startup` are what `store::open` read of the settings file.
pub fn run(settings: Settings, store: Store, startup: Startup) -> Result<Exit> {
    // Before any secret exists. A failure costs only the protection: say so and go on.
    if let Err(error) = harden::apply() {
        eprintln!("keysmith: could not turn off core dumps and tracing: {error}");
    }
    let (tx, rx) = mpsc::channel();
    let signals = {
        let tx = tx.clone();
        signals::install(move |signal| tx.send(Input::Signal(signal)).is_ok())
            .wrap_err("install signal handlers")?
    };
    let handle = signals.handle();
    let outcome = terminal::enter()
        .wrap_err("set up the terminal")
        .and_then(|terminal| {
            // crossterm starts listening for SIGWINCH on its first poll; do it before the
            // first frame so a resize that comes at once is not lost.
            let _ = event::poll(Duration::ZERO);
            let mut session = Session::new(terminal, settings, store, startup);
            let outcome = session.draw().and_then(|()| {
                listen(tx, signals).wrap_err("start reading keys and signals")?;
                session.run(&rx)
            });
            let terminal = session.finish();
            if let Ok(Exit::HungUp) = outcome {
                // Its drop would show the cursor on a terminal that is gone and report the
                // failure with `eprintln!`, which panics on a stderr that is gone too. The
                // process ends at once; the kernel takes back the memory.
                std::mem::forget(terminal);
            }
            outcome
        });
    handle.close();
    let restored = terminal::leave().wrap_err("restore the terminal");
    match outcome {
        // A SIGHUP may come with the terminal still there (`kill -HUP`), so restoring it is
        // tried; where it hung up, it is gone and the failure says nothing.
        Ok(Exit::HungUp) => Ok(Exit::HungUp),
        outcome => outcome.and_then(|exit| restored.map(|()| exit)),
    }
}

/// Whether the loop goes on.
enum Flow {
    Go,
    End(Exit),
}

struct Session {
    terminal: terminal::Screen,
    app: App,
    rng: rand::rngs::ThreadRng,
    clipboard: Clipboard,
    store: Store,
}

impl Session {
    fn new(
        terminal: terminal::Screen,
        settings: Settings,
        store: Store,
        startup: Startup,
    ) -> Session {
        let mut session = Session {
            terminal,
            app: App::new(settings, Instant::now()),
            rng: rand::rng(),
            clipboard: Clipboard::new(Place::from_env()),
            store,
        };
        session.app.start(startup, &mut session.rng);
        wipe::spend_buffered(&mut session.rng);
        // The app learns the size from resizes; the first one is this.
        if let Ok(size) = session.terminal.size() {
            let msg = AppMsg::Resize(size.width, size.height);
            session.app.update(msg, wall_clock(), &mut session.rng);
        }
        session
    }

    /// The loop, once the first frame is out.
    fn run(&mut self, rx: &Receiver<Input>) -> Result<Exit> {
        // zxcvbn's dictionaries take a moment to load. Loaded beside the first frame, they
        // would slow it on a machine of few cores; after it, they are ready long before a
        // person has typed a password. Where the OS starts no thread, the first estimate
        // loads them instead.
        let _ = thread::Builder::new().spawn(strength::warm_up);
        loop {
            let flow = match self.wait(rx) {
                Err(RecvTimeoutError::Timeout) => self.update(AppMsg::Tick)?,
                Err(RecvTimeoutError::Disconnected) => Flow::End(Exit::Quit),
                Ok(Input::Terminal(event)) => match self.map(&event) {
                    Some(msg) => self.update(msg)?,
                    // An unbound key, or one a too-small window does not take: redraw.
                    None => Flow::Go,
                },
                Ok(Input::Signal(signal)) => self.signal(signal)?,
                Ok(Input::ReadFailed(error)) => return read_failed(error, rx),
            };
            if let Flow::End(exit) = flow {
                return Ok(exit);
            }
            self.draw()?;
        }
    }

    /// Draws a frame in one write: ratatui flushes after the cells and again after the cursor.
    fn draw(&mut self) -> Result<()> {
        self.terminal.backend_mut().writer_mut().hold();
        let drawn = self
            .terminal
            .draw(|frame| view::view(&self.app, frame))
            .map(drop);
        let written = self.terminal.backend_mut().writer_mut().release();
        drawn.and(written).wrap_err("draw")
    }

    /// Blocks until input comes; wakes on a timer only while a countdown is live.
    fn wait(&self, rx: &Receiver<Input>) -> Result<Input, RecvTimeoutError> {
        match self.app.next_wakeup() {
            Some(at) => rx.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        }
    }

    /// The message an event means. While the window is too small to show anything but the
    /// note, keys and pastes would land in fields nobody sees: only quit and suspend count.
    fn map(&self, event: &Event) -> Option<AppMsg> {
        if let Event::Resize(columns, rows) = *event {
            return Some(AppMsg::Resize(columns, rows));
        }
        let msg = keys::map_event(event, &Context::of(&self.app))?;
        let typed = matches!(event, Event::Key(_) | Event::Paste(_));
        // The size as the event stream last told it, not the terminal's size now: keys typed
        // while the window was small may still be queued behind a resize that came since.
        let (columns, rows) = self.app.size;
        let too_small = columns < view::MIN_WIDTH || rows < view::MIN_HEIGHT;
        let ends = matches!(
            msg,
            AppMsg::Global(Global::Quit | Global::Interrupt | Global::Suspend)
        );
        (!typed || !too_small || ends).then_some(msg)
    }

    fn update(&mut self, msg: impl Into<AppMsg>) -> Result<Flow> {
        let effects = self.app.update(msg, wall_clock(), &mut self.rng);
        wipe::spend_buffered(&mut self.rng);
        for effect in effects {
            if let Flow::End(exit) = self.perform(effect)? {
                return Ok(Flow::End(exit));
            }
        }
        Ok(Flow::Go)
    }

    fn perform(&mut self, effect: Effect) -> Result<Flow> {
        match effect {
            Effect::Quit => return Ok(Flow::End(Exit::Quit)),
            Effect::Interrupt => return Ok(Flow::End(Exit::Interrupted)),
            Effect::Suspend => terminal::suspend(&mut self.terminal).wrap_err("suspend")?,
            Effect::Copy(secret) => {
                let report = self.clipboard.copy(self.terminal.backend_mut(), &secret);
                return self.update(AppMsg::Clipboard(report));
            }
            Effect::ClearClipboard => {
                let report = self.clipboard.clear(self.terminal.backend_mut());
                return self.update(AppMsg::Clipboard(report));
            }
            Effect::Remember(remembered) => {
                let saved = self.store.remember(&remembered);
                self.update(AppMsg::Remembered(saved))?;
                return self.profiles_from_file();
            }
            Effect::SaveProfile(save) => {
                let saved = self.store.save_profile(&save);
                self.update(AppMsg::ProfileSaved(Box::new(save), saved))?;
                return self.profiles_from_file();
            }
        }
        Ok(Flow::Go)
    }

    /// Each save reads the file again: profiles added or changed there meanwhile are offered.
    fn profiles_from_file(&mut self) -> Result<Flow> {
        match self.store.profiles() {
            Some(profiles) => self.update(AppMsg::ProfilesRead(profiles.to_vec())),
            None => Ok(Flow::Go),
        }
    }

    fn signal(&mut self, signal: Signal) -> Result<Flow> {
        let exit = match signal {
            Signal::Interrupt => Exit::Interrupted,
            Signal::Terminate => Exit::Terminated,
            Signal::HangUp => Exit::HungUp,
            Signal::Ending(number) => Exit::Signalled(number),
            Signal::Stop => return self.perform(Effect::Suspend),
            Signal::Continue => {
                terminal::resume(&mut self.terminal).wrap_err("resume")?;
                return Ok(Flow::Go);
            }
        };
        Ok(Flow::End(exit))
    }

    /// However the loop ended: what the app leaves to do first, a clipboard clear pending.
    /// The ending's effects (a copied secret cleared); the terminal, for the caller to drop
    /// or not.
    fn finish(mut self) -> terminal::Screen {
        for effect in self.app.ending() {
            // The terminal may be gone (SIGHUP): nothing more can be done about it then.
            let _ = self.perform(effect);
        }
        self.terminal
    }
}

/// A read that fails as the terminal closes races with the SIGHUP that says so: wait for
/// the signal a moment, so the exit status tells what happened.
fn read_failed(error: io::Error, rx: &Receiver<Input>) -> Result<Exit> {
    let deadline = Instant::now() + Duration::from_millis(200);
    while let Ok(input) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        let exit = match input {
            Input::Signal(Signal::Interrupt) => Exit::Interrupted,
            Input::Signal(Signal::Terminate) => Exit::Terminated,
            Input::Signal(Signal::HangUp) => Exit::HungUp,
            Input::Signal(Signal::Ending(number)) => Exit::Signalled(number),
            Input::Signal(Signal::Stop | Signal::Continue)
            | Input::Terminal(_)
            | Input::ReadFailed(_) => continue,
        };
        return Ok(exit);
    }
    Err(error).wrap_err("read the terminal")
}

/// Seconds since the epoch; 0 for a clock set before 1970, which no code would match anyway.
/// The time now, as the app reads it.
fn wall_clock() -> Clock {
    let unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    Clock {
        now: Instant::now(),
        unix,
    }
}

/// Starts what the loop waits on besides its timers: signals, the terminal hanging up, and
/// its input. Each is a thread, and starting three would hold the first frame back, so they
/// start once it is out: a signal that came before waits at its handler, and a key in the
/// terminal. Where the OS starts no thread, the program cannot take keys or signals: it ends
/// and says so.
fn listen(tx: Sender<Input>, signals: signals::Installed) -> io::Result<()> {
    signals.start()?;
    {
        let tx = tx.clone();
        hangup::watch(move || {
            let _ = tx.send(Input::Signal(Signal::HangUp));
        })?;
    }
    forward_terminal_events(tx)
}

fn forward_terminal_events(tx: Sender<Input>) -> io::Result<()> {
    thread::Builder::new().name("input".into()).spawn(move || {
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
    })?;
    Ok(())
}
