//! What a copy or a clear is said to have done, in the same words on the status line and on
//! the command line: only what the report shows happened, never a copy or a clear that did not.

use std::time::Duration;

use super::report::{NotPassed, SystemClear, SystemCopy, Terminal, TerminalClear};
use super::report::{TmuxClear, TmuxCopy};
use super::tmux::BUFFER;

/// Where the words are read, for how to see a secret that reached no clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seeing {
    /// The full-screen program, which shows the secret.
    Screen,
    /// `--clip` on the command line, which printed nothing.
    CommandLine,
}

/// How a report reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub what: String,
    /// After the countdown, if any.
    pub note: Option<String>,
    pub tone: Tone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Done,
    /// Nothing, or not what was asked for, reached a clipboard.
    Trouble,
}

impl Said {
    /// The words, with the whole seconds left (rounded up) while a clear is pending.
    pub fn text(&self, left: Option<Duration>) -> String {
        let mut text = self.what.clone();
        if let Some(left) = left {
            let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
            text += &format!(" — clears in {seconds} s");
        }
        if let Some(note) = &self.note {
            text += "; ";
            text += note;
        }
        text
    }
}

/// What a copy did.
pub fn copied(system: SystemCopy, terminal: Terminal, seeing: Seeing) -> Said {
    let done = |what: String| Said {
        what,
        note: None,
        tone: Tone::Done,
    };
    let no_system = match system {
        SystemCopy::Took => None,
        SystemCopy::Missing => Some("no system clipboard here"),
        SystemCopy::Failed => Some("the system clipboard failed"),
    };
    match (no_system, terminal) {
        (None, Terminal::NotSent) => done("Copied to the system clipboard".into()),
        (None, Terminal::Sent) => {
            done("Copied to the system clipboard and sent to the terminal (OSC 52)".into())
        }
        (None, Terminal::Tmux(copy)) => done(format!(
            "Copied to the system clipboard; {}",
            tmux_copy(copy)
        )),
        (Some(_), Terminal::NotSent) => {
            nothing("Nothing was copied: no clipboard could be reached")
        }
        (Some(_), Terminal::Tmux(TmuxCopy::Failed)) => {
            nothing("Nothing was copied: no system clipboard here, and tmux did not take it")
        }
        (Some(why), Terminal::Sent) => done(format!("Sent to the terminal (OSC 52); {why}")),
        (Some(why), Terminal::Tmux(TmuxCopy::BufferOnly(not_passed))) => Said {
            what: format!(
                "Not copied to any clipboard ({why}; {}), only to tmux buffer {BUFFER}",
                not_passed_words(not_passed)
            ),
            note: Some(format!(
                "tmux paste-buffer -b {BUFFER} pastes it, or {}",
                see_it(seeing)
            )),
            tone: Tone::Trouble,
        },
        (Some(why), Terminal::Tmux(copy)) => {
            let mut said = tmux_copy(copy);
            capitalise(&mut said);
            done(format!("{said}; {why}"))
        }
    }
}

fn nothing(what: &str) -> Said {
    Said {
        what: what.into(),
        note: None,
        tone: Tone::Trouble,
    }
}

fn tmux_copy(copy: TmuxCopy) -> String {
    match copy {
        TmuxCopy::PassedThrough => {
            format!("sent through tmux to the terminal (OSC 52), and to tmux buffer {BUFFER}")
        }
        TmuxCopy::PassedOn => {
            format!("copied to tmux buffer {BUFFER}, which tmux sent to the terminal (OSC 52)")
        }
        TmuxCopy::BufferOnly(not_passed) => format!(
            "also to tmux buffer {BUFFER}, which goes no further ({})",
            not_passed_words(not_passed)
        ),
        TmuxCopy::Failed => "tmux did not take it".into(),
    }
}

fn not_passed_words(not_passed: NotPassed) -> &'static str {
    match not_passed {
        NotPassed::SetClipboardOff => "tmux's set-clipboard is off",
        NotPassed::NoClipboardClient => "no tmux client whose terminal takes OSC 52",
        NotPassed::OffScreen => {
            "tmux's set-clipboard is off, and tmux passes nothing through from a pane that is \
             not on screen"
        }
        NotPassed::Unwritable => "the terminal could not be written",
    }
}

fn see_it(seeing: Seeing) -> &'static str {
    match seeing {
        Seeing::Screen => "select it on the screen",
        Seeing::CommandLine => "run the command without --clip to print it",
    }
}

fn capitalise(text: &mut String) {
    if let Some(first) = text.get(..1) {
        let upper = first.to_ascii_uppercase();
        text.replace_range(..1, &upper);
    }
}

/// What a clear did.
pub fn cleared(system: SystemClear, terminal: TerminalClear) -> Said {
    let said = |what: String, tone: Tone| Said {
        what,
        note: None,
        tone,
    };
    let tmux = match terminal {
        TerminalClear::Tmux(clear) => clear,
        TerminalClear::NotSent | TerminalClear::Sent => {
            return match (system, terminal) {
                (SystemClear::Cleared, _) => said("Clipboard cleared".into(), Tone::Done),
                (SystemClear::Replaced, _) => said(
                    "The clipboard holds a newer copy: left as it is".into(),
                    Tone::Done,
                ),
                (SystemClear::Failed, _) => said(
                    "The system clipboard could not be cleared".into(),
                    Tone::Trouble,
                ),
                (SystemClear::NotUsed, TerminalClear::Sent) => {
                    said("Clipboard cleared (OSC 52)".into(), Tone::Done)
                }
                (SystemClear::NotUsed, _) => said("Nothing to clear".into(), Tone::Done),
            };
        }
    };
    let system_words = match system {
        SystemClear::Cleared => Some("System clipboard cleared"),
        SystemClear::Replaced => Some("The system clipboard holds a newer copy: left as it is"),
        SystemClear::Failed => Some("The system clipboard could not be cleared"),
        SystemClear::NotUsed => None,
    };
    let tone = match (system, tmux) {
        (SystemClear::Failed, _)
        | (_, TmuxClear::Failed | TmuxClear::DeletedTerminalKeeps | TmuxClear::DeletedOffScreen) => {
            Tone::Trouble
        }
        _ => Tone::Done,
    };
    let mut tmux_words = tmux_clear(tmux);
    match system_words {
        Some(system_words) => said(format!("{system_words}; {tmux_words}"), tone),
        None => {
            capitalise(&mut tmux_words);
            said(tmux_words, tone)
        }
    }
}

fn tmux_clear(clear: TmuxClear) -> String {
    match clear {
        TmuxClear::Deleted => format!("deleted tmux buffer {BUFFER}"),
        TmuxClear::DeletedAndEmptied => {
            format!("emptied the terminal's clipboard (OSC 52) and deleted tmux buffer {BUFFER}")
        }
        TmuxClear::DeletedTerminalKeeps => format!(
            "deleted tmux buffer {BUFFER}; the terminal's clipboard keeps the copy, which \
             tmux cannot empty"
        ),
        TmuxClear::DeletedOffScreen => format!(
            "deleted tmux buffer {BUFFER}; the terminal's clipboard keeps the copy: tmux passes \
             nothing through from a pane that is not on screen, so copy something else to \
             replace it"
        ),
        TmuxClear::Replaced => {
            format!("left tmux buffer {BUFFER} as it is: it holds another copy or is gone")
        }
        TmuxClear::Failed => {
            format!("could not delete tmux buffer {BUFFER}: tmux delete-buffer -b {BUFFER} does it")
        }
    }
}
