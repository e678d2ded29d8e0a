//! Passwords without repeats, by how many characters each atom gives: the chain the exact
//! sampler walks when drawing distinct characters and rejecting would be slow.
//!
//! A password of distinct characters is a choice of `x_a` characters from each atom `a`
//! (`C(|a|, x_a)` ways) and then an order of all of them (`L!` ways, the same for every
//! choice). So only the choice is sampled from counts: atoms are visited class by class,
//! and a state is the total chosen so far, the count in the current class (capped at its
//! minimum, checked when the class ends) and the hit sets met. The characters are then drawn
//! uniformly within each atom and shuffled uniformly.

use super::atoms::Atom;
use super::class_walk::{ClassWalk, WalksClasses};
use crate::policy::grid::{Step, Weight};
use crate::policy::shape::Shape;

pub(crate) struct Composition {
    walk: ClassWalk,
}

/// `C(n, k)` for `n ≤ 95`, exactly (the largest, `C(95, 47)`, is below 2^92).
fn binomial(n: usize, k: usize) -> u128 {
    (0..k).fold(1u128, |acc, i| acc * (n - i) as u128 / (i + 1) as u128)
}

impl Composition {
    pub fn new(shape: &Shape) -> Composition {
        Composition {
            walk: ClassWalk::new(shape, true),
        }
    }

    pub fn atoms(&self) -> &[Atom] {
        &self.walk.atoms
    }

    /// Cells of the grid (every layer has the same width).
    pub fn cells(&self) -> usize {
        self.walk.cells()
    }

    /// Steps examined to build the grid.
    pub fn edges(&self) -> usize {
        let walk = &self.walk;
        let choices: usize = walk
            .atoms
            .iter()
            .map(|a| a.chars.len().min(walk.length) + 1)
            .sum();
        walk.width().saturating_mul(choices)
    }
}

impl WalksClasses for Composition {
    fn walk(&self) -> &ClassWalk {
        &self.walk
    }

    fn steps(&self, layer: usize, state: usize, out: &mut Vec<Step>) {
        let walk = &self.walk;
        let (placed, _, _) = walk.decode(state);
        let atom = &walk.atoms[layer];
        let most = atom.chars.len().min(walk.length - placed);
        for x in 0..=most {
            let Some(next) = walk.after(layer, state, x) else {
                continue;
            };
            // Atoms hold at most 33 characters (a class), so the weight is below 2^31.
            out.push(Step {
                next,
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
