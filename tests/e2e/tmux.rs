//! Copies under a real tmux, one server of these tests' own (`tmux -S` in a temporary folder,
//! never the user's), with a client attached in a PTY as a user sits at one: for each
//! `set-clipboard` value, and with `allow-passthrough`, what the status and `--clip` say,
//! whether the terminal got an OSC 52, and that buffer `keysmith` appears and is deleted.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;

use crate::support::cli::BIN;
use crate::support::pty::{CLIPBOARD_ENV, POLL, TIMEOUT, Term, fresh_config};

/// A tmux server of a test's own, killed with its folder at the end.
struct Tmux {
    dir: PathBuf,
    /// The client attached to it, as the user's terminal.
    client: Option<Term>,
}

impl Tmux {
    /// A server whose one pane idles, with `set-clipboard` and `allow-passthrough` set, and a
    /// client attached in a 200×40 PTY.
    fn start(set_clipboard: &str, passthrough: bool) -> Tmux {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("keysmith-tmux-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder for tmux");
        std::fs::write(dir.join("tmux.conf"), "").expect("an empty tmux.conf");
        let mut tmux = Tmux { dir, client: None };
        tmux.ok(&["new-session", "-d", "-x", "200", "-y", "40", "sleep 600"]);
        tmux.ok(&["set", "-s", "set-clipboard", set_clipboard]);
        let passthrough = if passthrough { "on" } else { "off" };
        tmux.ok(&["set", "-g", "allow-passthrough", passthrough]);
        let mut client = CommandBuilder::new("tmux");
        client.args(tmux.base_args());
        client.arg("attach");
        client.env("TERM", "xterm-256color");
        for name in CLIPBOARD_ENV {
            client.env_remove(name);
        }
        let term = Term::spawn(client, 200, 40);
        tmux.client = Some(term);
        tmux.wait("a client attached", |t| {
            (!t.out(&["list-clients"]).stdout.is_empty()).then_some(())
        });
        tmux
    }

    fn base_args(&self) -> Vec<String> {
        let path = |name: &str| self.dir.join(name).to_string_lossy().into_owned();
        vec!["-S".into(), path("sock"), "-f".into(), path("tmux.conf")]
    }

