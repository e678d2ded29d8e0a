//! What the two chains that count by how many characters each atom gives share
//! (`Composition`, `Spread`): atoms visited class by class, and a state that is how many
//! characters are placed so far, the count in the current class (capped at its minimum,
//! checked when the class ends) and the hit sets met.

use super::atoms::{Atom, Tracked, atoms};
use crate::policy::shape::Shape;

pub(super) struct ClassWalk {
    pub length: usize,
    pub atoms: Vec<Atom>,
    /// The minimum of each atom's class, and whether the atom is the last of its class.
    pub min_of: Vec<usize>,
    pub closes: Vec<bool>,
    pub cap: usize,
    pub hit_states: usize,
}

impl ClassWalk {
    /// `distinct`: atoms for passwords without repeats. The cap is the largest minimum; a
    /// chain that carries less may lower it.
    pub fn new(shape: &Shape, distinct: bool) -> ClassWalk {
        let atoms = atoms(shape, Tracked::all(shape), distinct);
        let min_of = atoms
            .iter()
            .map(|a| a.class.map_or(0, |c| shape.mins[c.index()]))
            .collect();
        let closes = (0..atoms.len())
            .map(|i| {
                atoms
                    .get(i + 1)
                    .is_none_or(|next| next.class != atoms[i].class)
            })
            .collect();
        ClassWalk {
            length: shape.length,
            atoms,
            min_of,
            closes,
            cap: shape.mins.iter().copied().max().unwrap_or(0),
            hit_states: 1 << shape.hits.len(),
        }
    }

    pub fn state(&self, placed: usize, in_class: usize, hits: usize) -> usize {
        (placed * (self.cap + 1) + in_class) * self.hit_states + hits
    }

    /// `(placed, in_class, hits)` of a state.
    pub fn decode(&self, state: usize) -> (usize, usize, usize) {
        let hits = state % self.hit_states;
        let rest = state / self.hit_states;
        (rest / (self.cap + 1), rest % (self.cap + 1), hits)
    }

    /// States a layer holds (every layer the same).
    pub fn width(&self) -> usize {
        (self.length + 1) * (self.cap + 1) * self.hit_states
    }

    /// Every character placed, the last class closed, every hit set met.
    pub fn accepts(&self, state: usize) -> bool {
        state == self.state(self.length, 0, self.hit_states - 1)
    }

    /// Cells of the grid: a layer of states before each atom and after the last.
    pub fn cells(&self) -> usize {
        self.width().saturating_mul(self.atoms.len() + 1)
    }

    /// The hit sets met after `x` characters of atom `layer`.
    pub fn hits_after(&self, layer: usize, hits: usize, x: usize) -> usize {
        if x > 0 {
            hits | self.atoms[layer].mask as usize
        } else {
            hits
        }
    }
}
