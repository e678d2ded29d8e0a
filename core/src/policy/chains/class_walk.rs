//! What the two chains that count by how many characters each atom gives share
//! (`Composition`, `Spread`): atoms visited class by class, and a state that is how many
//! characters are placed so far, the count in the current class (capped at its minimum,
//! checked when the class ends) and the hit sets met.

use super::atoms::{Atom, Tracked, atoms};
use crate::policy::grid::{BigNat, Chain, Step};
use crate::policy::shape::Shape;

/// A chain whose layers are the atoms of a class walk: it says only the steps and their weights.
pub(super) trait WalksClasses {
    fn walk(&self) -> &ClassWalk;
    fn steps(&self, layer: usize, state: usize, out: &mut Vec<Step>);
    fn exact_weight(&self, _layer: usize, _state: usize, _step: &Step) -> BigNat {
        BigNat::one()
    }
}

impl<T: WalksClasses> Chain for T {
    fn depth(&self) -> usize {
        self.walk().atoms.len()
    }

    fn width(&self, _layer: usize) -> usize {
        self.walk().width()
    }

    fn start(&self) -> usize {
        0
    }

    fn accepts(&self, state: usize) -> bool {
        self.walk().accepts(state)
    }

    fn steps(&self, layer: usize, state: usize, out: &mut Vec<Step>) {
        WalksClasses::steps(self, layer, state, out);
    }

    fn exact_weight(&self, layer: usize, state: usize, step: &Step) -> BigNat {
        WalksClasses::exact_weight(self, layer, state, step)
    }
}

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

    /// The state after `x` characters of atom `layer` from `state`, or `None` where that ends
    /// the atom's class short of its minimum. The count in a class is kept up to the minimum
    /// and starts again at 0 when the class ends.
    pub fn after(&self, layer: usize, state: usize, x: usize) -> Option<usize> {
        let (placed, in_class, hits) = self.decode(state);
        let count = in_class + x;
        let min = self.min_of[layer];
        let carried = match self.closes[layer] {
            true if count < min => return None,
            true => 0,
            false => count.min(min),
        };
        Some(self.state(placed + x, carried, self.hits_after(layer, hits, x)))
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