    fn out(&self, args: &[&str]) -> Output {
        let mut command = Command::new("tmux");
        command
            .args(self.base_args())
            .args(args)
            .stdin(Stdio::null());
        for name in CLIPBOARD_ENV {
            command.env_remove(name);
        }
        command
            .output()
            .expect("run tmux (install it, as .ci/run does)")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.out(args);
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The names of the paste buffers.
    fn buffers(&self) -> Vec<String> {
        let listed = self.ok(&["list-buffers", "-F", "#{buffer_name}"]);
        listed.lines().map(str::to_owned).collect()
    }

    /// What buffer `keysmith` holds, if there is one.
    fn keysmith_buffer(&self) -> Option<String> {
        let out = self.out(&["show-buffer", "-b", "keysmith"]);
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn wait<T>(&self, what: &str, mut done: impl FnMut(&Tmux) -> Option<T>) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(value) = done(self) {
                return value;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            thread::sleep(POLL);
        }
    }

    fn client(&mut self) -> &mut Term {
        self.client.as_mut().expect("the client")
    }

    /// The terminal's OSC 52 sequences so far, whichever way they end.
    fn osc_52(&mut self) -> String {
        String::from_utf8_lossy(&self.client().raw())
            .split("\x1b]52;")
            .skip(1)
            .map(|sequence| sequence.split(['\x07', '\x1b']).next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// Runs `command` (shell words) in a pane, with a settings file of its own.
    fn run_in_pane(&self, pane: Pane, command: &str) {
        let config = format!("KEYSMITH_CONFIG={}", fresh_config().display());
        match pane {
            Pane::Shown => self.ok(&["respawn-pane", "-k", "-e", &config, command]),
            Pane::OffScreen => self.ok(&["new-window", "-d", "-e", &config, command]),
        };
    }

    /// The text of the first window's pane, whether or not the client shows it.
    fn first_pane(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", ":0.0"])
    }
}

/// Where a command runs.
#[derive(Clone, Copy)]
enum Pane {
    /// In the pane the client shows, the full-screen program's before it.
    Shown,
    /// In a new window the client does not show.
    OffScreen,
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.out(&["kill-server"]);
        drop(self.client.take());
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn base64(text: &str) -> String {
    crate::clipboard::base64(text.as_bytes())
}

/// The full-screen program in the pane: F3, a password, `c`; the password.
fn copy_in_the_tui(tmux: &mut Tmux) -> String {
    tmux.run_in_pane(Pane::Shown, &format!("{BIN} --clipboard-clear 2"));
    let term = tmux.client();
    term.wait_for("the Register screen", |text| text.contains("Register"));
    let password = crate::clipboard::generate(term);
    term.send(b"c");
    password
}

/// `keysmith otp --clip` in a pane: its stderr and exit status, and how long it took.
fn clip_in_the_pane(tmux: &Tmux, pane: Pane) -> (String, String, Duration) {
    let err = tmux.dir.join("err");
    let status = tmux.dir.join("status");
    let started = Instant::now();
    tmux.run_in_pane(
        pane,
        &format!(
            "{BIN} otp --clip --clipboard-clear 2 2>{err} >{out}; echo $? >{status}.tmp; \
         mv {status}.tmp {status}; sleep 600",
            err = err.display(),
            out = tmux.dir.join("out").display(),
            status = status.display(),
        ),
    );
    let code = tmux.wait("otp --clip to end", |_| {
        std::fs::read_to_string(&status).ok()
    });
    let took = started.elapsed();
    let out = std::fs::read_to_string(tmux.dir.join("out")).expect("its stdout");
    assert_eq!(out, "", "something on stdout");
    let err = std::fs::read_to_string(err).expect("its stderr");
    (err, code.trim().to_string(), took)
}

/// The buffer is deleted once the clear is due, not before.
fn buffer_deleted_after_the_timer(tmux: &Tmux, copied: Instant) {
    tmux.wait("buffer keysmith deleted", |t| {
        t.keysmith_buffer().is_none().then_some(())
    });
    let after = copied.elapsed();
    assert!(
        after >= Duration::from_millis(1500),
        "deleted after {after:?}"
    );
}

#[test]
fn set_clipboard_off_copies_to_no_clipboard_and_says_so() {
    let mut tmux = Tmux::start("off", false);
    let password = copy_in_the_tui(&mut tmux);
    let said = "Not copied to any clipboard (no system clipboard here; tmux's set-clipboard is \
                off), only to tmux buffer keysmith — clears in 2 s; tmux paste-buffer -b \
                keysmith pastes it, or select it on the screen";
    tmux.client().wait_shows(said);
    let copied = Instant::now();
    assert_eq!(tmux.keysmith_buffer().as_deref(), Some(password.as_str()));
    assert_eq!(tmux.buffers(), ["keysmith"]);
    assert!(
        !tmux.osc_52().contains(&base64(&password)),
        "{}",
        tmux.osc_52()
    );
    tmux.client().wait_shows("Deleted tmux buffer keysmith");
    buffer_deleted_after_the_timer(&tmux, copied);
    println!("set-clipboard off, c: {said}\n  then: Deleted tmux buffer keysmith");

    // The next command takes the pane over from the full-screen program.
    let (err, code, took) = clip_in_the_pane(&tmux, Pane::Shown);
    let copied = Instant::now();
    assert_eq!(
        err,
        "keysmith: Not copied to any clipboard (no system clipboard here; tmux's \
         set-clipboard is off), only to tmux buffer keysmith — clears in 2 s; tmux \
         paste-buffer -b keysmith pastes it, or run the command without --clip to print it\n"
    );
    assert_eq!(code, "74", "no clipboard took it");
    assert!(
        took < Duration::from_secs(2),
        "the prompt came back after {took:?}"
    );
    let code = tmux.keysmith_buffer().expect("the code in buffer keysmith");
    assert!(
        code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
        "{code:?}"
    );
    buffer_deleted_after_the_timer(&tmux, copied);
    println!("set-clipboard off, --clip: {}", err.trim_end());
}

/// `external` and `on` alike: the buffer, passed on to the terminal by tmux itself.
fn tmux_passes_it_on(set_clipboard: &str) {
    let mut tmux = Tmux::start(set_clipboard, false);
    let password = copy_in_the_tui(&mut tmux);
    let said = "Copied to tmux buffer keysmith, which tmux sent to the terminal (OSC 52); no \
                system clipboard here — clears in 2 s";
    tmux.client().wait_shows(said);
    let copied = Instant::now();
    assert_eq!(tmux.keysmith_buffer().as_deref(), Some(password.as_str()));
    // No automatic buffer (buffer0) that no clear could reach.
    assert_eq!(tmux.buffers(), ["keysmith"]);
    let sent = tmux.osc_52();
    assert!(
        sent.contains(&base64(&password)),
        "the terminal got {sent:?}"
    );
    let cleared = "Deleted tmux buffer keysmith; the terminal's clipboard keeps the copy, which \
                   tmux cannot empty";
    tmux.client().wait_shows(cleared);
    buffer_deleted_after_the_timer(&tmux, copied);
    assert!(!tmux.client().shows("Clipboard cleared"));
    println!("set-clipboard {set_clipboard}, c: {said}\n  then: {cleared}");

    // The next command takes the pane over from the full-screen program.
    let (err, code, took) = clip_in_the_pane(&tmux, Pane::Shown);
    let copied = Instant::now();
    assert_eq!(
        err,
        "keysmith: Copied to tmux buffer keysmith, which tmux sent to the terminal (OSC 52); \
         no system clipboard here — clears in 2 s\n"
    );
    assert_eq!(code, "0");
    assert!(
        took < Duration::from_secs(2),
        "the prompt came back after {took:?}"
    );
    let code = tmux.keysmith_buffer().expect("the code in buffer keysmith");
    assert!(tmux.osc_52().contains(&base64(&code)), "{}", tmux.osc_52());
    buffer_deleted_after_the_timer(&tmux, copied);
    println!("set-clipboard {set_clipboard}, --clip: {}", err.trim_end());
}

#[test]
fn set_clipboard_external_gets_the_copy_through_a_buffer_tmux_passes_on() {
    tmux_passes_it_on("external");
}

#[test]
fn set_clipboard_on_gets_the_copy_through_a_buffer_tmux_passes_on() {
    tmux_passes_it_on("on");
}

#[test]
fn allow_passthrough_sends_the_copy_and_its_clear_to_the_terminal() {
    let mut tmux = Tmux::start("off", true);
    let password = copy_in_the_tui(&mut tmux);
    let said = "Sent through tmux to the terminal (OSC 52), and to tmux buffer keysmith; no \
                system clipboard here — clears in 2 s";
    tmux.client().wait_shows(said);
    let copied = Instant::now();
    assert_eq!(tmux.keysmith_buffer().as_deref(), Some(password.as_str()));
    let cleared = "Emptied the terminal's clipboard (OSC 52) and deleted tmux buffer keysmith";
    tmux.client().wait_shows(cleared);
    buffer_deleted_after_the_timer(&tmux, copied);
    let sent = tmux.osc_52();
    let copy = format!("c;{}", base64(&password));
    assert!(
        sent.contains(&format!("{copy} | c;")),
        "the terminal got {sent:?}"
    );
    println!("allow-passthrough on, c: {said}\n  then: {cleared}");
}

#[test]
fn allow_passthrough_from_a_pane_off_screen_copies_to_no_clipboard_and_says_so() {
    let mut tmux = Tmux::start("off", true);
    let (err, code, _) = clip_in_the_pane(&tmux, Pane::OffScreen);
    assert_eq!(
        err,
        "keysmith: Not copied to any clipboard (no system clipboard here; tmux's \
         set-clipboard is off, and tmux passes nothing through from a pane that is not on \
         screen), only to tmux buffer keysmith — clears in 2 s; tmux paste-buffer -b keysmith \
         pastes it, or run the command without --clip to print it\n"
    );
    assert_eq!(code, "74", "no clipboard took it");
    let code = tmux.keysmith_buffer().expect("the code in buffer keysmith");
    assert!(!tmux.osc_52().contains(&base64(&code)), "{}", tmux.osc_52());
    println!(
        "allow-passthrough on, off screen, --clip: {}",
        err.trim_end()
    );
}

#[test]
fn a_pane_that_left_the_screen_says_the_terminal_keeps_the_copy_it_cannot_empty() {
    let mut tmux = Tmux::start("off", true);
    let password = copy_in_the_tui(&mut tmux);
    tmux.client()
        .wait_shows("Sent through tmux to the terminal (OSC 52)");
    let copied = Instant::now();
    // The client turns to a new window before the clear is due.
    tmux.ok(&["new-window"]);
    let cleared = "Deleted tmux buffer keysmith; the terminal's clipboard keeps the copy: tmux \
                   passes nothing through from a pane that is not on screen, so copy something \
                   else to replace it";
    tmux.wait("the clear's status in the pane off screen", |t| {
        t.first_pane().contains(cleared).then_some(())
    });
    buffer_deleted_after_the_timer(&tmux, copied);
    let sent = tmux.osc_52();
    let copy = format!("c;{}", base64(&password));
    assert!(sent.contains(&copy), "the terminal got {sent:?}");
    assert!(!sent.contains(&format!("{copy} | c;")), "{sent:?}");
    println!("allow-passthrough on, c, then the pane off screen: {cleared}");
}
