//! Drawing passwords: uniform over exactly the passwords a policy admits.

mod check;
mod exact;
mod stream;
mod table;

use rand::CryptoRng;
use secrecy::SecretString;
use zeroize::Zeroizing;

use self::check::Check;
use self::exact::Exact;
use self::stream::{STREAM_LENGTH, Stream};
use self::table::Table;
use super::Policy;
use super::chains::{Composition, Positional, Spread};
use super::grid::Precision;
use super::plan::Plan;
use super::shape::Shape;

pub(crate) use check::longest_run;

/// A compiled policy ready to draw many passwords without re-checking or re-allocating.
pub struct Generator {
    length: usize,
    engine: Engine,
    check: Check,
    /// Bulk output's characters, where the engine is a table: made by the first bulk call.
    stream: Option<Box<Stream>>,
}

enum Engine {
    Table(Box<Table>),
    Distinct(Zeroizing<Vec<u8>>),
    Positional(Box<Exact<Positional>>),
    Composition(Box<Exact<Composition>>),
    Spread(Box<Exact<Spread>>),
}

impl Generator {
    /// Readies `policy` for drawing: its tables are built once, here.
    pub fn new(policy: &Policy) -> Generator {
        Generator::with_plan(&policy.shape, policy.plan, Precision::EXACT_ENOUGH)
    }

    pub(crate) fn with_plan(shape: &Shape, plan: Plan, precision: Precision) -> Generator {
        let chars = shape.alphabet.to_vec();
        let engine = match plan {
            Plan::Reject => Engine::Table(Box::new(Table::new(&chars, shape.length))),
            Plan::RejectDistinct => Engine::Distinct(Zeroizing::new(chars)),
            Plan::Positional(tracked) => Engine::Positional(Box::new(Exact::new(
                Positional::new(shape, tracked),
                precision,
            ))),
            Plan::Composition => {
                Engine::Composition(Box::new(Exact::new(Composition::new(shape), precision)))
            }
            Plan::Spread => Engine::Spread(Box::new(Exact::new(
                Spread::new(shape).with_precision(precision),
                precision,
            ))),
        };
        Generator {
            length: shape.length,
            engine,
            check: Check::new(shape),
            stream: None,
        }
    }

    /// Replaces `out` with a fresh password. Candidates are drawn until one is valid; each
    /// candidate is uniform over a superset of the valid passwords (all strings, all strings
    /// of distinct characters, or those a chain enforces), so the result is uniform over
    /// exactly the valid ones.
    pub fn fill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, out: &mut Vec<u8>) {
        loop {
            out.clear();
            let drawn = match &mut self.engine {
                Engine::Table(table) => {
                    table.fill(rng, self.length, out);
                    true
                }
                Engine::Distinct(pool) => {
                    exact::choose_distinct_in_place(rng, pool, self.length, out);
                    true
                }
                Engine::Positional(e) => e.fill(rng, out),
                Engine::Composition(e) => e.fill(rng, out),
                Engine::Spread(e) => e.fill(rng, out),
            };
            if drawn && self.check.passes(out) {
                return;
            }
        }
    }

    /// Appends `count` fresh passwords to `out`, each followed by `b'\n'`: bulk output. Each
    /// is uniform over exactly the valid passwords and independent of the others, as from
    /// `fill`. Where candidates are uniform characters (rejection on the default, site rules
    /// and the like) they are consecutive slices of one stream of characters drawn from `rng`
    /// a kilobyte at a time, which this call uses up or drops: nothing is kept for the next.
    pub fn fill_lines<R: CryptoRng + ?Sized>(
        &mut self,
        rng: &mut R,
        count: usize,
        out: &mut Vec<u8>,
    ) {
        let line = self.length + 1;
        match &mut self.engine {
            Engine::Table(table) if self.length <= STREAM_LENGTH => {
                // Every candidate is written at `at`, and `at` moves past it only if it
                // passes: a rejected one is overwritten by the next, with no branch on the
                // check (which fails at random, for the default 1 time in 6). Room for every
                // line and one candidate past the last; that one is cut off.
                let start = out.len();
                let end = start + count * line;
                out.resize(end + line, 0);
                let stream = self
                    .stream
                    .get_or_insert_with(|| Box::new(Stream::new(table.pick)));
                let mut at = start;
                while at < end {
                    let candidate = stream.next(rng, self.length);
                    let kept = self.check.passes(candidate);
                    out[at..at + self.length].copy_from_slice(candidate);
                    out[at + self.length] = b'\n';
                    at += usize::from(kept) * line;
                }
                out.truncate(end);
                stream.end();
            }
            Engine::Table(_)
            | Engine::Distinct(_)
            | Engine::Positional(_)
            | Engine::Composition(_)
            | Engine::Spread(_) => {
                out.reserve(count.saturating_mul(line));
                let mut password = Zeroizing::new(Vec::with_capacity(self.length));
                for _ in 0..count {
                    self.fill(rng, &mut password);
                    out.extend_from_slice(&password);
                    out.push(b'\n');
                }
            }
        }
    }

    /// One password as a secret.
    pub fn generate<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> SecretString {
        let mut bytes = Zeroizing::new(Vec::with_capacity(self.length));
        self.fill(rng, &mut bytes);
        // Exact capacity, so turning it into the secret's box leaves no copy behind.
        let mut text = String::with_capacity(bytes.len());
        text.extend(bytes.iter().map(|&b| char::from(b)));
        SecretString::from(text)
    }
}

/// One password for `policy`, drawn from `rng` (for many, keep a `Generator`).
pub fn generate<R: CryptoRng + ?Sized>(policy: &Policy, rng: &mut R) -> SecretString {
    Generator::new(policy).generate(rng)
}
