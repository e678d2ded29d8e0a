//! The terminal going away when no SIGHUP reaches keysmith: the session's leader is then a
//! wrapper that neither passes the signal on nor ends (`strace`, `sh -c 'trap "" HUP; …'`),
//! and the terminal library reads end-of-file in a busy loop for as long as the process
//! lives. A thread that waits for the hang-up alone sees it and ends the program as SIGHUP
//! does. It asks `poll` for no events, so typing never wakes it.

/// Calls `hung_up` once the terminal input hangs up. On Windows the console's closing comes
/// as a control event instead (see `signals`). Fails where the OS starts no thread.
#[cfg(unix)]
pub fn watch(hung_up: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    use std::os::fd::AsFd;

    use rustix::event::{PollFd, PollFlags, poll};

    // The full-screen program runs only with stdin a terminal, which the terminal library
    // then reads.
    let watcher = std::thread::Builder::new().name("hang-up".into());
    watcher.spawn(move || {
        let stdin = std::io::stdin();
        let fd = stdin.as_fd();
        let gone = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
        loop {
            let mut fds = [PollFd::new(&fd, PollFlags::empty())];
            match poll(&mut fds, None) {
                Ok(_) if fds[0].revents().intersects(gone) => {
                    hung_up();
                    return;
                }
                Ok(_) | Err(rustix::io::Errno::INTR) => continue,
                Err(_) => return,
            }
        }
    })?;
    Ok(())
}

#[cfg(not(unix))]
pub fn watch(_hung_up: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    Ok(())
}
