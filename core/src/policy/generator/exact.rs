//! The exact samplers' candidates: a path walked on a chain's grid, turned into characters.

use rand::CryptoRng;
use zeroize::Zeroizing;

use crate::policy::chains::{Composition, Positional, Spread};
use crate::policy::grid::exact::below_usize;
use crate::policy::grid::{Chain, Grid, Precision, Walker};

pub(crate) struct Exact<C> {
    chain: C,
    grid: Grid,
    walker: Walker,
    /// The walked path spells the password: wiped on drop.
    path: Zeroizing<Vec<u64>>,
    pool: Zeroizing<Vec<u8>>,
}

impl<C: Chain> Exact<C> {
    pub fn new(chain: C, precision: Precision) -> Exact<C> {
        Exact {
            grid: Grid::build(&chain, precision),
            chain,
            walker: Walker::default(),
            path: Zeroizing::new(Vec::new()),
            pool: Zeroizing::new(Vec::new()),
        }
    }

    fn walk<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> bool {
        self.walker
            .walk(&self.chain, &self.grid, rng, &mut self.path)
    }
}

fn unpack(step: u64) -> (usize, usize) {
    ((step >> 40) as usize, (step & ((1 << 40) - 1)) as usize)
}

impl Exact<Positional> {
    /// Appends one candidate to `out`; `false` if the walk was rejected.
    pub fn fill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, out: &mut Vec<u8>) -> bool {
        if !self.walk(rng) {
            return false;
        }
        let atoms = self.chain.atoms();
        let mut last: Option<(usize, u8)> = None;
        for &step in self.path.iter() {
            let (label, choice) = unpack(step);
            let (a, repeat) = (label >> 1, label & 1 == 1);
            let chars = &atoms[a].chars;
            let c = match last {
                Some((_, previous)) if repeat => previous,
                // A fresh character of the same atom skips the previous one: `len − 1` choices.
                Some((last_atom, previous)) if last_atom == a && self.chain.limits_runs() => {
                    let skip = chars.iter().position(|&x| x == previous).unwrap_or(0);
                    chars[if choice >= skip { choice + 1 } else { choice }]
                }
                Some(_) | None => chars[choice],
            };
            out.push(c);
            last = Some((a, c));
        }
        true
    }
}

impl Exact<Composition> {
    /// Appends one candidate to `out`: `x_a` distinct characters from each atom, uniformly,
    /// then all of them in a uniform order. `false` if the walk was rejected.
    pub fn fill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, out: &mut Vec<u8>) -> bool {
        if !self.walk(rng) {
            return false;
        }
        let start = out.len();
        for (atom, &step) in self.chain.atoms().iter().zip(self.path.iter()) {
            let (x, _) = unpack(step);
            choose_distinct(rng, &atom.chars, x, &mut self.pool, out);
        }
        shuffle(rng, &mut out[start..]);
        true
    }
}

impl Exact<Spread> {
    /// Appends one candidate to `out`: each atom's count of labels in a uniform order, then a
    /// uniform character of each label's atom. `false` if the walk was rejected.
    pub fn fill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, out: &mut Vec<u8>) -> bool {
        if !self.walk(rng) {
            return false;
        }
        // Atom labels first (at most 95 atoms: one byte each), then characters in place.
        self.pool.clear();
        for (a, &step) in self.path.iter().enumerate() {
            let (x, _) = unpack(step);
            self.pool.extend(std::iter::repeat_n(a as u8, x));
        }
        shuffle(rng, &mut self.pool);
        let atoms = self.chain.atoms();
        out.extend(self.pool.iter().map(|&a| {
            let chars = &atoms[usize::from(a)].chars;
            chars[below_usize(rng, chars.len())]
        }));
        true
    }
}

/// Appends `k` distinct characters of `chars`, each `k`-subset equally likely.
pub(crate) fn choose_distinct<R: CryptoRng + ?Sized>(
    rng: &mut R,
    chars: &[u8],
    k: usize,
    pool: &mut Vec<u8>,
    out: &mut Vec<u8>,
) {
    pool.clear();
    pool.extend_from_slice(chars);
    choose_distinct_in_place(rng, pool, k, out);
}

/// Appends `k` distinct characters of `pool` in a uniform order (a partial Fisher–Yates, which
/// leaves `pool` reordered: any order of it serves the next draw as well).
pub(crate) fn choose_distinct_in_place<R: CryptoRng + ?Sized>(
    rng: &mut R,
    pool: &mut [u8],
    k: usize,
    out: &mut Vec<u8>,
) {
    for i in 0..k {
        let j = i + below_usize(rng, pool.len() - i);
        pool.swap(i, j);
    }
    out.extend_from_slice(&pool[..k]);
}

/// Fisher–Yates with exact draws.
pub(crate) fn shuffle<R: CryptoRng + ?Sized>(rng: &mut R, items: &mut [u8]) {
    for i in (1..items.len()).rev() {
        let j = below_usize(rng, i + 1);
        items.swap(i, j);
    }
}
