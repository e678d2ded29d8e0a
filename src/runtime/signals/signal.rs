//! A signal as the loop sees it, whichever OS sent it.

// One enum for every OS keeps the loop's match the same; Windows sends only two of these.
#[cfg_attr(windows, expect(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT, or Ctrl+C or Ctrl+Break on Windows: ends as Ctrl+C does.
    Interrupt,
    /// SIGTERM.
    Terminate,
    /// SIGHUP, or the console window closing on Windows: the terminal went away.
    HangUp,
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl+Z does. Unix only.
    Stop,
    /// SIGCONT: back from a stop, whoever stopped it. Unix only.
    Continue,
    /// Any other signal whose default would end the program on the spot, leaving the
    /// terminal raw and a copied secret on the clipboard (SIGQUIT, SIGUSR1, SIGALRM, …): it
    /// ends as quitting does, with status 128 + its number, as a shell reports it. Unix only.
    Ending(i32),
}
