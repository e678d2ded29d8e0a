//! The clipboard as the app sees it : the status says where the copy went, counts
//! down in whole seconds, and the clear comes after the timer or before any quit. The runtime
//! is played here by handing the app the reports it would send.

use crate::support::keys::*;
use std::time::Duration;

use keysmith::for_tests::{AppMsg, Effect, Settings, Status, Tone};
use keysmith::for_tests::{
    ClipboardReport, NotPassed, SystemClear, SystemCopy, Terminal, TerminalClear, TmuxClear,
    TmuxCopy,
};

use crate::support::Driver;

const TOOK: ClipboardReport = ClipboardReport::Copied {
    system: SystemCopy::Took,
    terminal: Terminal::NotSent,
};
const CLEARED: ClipboardReport = ClipboardReport::Cleared {
    system: SystemClear::Cleared,
    terminal: TerminalClear::NotSent,
};

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

/// A password on screen, copied at t0 with `clear` seconds on the timer; the runtime's copy
/// report not yet in.
fn copied_with(clear: Option<u64>) -> Driver {
    let mut h = Driver::with(Settings {
        clipboard_clear: clear.map(secs),
        ..Settings::default()
    });
    h.generate_password(16);
    let effects = h.press(key('c'));
    assert!(
        matches!(effects.as_slice(), [Effect::Copy(_)]),
        "{effects:?}"
    );
    h
}

fn report(h: &mut Driver, report: ClipboardReport) {
    h.send(AppMsg::Clipboard(report));
}

fn copied_status(system: SystemCopy, terminal: Terminal) -> (String, Option<Tone>) {
    let mut h = copied_with(Some(10));
    report(&mut h, ClipboardReport::Copied { system, terminal });
    (h.status().to_string(), h.status_tone())
}

#[test]
fn the_status_says_which_clipboard_took_the_copy() {
    use SystemCopy::{Failed, Missing, Took};
    use Terminal::{NotSent, Sent, Tmux};
    use TmuxCopy::{BufferOnly, PassedOn, PassedThrough};
    let cases = [
        (
            Took,
            NotSent,
            "Copied to the system clipboard — clears in 10 s",
        ),
        (
            Took,
            Sent,
            "Copied to the system clipboard and sent to the terminal (OSC 52) — clears in 10 s",
        ),
        (
            Missing,
            Sent,
            "Sent to the terminal (OSC 52); no system clipboard here — clears in 10 s",
        ),
        (
            Failed,
            Sent,
            "Sent to the terminal (OSC 52); the system clipboard failed — clears in 10 s",
        ),
        (
            Took,
            Tmux(PassedOn),
            "Copied to the system clipboard; copied to tmux buffer keysmith, which tmux sent \
             to the terminal (OSC 52) — clears in 10 s",
        ),
        (
            Missing,
            Tmux(PassedThrough),
            "Sent through tmux to the terminal (OSC 52), and to tmux buffer keysmith; no \
             system clipboard here — clears in 10 s",
        ),
        (
            Took,
            Tmux(BufferOnly(NotPassed::SetClipboardOff)),
            "Copied to the system clipboard; also to tmux buffer keysmith, which goes no \
             further (tmux's set-clipboard is off) — clears in 10 s",
        ),
        (
            Took,
            Tmux(TmuxCopy::Failed),
            "Copied to the system clipboard; tmux did not take it — clears in 10 s",
        ),
    ];
    for (system, terminal, expected) in cases {
        assert_eq!(
            copied_status(system, terminal),
            (expected.to_string(), Some(Tone::Info)),
            "{system:?} {terminal:?}"
        );
    }
    for system in [Missing, Failed] {
        let (text, tone) = copied_status(system, NotSent);
        assert_eq!(text, "Nothing was copied: no clipboard could be reached");
        assert_eq!(tone, Some(Tone::Error));
    }
}

