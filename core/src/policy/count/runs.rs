//! Counting with at most `k` identical characters in a row: position by position, over the
//! counts so far of each group with a minimum (capped at the minimum: beyond it, more makes no
//! difference) and the run the last character ends (its group and length).
//!
//! Characters of a group are interchangeable, so the run needs only the group of its
//! character: after a run of `r` of some character of group `g`, the next one is the same
//! character (1 way, only if `r < k`), another of group `g` (`s_g − 1` ways) or one of another
//! group `h` (`s_h` ways). Every term is positive.

use super::Group;
use crate::policy::magnitude::Magnitude;

/// The counting states: capped counts, times a run tail (0: nothing yet; else group, length).
pub(super) struct Layout<'a> {
    groups: &'a [Group],
    k: usize,
    /// Mixed-radix place value of each group's capped count (0 for groups without a minimum).
    place: Vec<usize>,
    blocks: usize,
}

impl<'a> Layout<'a> {
    pub(super) fn new(groups: &'a [Group], k: usize) -> Layout<'a> {
        let mut blocks = 1usize;
        let place = groups
            .iter()
            .map(|g| {
                if g.min == 0 {
                    return 0;
                }
                let place = blocks;
                blocks = blocks.saturating_mul(g.min.saturating_add(1));
                place
            })
            .collect();
        Layout {
            groups,
            k,
            place,
            blocks,
        }
    }

    fn tails(&self) -> usize {
        self.groups.len().saturating_mul(self.k).saturating_add(1)
    }

    /// States times positions: the work a count takes.
    pub(super) fn work(&self, length: usize) -> usize {
        self.blocks
            .saturating_mul(self.tails())
            .saturating_mul(length.max(1))
    }

    /// The block reached from `block` by one more character of group `g`.
    fn bump(&self, block: usize, g: usize) -> usize {
        let place = self.place[g];
        if place == 0 {
            return block;
        }
        let digit = block / place % self.groups[g].min.saturating_add(1);
        if digit < self.groups[g].min {
            block + place
        } else {
            block
        }
    }
}

pub(super) fn count(groups: &[Group], length: usize, k: usize) -> Magnitude {
    let layout = Layout::new(groups, k);
    let tails = layout.tails();
    let mut current = vec![Magnitude::ZERO; layout.blocks * tails];
    let mut next = current.clone();
    current[0] = Magnitude::ONE;
    let mut runs = vec![Magnitude::ZERO; groups.len()];
    // The block each block moves to on a character of each group, worked out once instead of
    // by a division per group, block and position.
    let bumped: Vec<usize> = (0..layout.blocks)
        .flat_map(|block| (0..groups.len()).map(move |g| (block, g)))
        .map(|(block, g)| layout.bump(block, g))
        .collect();
    for _ in 0..length {
        next.fill(Magnitude::ZERO);
        for block in 0..layout.blocks {
            let row = &current[block * tails..(block + 1) * tails];
            // `runs[g]`: passwords so far whose last run is of group g, whatever its length.
            for (g, slot) in runs.iter_mut().enumerate() {
                *slot = Magnitude::sum(row[1 + g * k..1 + (g + 1) * k].iter().copied());
            }
            let total = Magnitude::sum(runs.iter().copied()).add(row[0]);
            if total.is_zero() {
                continue;
            }
            for (g, group) in groups.iter().enumerate() {
                if group.size == 0 {
                    continue;
                }
                let target = bumped[block * groups.len() + g] * tails + 1 + g * k;
                // s·(others) + (s − 1)·runs[g] = s·total − runs[g]; with s ≥ 2 the part taken
                // away is at most half, so nothing cancels. With s = 1 it is summed outright.
                let size = group.size as u64;
                let fresh = if size >= 2 {
                    total.mul_u64(size).minus_at_most_half(runs[g])
                } else {
                    Magnitude::sum(
                        runs.iter()
                            .enumerate()
                            .filter(|&(h, _)| h != g)
                            .map(|(_, &r)| r),
                    )
                    .add(row[0])
                };
                next[target] = next[target].add(fresh);
                for r in 1..k {
                    let from = row[g * k + r];
                    next[target + r] = next[target + r].add(from);
                }
            }
        }
        std::mem::swap(&mut current, &mut next);
    }
    let last = (layout.blocks - 1) * tails;
    Magnitude::sum(current[last..last + tails].iter().copied())
}
