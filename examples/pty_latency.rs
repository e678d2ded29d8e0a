//! The TUI measured as a user meets it: the release binary in a pseudo-terminal, its output fed
//! to a `vt100` terminal emulator. Prints:
//!
//! - start-up: from just before exec to the first complete frame, over several launches, in
//!   terminals that answer the background-colour query, that answer only the device-attributes
//!   query sent with it, and that answer nothing, and with a theme named (no query);
//! - key to screen: from a key written to the PTY to the redrawn frame read back, for keys in
//!   the Name field and in the Password field (which runs zxcvbn on every key);
//! - wake-ups: voluntary context switches of the process and all its threads
//!   (`/proc/PID/task/*/status`) over 10 s idle, and over 10 s with a code's countdown live;
//! - peak RSS (`VmHWM`) after a full register flow, up to "Login successful";
//! - what loading zxcvbn's dictionaries costs: the first estimate in this process against the
//!   later ones.
//!
//! Run it against a release build:
//!
//! ```text
//! cargo build --release && cargo run --release --example pty_latency
//! ```
//!
//! `KEYSMITH_BIN` names another binary (default `target/release/keysmith`), `KEYSMITH_CONFIG`
//! a settings file to start with (default: a new one each launch); `STARTUP_RUNS`
//! (default 20) and `KEYS` (default 300 in the Name field, two thirds of it in the Password
//! field) change the sample sizes.
//!
//! A frame counts as drawn at the first chunk of output after which the emulated screen
//! (text, colours and cursor) equals what it shows once the output has gone quiet; the time is
//! when that chunk was read. So the figures include the kernel's PTY and this reader, which
//! is what a terminal emulator would see.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::io::{Read, Write};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use keysmith_core::strength;
use portable_pty::{Child, MasterPty};

#[path = "../tests/support/pty.rs"]
mod pty;

use pty::answers::{Answerer, Answers, DARK_BACKGROUND};
use pty::{BACKSPACE, CTRL_Q, ENTER, Pty, SPACE, TAB};

const COLS: u16 = 120;
const ROWS: u16 = 40;

/// Output quiet for this long after a key means its frame is complete.
const KEY_QUIET: Duration = Duration::from_millis(50);
/// The same at start-up, where a slow first frame could pause longer between writes.
const START_QUIET: Duration = Duration::from_millis(300);
/// No output at all for this long is a failure.
const DEADLINE: Duration = Duration::from_secs(10);
const IDLE: Duration = Duration::from_secs(10);

type Chunk = (Instant, Vec<u8>);

/// A running `keysmith` in a PTY of its own, with a thread reading everything it writes.
struct Tui {
    child: Box<dyn Child + Send + Sync>,
    pid: u32,
    /// Shared with the reader thread, which answers keysmith's queries as `answers` says.
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    _master: Box<dyn MasterPty + Send>,
    chunks: Receiver<Chunk>,
    parser: vt100::Parser,
}

impl Tui {
    /// Spawns the binary with `args` in a terminal that answers as `answers` says; returns
    /// it and the instant just before exec.
    fn spawn(bin: &str, args: &[&str], answers: Answers) -> (Tui, Instant) {
        let Pty {
            master,
            mut reader,
            writer,
            slave,
        } = Pty::open(COLS, ROWS);
        let (tx, chunks) = mpsc::channel();
        let writer = Arc::new(Mutex::new(writer));
        let answer = Arc::clone(&writer);
        thread::spawn(move || {
            let mut buf = [0u8; 65536];
            let mut answerer = Answerer::new(answers);
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        let reply = answerer.feed(&buf[..n]);
                        if !reply.is_empty()
                            && let Ok(mut writer) = answer.lock()
                        {
                            let _ = writer.write_all(&reply).and_then(|()| writer.flush());
                        }
                        if tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        let (child, start) = pty::spawn(slave, bin, args);
        let pid = child.process_id().expect("the child's pid");
        let tui = Tui {
            child,
            pid,
            writer,
            _master: master,
            chunks,
            parser: vt100::Parser::new(ROWS, COLS, 0),
        };
        (tui, start)
    }

    /// Sends `bytes` as typed keys; returns when they were written.
    fn send(&mut self, bytes: &[u8]) -> Instant {
        let at = Instant::now();
        let mut writer = self.writer.lock().expect("the PTY writer");
        writer.write_all(bytes).expect("write to the PTY");
        writer.flush().expect("flush the PTY");
        at
    }

    /// Reads output until it has been quiet for `quiet`, and returns when the screen first
    /// showed its final state (`None` if nothing came).
    fn settle(&mut self, quiet: Duration) -> Option<Instant> {
        let mut states: Vec<(Instant, Vec<u8>)> = Vec::new();
        let mut next = self.chunks.recv_timeout(DEADLINE).ok();
        while let Some((at, bytes)) = next {
            self.parser.process(&bytes);
            states.push((at, self.parser.screen().contents_formatted()));
            // Quiet (a timeout) or the child gone (disconnected) ends the frame.
            next = self.chunks.recv_timeout(quiet).ok();
        }
        let last = states.last().map(|(_, state)| state.clone())?;
        states
            .iter()
            .find(|(_, state)| *state == last)
            .map(|&(at, _)| at)
    }

    /// Feeds whatever output has arrived to the emulator, without waiting.
    fn drain(&mut self) -> usize {
        let mut bytes = 0;
        while let Ok((_, chunk)) = self.chunks.try_recv() {
            bytes += chunk.len();
            self.parser.process(&chunk);
        }
        bytes
    }

    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Types `text` and waits for the screen to settle after every key.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(c.to_string().as_bytes());
        }
    }

