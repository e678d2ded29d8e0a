//! Passwords without repeats, by how many characters each atom gives: the chain the exact
//! sampler walks when drawing distinct characters and rejecting would be slow.
//!
//! A password of distinct characters is a choice of `x_a` characters from each atom `a`
//! (`C(|a|, x_a)` ways) and then an order of all of them (`L!` ways, the same for every
//! choice). So only the choice is sampled from counts: atoms are visited class by class,
//! and a state is the total chosen so far, the count in the current class (capped at its
//! minimum, checked when the class ends) and the hit sets met. The characters are then drawn
//! uniformly within each atom and shuffled uniformly.

use super::atoms::{Atom, Tracked, atoms};
use crate::secret::policy::grid::{Chain, Step, Weight};
use crate::secret::policy::shape::Shape;

pub(crate) struct Composition {
    length: usize,
    atoms: Vec<Atom>,
    /// The minimum of each atom's class, and whether the atom is the last of its class.
    min_of: Vec<usize>,
    closes: Vec<bool>,
    cap: usize,
    hit_states: usize,
}

/// `C(n, k)` for `n ≤ 95`, exactly (the largest, `C(95, 47)`, is below 2^92).
fn binomial(n: usize, k: usize) -> u128 {
    (0..k).fold(1u128, |acc, i| acc * (n - i) as u128 / (i + 1) as u128)
}

impl Composition {
    pub fn new(shape: &Shape) -> Composition {
        let atoms = atoms(shape, Tracked::all(shape), true);
        let class_min = |a: &Atom| a.class.map_or(0, |c| shape.mins[c.index()]);
        let closes = (0..atoms.len())
            .map(|i| {
                atoms
                    .get(i + 1)
                    .is_none_or(|next| next.class != atoms[i].class)
            })
            .collect();
        Composition {
            length: shape.length,
            min_of: atoms.iter().map(class_min).collect(),
            closes,
            cap: shape.mins.iter().copied().max().unwrap_or(0),
            hit_states: 1 << shape.hits.len(),
            atoms,
        }
    }

    pub fn atoms(&self) -> &[Atom] {
        &self.atoms
    }

    fn state(&self, total: usize, in_class: usize, hits: usize) -> usize {
        (total * (self.cap + 1) + in_class) * self.hit_states + hits
    }

    /// Cells of the grid (every layer has the same width).
    pub fn cells(&self) -> usize {
        self.width(0).saturating_mul(self.atoms.len() + 1)
    }

    /// Steps examined to build the grid.
    pub fn edges(&self) -> usize {
        let choices: usize = self
            .atoms
            .iter()
            .map(|a| a.chars.len().min(self.length) + 1)
            .sum();
        self.width(0).saturating_mul(choices)
    }
}

impl Chain for Composition {
    fn depth(&self) -> usize {
        self.atoms.len()
    }

    fn width(&self, _layer: usize) -> usize {
        (self.length + 1) * (self.cap + 1) * self.hit_states
    }

    fn start(&self) -> usize {
        0
    }

    fn accepts(&self, state: usize) -> bool {
        state == self.state(self.length, 0, self.hit_states - 1)
    }

    fn steps(&self, layer: usize, state: usize, out: &mut Vec<Step>) {
        let hits = state % self.hit_states;
        let in_class = state / self.hit_states % (self.cap + 1);
        let total = state / self.hit_states / (self.cap + 1);
        let atom = &self.atoms[layer];
        let min = self.min_of[layer];
        let most = atom.chars.len().min(self.length - total);
        for x in 0..=most {
            let mut count = (in_class + x).min(min);
            if self.closes[layer] {
                if count < min {
                    continue;
                }
                count = 0;
            }
            let next_hits = if x > 0 {
                hits | atom.mask as usize
            } else {
                hits
            };
            // Atoms hold at most 33 characters (a class), so the weight is below 2^31.
            out.push(Step {
                next: self.state(total + x, count, next_hits),
                weight: Weight::Small(binomial(atom.chars.len(), x) as u64),
                label: x as u32,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::binomial;

    #[test]
    fn binomials() {
        assert_eq!(binomial(5, 2), 10);
        assert_eq!(binomial(33, 16), 1_166_803_110);
        assert_eq!(binomial(95, 0), 1);
        assert_eq!(binomial(4, 4), 1);
    }
}
