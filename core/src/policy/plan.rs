//! How a policy is sampled, chosen by exact acceptance rates.
//!
//! Drawing uniform candidates and keeping the valid ones is uniform over the valid passwords
//! and, where most candidates are valid, the fastest: the default (16 characters of set 4,
//! each class) keeps about 7 in 10. Where few are (tight minimums at length 9, a run limit on
//! a tiny alphabet), the exact sampler walks a chain of counts instead; it enforces what it
//! tracks, and what it leaves out (to keep its grid small) is checked and rejected as before.

use super::chains::{Composition, Positional, Spread, Tracked};
use super::count;
use super::error::PolicyError;
use super::shape::Shape;

/// Below this acceptance, rejection gives way to the exact sampler.
const REJECT_AT_LEAST: f64 = 1.0 / 32.0;
/// The exact sampler's checks on untracked requirements may reject no more often than this.
const EXACT_AT_LEAST: f64 = 1.0 / 4096.0;
/// The largest grid: states × positions, and steps examined to build it.
pub const GRID_CELL_LIMIT: usize = 1 << 20;
pub const GRID_EDGE_LIMIT: usize = 1 << 23;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plan {
    /// Uniform characters, rejected until valid.
    Reject,
    /// Uniform distinct characters, rejected until valid.
    RejectDistinct,
    /// The positional chain over what it tracks, then rejection on the rest.
    Positional(Tracked),
    /// The composition chain (no repeats): nothing left to reject.
    Composition,
    /// The spread chain (repeats, no run limit): nothing left to reject.
    Spread,
}

/// How passwords are drawn, for display and benches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    /// Uniform candidates, kept when valid; `acceptance` of them are.
    Rejection {
        /// The share of candidates that pass, 0 to 1.
        acceptance: f64,
    },
    /// Sampled exactly from counts; `acceptance` of draws pass the remaining checks.
    Exact {
        /// The share of draws that pass, 0 to 1.
        acceptance: f64,
    },
}

/// The plan for `shape`, which admits `2^log2_count` passwords.
pub(crate) fn choose(shape: &Shape, log2_count: f64) -> Result<(Plan, Method), PolicyError> {
    let n = shape.alphabet.len() as f64;
    let length = shape.length;
    if shape.no_repeats {
        let candidates: f64 = (0..length).map(|i| (n - i as f64).log2()).sum();
        let acceptance = (log2_count - candidates).exp2();
        if acceptance >= REJECT_AT_LEAST {
            return Ok((Plan::RejectDistinct, Method::Rejection { acceptance }));
        }
        let chain = Composition::new(shape);
        if chain.cells() > GRID_CELL_LIMIT || chain.edges() > GRID_EDGE_LIMIT {
            return Err(too_complex(chain.cells()));
        }
        return Ok((Plan::Composition, Method::Exact { acceptance: 1.0 }));
    }
    let uniform = (log2_count - length as f64 * n.log2()).exp2();
    if uniform >= REJECT_AT_LEAST {
        return Ok((
            Plan::Reject,
            Method::Rejection {
                acceptance: uniform,
            },
        ));
    }
    let all = Tracked::all(shape);
    let positional = Positional::new(shape, all);
    let positional_fits = fits(&positional, length);
    if shape.max_run.is_none() {
        let spread = Spread::new(shape);
        let spread_fits = spread.cells() <= GRID_CELL_LIMIT && spread.edges() <= GRID_EDGE_LIMIT;
        if spread_fits && (!positional_fits || spread.edges() < positional.edges()) {
            return Ok((Plan::Spread, Method::Exact { acceptance: 1.0 }));
        }
    }
    if positional_fits {
        return Ok((Plan::Positional(all), Method::Exact { acceptance: 1.0 }));
    }
    greedy(shape, log2_count)
}

fn fits(chain: &Positional, length: usize) -> bool {
    chain.states().saturating_mul(length + 1) <= GRID_CELL_LIMIT && chain.edges() <= GRID_EDGE_LIMIT
}

/// Tracks one more requirement at a time, the one that raises acceptance most, while the
/// grid fits.
fn greedy(shape: &Shape, log2_count: f64) -> Result<(Plan, Method), PolicyError> {
    let acceptance_of = |tracked: Tracked| -> Result<f64, PolicyError> {
        let relaxed = count::count(&tracked.relax(shape))?;
        Ok(relaxed.map_or(0.0, |n| (log2_count - n.log2()).exp2()))
    };
    let mut tracked = Tracked::none();
    let mut acceptance = acceptance_of(tracked)?;
    while acceptance < REJECT_AT_LEAST {
        let mut best: Option<(Tracked, f64)> = None;
        for candidate in more(shape, tracked) {
            if !fits(&Positional::new(shape, candidate), shape.length) {
                continue;
            }
            let a = acceptance_of(candidate)?;
            if best.is_none_or(|(_, b)| a > b) {
                best = Some((candidate, a));
            }
        }
        let Some((next, a)) = best else { break };
        tracked = next;
        acceptance = a;
    }
    if acceptance < EXACT_AT_LEAST {
        let cells = Positional::new(shape, Tracked::all(shape))
            .states()
            .saturating_mul(shape.length + 1);
        return Err(too_complex(cells));
    }
    if tracked == Tracked::none() && shape.max_run.is_none() {
        return Ok((Plan::Reject, Method::Rejection { acceptance }));
    }
    Ok((Plan::Positional(tracked), Method::Exact { acceptance }))
}

/// `tracked` plus one requirement it leaves out, for each one.
fn more(shape: &Shape, tracked: Tracked) -> Vec<Tracked> {
    let mut out = Vec::new();
    for i in 0..4 {
        if shape.mins[i] > 0 && !tracked.mins[i] {
            let mut t = tracked;
            t.mins[i] = true;
            out.push(t);
        }
    }
    for j in 0..shape.hits.len() {
        if tracked.hits >> j & 1 == 0 {
            out.push(Tracked {
                hits: tracked.hits | 1 << j,
                ..tracked
            });
        }
    }
    out
}

fn too_complex(cells: usize) -> PolicyError {
    PolicyError::TooComplex {
        detail: format!(
            "sampling these minimums exactly needs a table of {cells} counts, and keysmith \
             stops at {GRID_CELL_LIMIT}; lower a minimum, the length or the run limit"
        ),
    }
}
