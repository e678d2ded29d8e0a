//! An OS that starts no more threads: the program cannot read keys or signals, so it ends
//! with one line and the terminal restored, never a panic.

use crate::exit::assert_restored;
use crate::support::pty::{Term, keysmith};

#[test]
fn no_thread_for_keys_and_signals_ends_with_a_message_not_a_panic() {
    let mut command = keysmith(&["--theme", "dark"]);
    // The stack the standard library asks for each new thread: no machine has 100 TB to map,
    // so every thread start fails, as where the OS is out of threads or memory. The main
    // thread's stack is the kernel's and draws the first frame as usual.
    command.env("RUST_MIN_STACK", "100000000000000");
    command.env_remove("RUST_BACKTRACE");
    let mut term = Term::spawn(command, 80, 24);
    let code = term.wait_exit();
    let text = term.text();
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("keysmith: start reading keys and signals: "),
        "{text}"
    );
    assert!(!text.contains("panicked"), "{text}");
    assert_restored(&term, "no thread");
}