    /// One key, and its latency.
    fn key(&mut self, bytes: &[u8]) -> Duration {
        let sent = self.send(bytes);
        let drawn = self.settle(KEY_QUIET).expect("a frame after the key");
        drawn.saturating_duration_since(sent)
    }

    fn quit(mut self) {
        self.send(CTRL_Q);
        let deadline = Instant::now() + DEADLINE;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            self.drain();
            thread::sleep(Duration::from_millis(5));
        }
        eprintln!("keysmith did not quit on Ctrl+Q; killing it");
    }
}

/// A measurement that fails part-way never leaves its keysmith running.
impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Voluntary and involuntary context switches of every thread of `pid`, by thread id.
fn context_switches(pid: u32) -> BTreeMap<u32, (u64, u64)> {
    let mut threads = BTreeMap::new();
    let Ok(tasks) = fs::read_dir(format!("/proc/{pid}/task")) else {
        return threads;
    };
    for task in tasks.flatten() {
        let Some(tid) = task.file_name().to_str().and_then(|t| t.parse().ok()) else {
            continue;
        };
        let Ok(status) = fs::read_to_string(task.path().join("status")) else {
            continue;
        };
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|rest| rest.trim().parse::<u64>().ok())
                .unwrap_or(0)
        };
        threads.insert(
            tid,
            (
                field("voluntary_ctxt_switches:"),
                field("nonvoluntary_ctxt_switches:"),
            ),
        );
    }
    threads
}

/// Switches over `window` while nothing is typed: (voluntary, involuntary, threads seen).
fn switches_over(tui: &mut Tui, window: Duration) -> (u64, u64, usize) {
    tui.drain();
    let before = context_switches(tui.pid);
    thread::sleep(window);
    let after = context_switches(tui.pid);
    let (mut voluntary, mut involuntary) = (0, 0);
    for (tid, (v, n)) in &after {
        let (v0, n0) = before.get(tid).copied().unwrap_or((0, 0));
        voluntary += v.saturating_sub(v0);
        involuntary += n.saturating_sub(n0);
    }
    (voluntary, involuntary, after.len())
}

fn status_kib(pid: u32, field: &str) -> Option<u64> {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|line| line.strip_prefix(field))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort_unstable();
    println!(
        "{name}: median {}, p95 {}, min {}, max {} ({} samples)",
        ms(percentile(&samples, 50.0)),
        ms(percentile(&samples, 95.0)),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
        samples.len()
    );
}

