//! Windows: Ctrl+C, Ctrl+Break and the console closing (or the user logging off, or the
//! machine shutting down) come to a console control handler, on a thread Windows starts for
//! each. Windows has no job control, so there is no suspend.

use std::io;
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use windows_sys::Win32::System::Console::{
    CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
    SetConsoleCtrlHandler,
};
use windows_sys::core::BOOL;

use super::signal::Signal;

/// Whether Ctrl+Z can suspend: there is no job control to give the console back to.
pub const CAN_STOP: bool = false;

/// STATUS_CONTROL_C_EXIT, the status Windows gives a console program that Ctrl+C or
/// Ctrl+Break ended, as its default handler would.
pub const INTERRUPTED: i32 = i32::from_ne_bytes(0xC000_013A_u32.to_ne_bytes());
/// Windows ends a program whose console closes with the same status.
pub const HUNG_UP: i32 = INTERRUPTED;
/// Nothing on Windows terminates a program in a way it can answer; kept for the same match.
pub const TERMINATED: i32 = 1;

/// How long the handler holds Windows off after the console closes: Windows ends the
/// process as soon as the handler returns (and after 5 s in any case), and the loop needs
/// the moment to clear the clipboard. The process exits from `main` before this runs out.
const CLOSE_GRACE: Duration = Duration::from_secs(5);

type Forward = Box<dyn Fn(Signal) -> bool + Send>;

/// Where the handler hands an event on; `None` once closed.
static FORWARD: Mutex<Option<Forward>> = Mutex::new(None);

/// Undoes `install`.
pub struct Handle;

impl Handle {
    pub fn close(&self) {
        // SAFETY: removes the handler `install` added; nothing else is passed.
        unsafe { SetConsoleCtrlHandler(Some(on_event), 0) };
        if let Ok(mut forward) = FORWARD.lock() {
            *forward = None;
        }
    }
}

/// The handler in place and handing on: Windows calls it on a thread of its own.
pub struct Installed;

/// Calls `forward` with each console event that comes, until it returns `false` or the
/// handle is closed.
pub fn install(forward: impl Fn(Signal) -> bool + Send + 'static) -> io::Result<Installed> {
    if let Ok(mut slot) = FORWARD.lock() {
        *slot = Some(Box::new(forward));
    }
    // SAFETY: `on_event` is a plain function with the signature Windows calls.
    if unsafe { SetConsoleCtrlHandler(Some(on_event), 1) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(Installed)
}

impl Installed {
    pub fn handle(&self) -> Handle {
        Handle
    }

    /// Windows already calls the handler on threads of its own.
    pub fn start(self) -> io::Result<()> {
        Ok(())
    }
}

/// Windows consoles have no job control: there is nothing to stop to.
pub fn stop() -> io::Result<()> {
    Ok(())
}

/// The console control handler: `TRUE` when the loop took the event, else `FALSE`, which
/// lets Windows' default (ending the process) happen.
unsafe extern "system" fn on_event(event: u32) -> BOOL {
    let signal = match event {
        CTRL_C_EVENT | CTRL_BREAK_EVENT => Signal::Interrupt,
        CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => Signal::HangUp,
        _ => return 0,
    };
    let taken = FORWARD
        .lock()
        .ok()
        .and_then(|forward| forward.as_ref().map(|forward| forward(signal)))
        .unwrap_or(false);
    if !taken {
        return 0;
    }
    if signal == Signal::HangUp {
        thread::sleep(CLOSE_GRACE);
    }
    1
}
