//! The exact number of passwords a policy admits, as a `Magnitude`.
//!
//! Hit sets (a `required:` union that is not a class) are handled by inclusion–exclusion:
//! the passwords that contain every hit set are `Σ_T (−1)^|T| N(alphabet minus ∪T)`, where
//! `N` counts with the class minimums alone and `T` runs over the subsets of hit sets (at
//! most 2^4). The rest is a positive count: `egf` without a run limit, `runs` with one.
//! The signed sum is the only place where rounding could cancel; with at most four hit sets
//! of at least one character each, among at most 95, the result is never below 2^-30 of its
//! largest term, so the 2^-52 rounding of the terms leaves it exact to far better than 0.01
//! bit. A difference under 2^-40 of the terms is only rounding of terms that cancel exactly,
//! and means no password at all.

mod egf;
mod runs;

use super::byteset::ByteSet;
use super::error::PolicyError;
use super::magnitude::Magnitude;
use super::options::Class;
use super::shape::Shape;

/// Counting with a run limit takes states × positions steps; past this it is refused. At
/// 5–7 ns a step this keeps every accepted count under 50 ms: the worst, 1024 characters with
/// four minimums of 4 and max consecutive 1, takes about 30 ms. It still takes any site's
/// rules (a few of each class) at any length, and 7 of each class at 64 with 2 in a row.
pub const RUN_WORK_LIMIT: usize = 1 << 22;

/// Interchangeable characters: a class with a minimum, or all the others (minimum 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Group {
    pub size: usize,
    pub min: usize,
}

/// The groups of `shape`'s alphabet once `removed` is taken out.
pub(crate) fn groups(shape: &Shape, removed: ByteSet) -> Vec<Group> {
    let mut free = shape.alphabet.minus(removed);
    let mut out: Vec<Group> = Class::ALL
        .iter()
        .filter(|c| shape.mins[c.index()] > 0)
        .map(|&c| {
            let chars = shape.class_chars(c).minus(removed);
            free = free.minus(chars);
            Group {
                size: chars.len(),
                min: shape.mins[c.index()],
            }
        })
        .collect();
    out.push(Group {
        size: free.len(),
        min: 0,
    });
    out
}

/// How many passwords `shape` admits; `None` for none at all.
pub(crate) fn count(shape: &Shape) -> Result<Option<Magnitude>, PolicyError> {
    check_work(shape)?;
    let mut added = Magnitude::ZERO;
    let mut taken = Magnitude::ZERO;
    for subset in 0u32..1 << shape.hits.len() {
        let removed = shape
            .hits
            .iter()
            .enumerate()
            .filter(|(i, _)| subset >> i & 1 == 1)
            .fold(ByteSet::EMPTY, |set, (_, &h)| set.union(h));
        let term = count_groups(&groups(shape, removed), shape);
        if subset.count_ones() % 2 == 0 {
            added = added.add(term);
        } else {
            taken = taken.add(term);
        }
    }
    Ok(added.checked_sub(taken).filter(|n| !n.is_zero()))
}

fn count_groups(groups: &[Group], shape: &Shape) -> Magnitude {
    if groups.iter().any(|g| g.size < g.min.min(1)) {
        return Magnitude::ZERO;
    }
    match shape.max_run {
        None => egf::count(groups, shape.length, shape.no_repeats),
        Some(k) => runs::count(groups, shape.length, k),
    }
}

fn check_work(shape: &Shape) -> Result<(), PolicyError> {
    let Some(k) = shape.max_run else {
        return Ok(());
    };
    let groups = groups(shape, ByteSet::EMPTY);
    let work = runs::Layout::new(&groups, k)
        .work(shape.length)
        .saturating_mul(1 << shape.hits.len());
    if work <= RUN_WORK_LIMIT {
        return Ok(());
    }
    let mins: Vec<String> = Class::ALL
        .iter()
        .filter(|c| shape.mins[c.index()] > 0)
        .map(|c| format!("{} {}", shape.mins[c.index()], c.plural()))
        .collect();
    Err(PolicyError::TooComplex {
        detail: format!(
            "a limit of {k} in a row with at least {} over {} characters takes {work} counting \
             steps, and keysmith stops at {RUN_WORK_LIMIT}; lower a minimum or drop the limit",
            mins.join(", "),
            shape.length
        ),
    })
}