fn env_count(name: &str, default: usize) -> usize {
    env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let bin = env::var("KEYSMITH_BIN").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/keysmith").to_string()
    });
    assert!(
        fs::metadata(&bin).is_ok(),
        "no binary at {bin}: run `cargo build --release` or set KEYSMITH_BIN"
    );
    let startup_runs = env_count("STARTUP_RUNS", 20).max(1);
    let keys = env_count("KEYS", 300).max(2);
    println!("binary: {bin}");
    println!("terminal: {COLS}x{ROWS} PTY, TERM=xterm-256color");

    // zxcvbn, in this process: the first estimate builds the dictionaries.
    let first = Instant::now();
    strength::assess("analytical-engine-1843", &["Ada", "London"]);
    let first = first.elapsed();
    let mut later: Vec<Duration> = (0..50)
        .map(|_| {
            let t = Instant::now();
            strength::assess("analytical-engine-1843", &["Ada", "London"]);
            t.elapsed()
        })
        .collect();
    later.sort_unstable();
    println!(
        "zxcvbn: first estimate {} (loads the dictionaries), later ones median {}",
        ms(first),
        ms(percentile(&later, 50.0))
    );

    // Start-up: exec to the first complete frame, with `--theme auto` (the default) in
    // terminals that answer its background query, that answer only the device-attributes
    // query sent with it, and that answer nothing; and with a theme named, which asks nothing.
    let terminals: [(&str, &[&str], Answers); 4] = [
        ("auto, terminal answers OSC 11", &[], DARK_BACKGROUND),
        ("auto, terminal answers DA1 only", &[], Answers::Attributes),
        ("auto, terminal answers nothing", &[], Answers::Nothing),
        (
            "--theme dark, nothing asked",
            &["--theme", "dark"],
            Answers::Nothing,
        ),
    ];
    for (name, args, answers) in terminals {
        let mut startups = Vec::with_capacity(startup_runs);
        for _ in 0..startup_runs {
            let (mut tui, start) = Tui::spawn(&bin, args, answers);
            let drawn = tui.settle(START_QUIET).expect("a first frame");
            assert!(
                tui.text().contains("Sign up"),
                "the first frame is not the Register screen:\n{}",
                tui.text()
            );
            startups.push(drawn.saturating_duration_since(start));
            tui.quit();
        }
        summary(&format!("start-up (exec to first frame), {name}"), startups);
    }

    let (mut tui, _) = Tui::spawn(&bin, &[], Answers::Attributes);
    tui.settle(START_QUIET).expect("a first frame");
    // Let the zxcvbn warm-up thread finish before counting wake-ups.
    thread::sleep(Duration::from_secs(2));
    let (voluntary, involuntary, threads) = switches_over(&mut tui, IDLE);
    println!(
        "idle {} s: {voluntary} voluntary context switches ({involuntary} involuntary) over {threads} threads",
        IDLE.as_secs()
    );

    // Key to screen, in the Name field: type a letter, erase it, and again.
    let name_keys: Vec<Duration> = (0..keys)
        .map(|i| tui.key(if i % 2 == 0 { b"a" } else { BACKSPACE }))
        .collect();
    summary("key to screen, Name field", name_keys);
    tui.type_text("Ada");
    tui.key(TAB);
    tui.type_text("London");
    tui.key(TAB);
    // In the Password field every key also runs zxcvbn on the whole password.
    tui.type_text("analytical-engine-1843");
    let password_keys: Vec<Duration> = (0..(keys * 2 / 3).max(2))
        .map(|i| tui.key(if i % 2 == 0 { b"x" } else { BACKSPACE }))
        .collect();
    summary(
        "key to screen, Password field (22 characters, zxcvbn each key)",
        password_keys,
    );
    tui.key(TAB); // Gender
    tui.key(SPACE); // Male
    tui.key(TAB); // Code format
    tui.key(TAB); // Send code
    tui.key(ENTER);
    let text = tui.text();
    let code: String = text
        .split("Your keysmith code is ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the code in the Messages panel")
        .to_string();

    thread::sleep(Duration::from_secs(1));
    let (voluntary, involuntary, threads) = switches_over(&mut tui, IDLE);
    let redrawn = tui.drain();
    println!(
        "countdown live {} s: {voluntary} voluntary context switches ({involuntary} involuntary) over {threads} threads, {redrawn} bytes drawn",
        IDLE.as_secs()
    );

    tui.type_text(&code);
    tui.key(ENTER);
    assert!(
        tui.text().contains("Login successful"),
        "the register flow did not succeed:\n{}",
        tui.text()
    );
    println!(
        "after a full register flow: peak RSS (VmHWM) {} KiB, RSS now {} KiB",
        status_kib(tui.pid, "VmHWM:").unwrap_or(0),
        status_kib(tui.pid, "VmRSS:").unwrap_or(0)
    );
    tui.quit();
}