#[test]
fn under_tmux_a_copy_that_reached_no_clipboard_says_so_and_how_to_see_it() {
    for (not_passed, why) in [
        (NotPassed::SetClipboardOff, "tmux's set-clipboard is off"),
        (
            NotPassed::NoClipboardClient,
            "no tmux client whose terminal takes OSC 52",
        ),
        (NotPassed::Unwritable, "the terminal could not be written"),
    ] {
        let (text, tone) = copied_status(
            SystemCopy::Missing,
            Terminal::Tmux(TmuxCopy::BufferOnly(not_passed)),
        );
        assert_eq!(
            text,
            format!(
                "Not copied to any clipboard (no system clipboard here; {why}), only to tmux \
                 buffer keysmith — clears in 10 s; tmux paste-buffer -b keysmith pastes it, or \
                 select it on the screen"
            )
        );
        assert_eq!(tone, Some(Tone::Error), "a copy that reached no clipboard");
    }
}

#[test]
fn the_countdown_shows_the_whole_seconds_left() {
    let mut h = copied_with(Some(10));
    report(&mut h, TOOK);
    for (at, left) in [
        (millis(0), 10),
        (millis(500), 10),
        (millis(1_000), 9),
        (millis(3_200), 7),
        (millis(9_000), 1),
        (millis(9_999), 1),
    ] {
        h.at(at);
        assert!(h.tick().is_empty(), "no clear at {at:?}");
        assert_eq!(
            h.status(),
            format!("Copied to the system clipboard — clears in {left} s"),
            "at {at:?}"
        );
    }
    h.at(secs(10));
    assert!(matches!(h.tick().as_slice(), [Effect::ClearClipboard]));
    report(&mut h, CLEARED);
    assert_eq!(h.status(), "Clipboard cleared");
    assert_eq!(h.app.next_wakeup(), None);
}

/// Plays the runtime's loop: sleeps until each wake-up, ticks, and carries out a clear.
/// Returns the wake-ups until the app sleeps for good.
fn wakeups_until_idle(h: &mut Driver) -> Vec<Duration> {
    let mut wakes = Vec::new();
    while let Some(at) = h.app.next_wakeup() {
        assert!(at > h.now, "a wake-up not in the future");
        h.now = at;
        wakes.push(at - h.t0);
        for effect in h.tick() {
            assert!(matches!(effect, Effect::ClearClipboard), "{effect:?}");
            report(h, CLEARED);
        }
        assert!(wakes.len() <= 100, "never idle: {wakes:?}");
    }
    wakes
}

#[test]
fn the_countdown_wakes_once_a_second_and_never_after_the_clear() {
    let mut h = copied_with(Some(10));
    report(&mut h, TOOK);
    let wakes = wakeups_until_idle(&mut h);
    assert_eq!(wakes, (1..=10).map(secs).collect::<Vec<_>>());
    assert_eq!(h.status(), "Clipboard cleared");
}

#[test]
fn once_another_status_replaces_the_countdown_it_wakes_only_for_the_clear() {
    let mut h = copied_with(Some(10));
    report(&mut h, TOOK);
    h.tick_at(millis(2_500));
    h.app.status = Some(Status::error("something else"));
    assert_eq!(h.app.next_wakeup(), Some(h.t0 + secs(10)));
    h.tick_at(millis(3_000));
    assert_eq!(h.status(), "something else", "the countdown wrote over it");
    assert_eq!(wakeups_until_idle(&mut h), vec![secs(10)]);
}

#[test]
fn copying_again_restarts_the_countdown() {
    let mut h = copied_with(Some(10));
    report(&mut h, TOOK);
    h.at(secs(4));
    h.press(key('c'));
    report(&mut h, TOOK);
    assert_eq!(
        h.status(),
        "Copied to the system clipboard — clears in 10 s"
    );
    h.tick_at(secs(10));
    assert_eq!(h.status(), "Copied to the system clipboard — clears in 4 s");
    h.at(secs(14));
    assert!(matches!(h.tick().as_slice(), [Effect::ClearClipboard]));
}

