//! Every other signal whose default action ends a process, and that can be caught, ends the
//! TUI as quitting does: the terminal restored, a copied secret cleared (the same ending as
//! every exit), and the status a shell reports for it, 128 + its number.

use super::exit::exit_status;

#[test]
fn other_ending_signals_restore_the_terminal_and_exit_with_128_plus_their_number() {
    let signals = [
        ("QUIT", libc::SIGQUIT),
        ("USR1", libc::SIGUSR1),
        ("USR2", libc::SIGUSR2),
        ("ALRM", libc::SIGALRM),
        ("VTALRM", libc::SIGVTALRM),
        ("PROF", libc::SIGPROF),
        ("XCPU", libc::SIGXCPU),
        ("XFSZ", libc::SIGXFSZ),
    ];
    for (name, number) in signals {
        let what = format!("SIG{name}");
        let expected = u32::try_from(128 + number).expect("a small number");
        assert_eq!(exit_status(|t| t.signal(name), &what), expected, "{what}");
    }
}