#[test]
fn what_the_clear_found_is_said_truthfully() {
    use SystemClear::{Cleared, Failed, NotUsed, Replaced};
    use TerminalClear::{NotSent, Sent, Tmux};
    use TmuxClear::{Deleted, DeletedAndEmptied, DeletedTerminalKeeps};
    for (system, terminal, expected) in [
        (Cleared, NotSent, "Clipboard cleared"),
        (Cleared, Sent, "Clipboard cleared"),
        (
            Cleared,
            Tmux(Deleted),
            "System clipboard cleared; deleted tmux buffer keysmith",
        ),
        (
            Replaced,
            NotSent,
            "The clipboard holds a newer copy: left as it is",
        ),
        (Failed, NotSent, "The system clipboard could not be cleared"),
        (NotUsed, Sent, "Clipboard cleared (OSC 52)"),
        (NotUsed, Tmux(Deleted), "Deleted tmux buffer keysmith"),
        (
            NotUsed,
            Tmux(DeletedAndEmptied),
            "Emptied the terminal's clipboard (OSC 52) and deleted tmux buffer keysmith",
        ),
        (
            NotUsed,
            Tmux(DeletedTerminalKeeps),
            "Deleted tmux buffer keysmith; the terminal's clipboard keeps the copy, which tmux \
             cannot empty",
        ),
        (
            NotUsed,
            Tmux(TmuxClear::Replaced),
            "Left tmux buffer keysmith as it is: it holds another copy or is gone",
        ),
        (
            NotUsed,
            Tmux(TmuxClear::Failed),
            "Could not delete tmux buffer keysmith: tmux delete-buffer -b keysmith does it",
        ),
    ] {
        let mut h = copied_with(Some(10));
        report(&mut h, TOOK);
        h.at(secs(10));
        h.tick();
        report(&mut h, ClipboardReport::Cleared { system, terminal });
        assert_eq!(h.status(), expected, "{system:?} {terminal:?}");
    }
}

#[test]
fn when_tmux_did_not_take_the_copy_there_is_no_timer_to_claim() {
    let mut h = copied_with(Some(10));
    report(
        &mut h,
        ClipboardReport::Copied {
            system: SystemCopy::Missing,
            terminal: Terminal::Tmux(TmuxCopy::Failed),
        },
    );
    assert_eq!(
        h.status(),
        "Nothing was copied: no system clipboard here, and tmux did not take it"
    );
    assert_eq!(h.status_tone(), Some(Tone::Error));
    assert_eq!(
        h.app.next_wakeup(),
        None,
        "wakes for a clear that cannot work"
    );
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));
}

#[test]
fn nothing_copied_schedules_no_clear() {
    let mut h = copied_with(Some(10));
    report(
        &mut h,
        ClipboardReport::Copied {
            system: SystemCopy::Failed,
            terminal: Terminal::NotSent,
        },
    );
    assert_eq!(h.app.next_wakeup(), None);
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));
}

#[test]
fn quitting_with_a_clear_pending_clears_first() {
    for (action, last) in [(CTRL_Q, "Quit"), (CTRL_C, "Interrupt")] {
        let mut h = copied_with(Some(10));
        report(&mut h, TOOK);
        h.tick_at(secs(3));
        let effects = h.press(action);
        let names: Vec<&str> = effects
            .iter()
            .map(|effect| match effect {
                Effect::ClearClipboard => "ClearClipboard",
                Effect::Quit => "Quit",
                Effect::Interrupt => "Interrupt",
                Effect::Copy(_) => "Copy",
                Effect::Suspend => "Suspend",
                Effect::Remember(_) => "Remember",
                Effect::SaveProfile(_) => "SaveProfile",
            })
            .collect();
        assert_eq!(names, ["ClearClipboard", last]);
        assert!(h.app.ending().is_empty(), "the clear is asked for once");
    }
}

#[test]
fn quitting_after_the_clear_or_without_a_timer_just_quits() {
    let mut h = copied_with(Some(2));
    report(&mut h, TOOK);
    h.at(secs(2));
    assert!(matches!(h.tick().as_slice(), [Effect::ClearClipboard]));
    report(&mut h, CLEARED);
    assert!(matches!(h.press(CTRL_Q).as_slice(), [Effect::Quit]));

    let mut h = copied_with(None);
    report(&mut h, TOOK);
    assert_eq!(h.status(), "Copied to the system clipboard");
    assert_eq!(h.app.next_wakeup(), None);
    assert!(matches!(h.press(CTRL_C).as_slice(), [Effect::Interrupt]));
}

#[test]
fn a_signal_ending_the_program_asks_for_the_pending_clear() {
    let mut h = copied_with(Some(10));
    report(&mut h, TOOK);
    assert!(matches!(
        h.app.ending().as_slice(),
        [Effect::ClearClipboard]
    ));
    assert!(h.app.ending().is_empty());
    assert_eq!(h.app.next_wakeup(), None);
}
