//! Passwords with repeats, position by position: the chain the exact sampler walks when
//! rejection would be slow.
//!
//! A state is the count so far of each tracked class minimum (capped at the minimum), the
//! tracked hit sets met so far, and, with a run limit, the last character's atom and how
//! many times in a row it came. A step adds one character: `atom.len()` choices, or with a
//! run limit either the same character again (1 choice, while the run is short enough) or
//! another of the atom (`len − 1`).

use super::atoms::{Atom, Tracked, atoms};
use crate::policy::grid::{Chain, Step, Weight};
use crate::policy::shape::Shape;

pub(crate) struct Positional {
    length: usize,
    atoms: Vec<Atom>,
    /// Which tracked minimum each atom counts towards, by atom.
    slot_of: Vec<Option<usize>>,
    mins: Vec<usize>,
    places: Vec<usize>,
    hit_states: usize,
    run: Option<usize>,
    tails: usize,
    blocks: usize,
}

/// The label of a step: its atom, and whether it repeats the last character.
fn label(atom: usize, repeat: bool) -> u32 {
    (atom as u32) << 1 | u32::from(repeat)
}

impl Positional {
    pub fn new(shape: &Shape, tracked: Tracked) -> Positional {
        let atoms = atoms(shape, tracked, false);
        let mut mins = Vec::new();
        let mut slots = [None; 4];
        for (i, &on) in tracked.mins.iter().enumerate() {
            if on && shape.mins[i] > 0 {
                slots[i] = Some(mins.len());
                mins.push(shape.mins[i]);
            }
        }
        let mut places = Vec::with_capacity(mins.len());
        let mut blocks = 1usize;
        for &m in &mins {
            places.push(blocks);
            blocks = blocks.saturating_mul(m.saturating_add(1));
        }
        let run = shape.max_run;
        Positional {
            length: shape.length,
            slot_of: atoms
                .iter()
                .map(|a| a.class.and_then(|c| slots[c.index()]))
                .collect(),
            tails: run.map_or(1, |k| 1 + atoms.len() * k),
            atoms,
            mins,
            places,
            hit_states: 1 << tracked.hits.count_ones(),
            run,
            blocks,
        }
    }

    pub fn atoms(&self) -> &[Atom] {
        &self.atoms
    }

    /// Whether a fresh character of the last one's atom has one choice fewer.
    pub fn limits_runs(&self) -> bool {
        self.run.is_some()
    }

    /// States per layer.
    pub fn states(&self) -> usize {
        self.blocks
            .saturating_mul(self.hit_states)
            .saturating_mul(self.tails)
    }

    /// Steps examined to build the grid.
    pub fn edges(&self) -> usize {
        self.states()
            .saturating_mul(self.length)
            .saturating_mul(self.atoms.len() + 1)
    }

    fn bump(&self, block: usize, atom: usize) -> usize {
        match self.slot_of[atom] {
            Some(j) if block / self.places[j] % self.mins[j].saturating_add(1) < self.mins[j] => {
                block + self.places[j]
            }
            Some(_) | None => block,
        }
    }

    fn state(&self, block: usize, hits: usize, tail: usize) -> usize {
        (block * self.hit_states + hits) * self.tails + tail
    }
}

impl Chain for Positional {
    fn depth(&self) -> usize {
        self.length
    }

    fn width(&self, _layer: usize) -> usize {
        self.states()
    }

    fn start(&self) -> usize {
        0
    }

    fn accepts(&self, state: usize) -> bool {
        let hits = state / self.tails % self.hit_states;
        let block = state / self.tails / self.hit_states;
        block == self.blocks - 1 && hits == self.hit_states - 1
    }

    fn steps(&self, _layer: usize, state: usize, out: &mut Vec<Step>) {
        let tail = state % self.tails;
        let hits = state / self.tails % self.hit_states;
        let block = state / self.tails / self.hit_states;
        // With a run limit, tail 0 is "no character yet"; else atom · k + run − 1, plus 1.
        let last = self
            .run
            .filter(|_| tail > 0)
            .map(|k| ((tail - 1) / k, (tail - 1) % k + 1));
        for (a, atom) in self.atoms.iter().enumerate() {
            let size = atom.chars.len() as u64;
            let next_block = self.bump(block, a);
            let next_hits = hits | atom.mask as usize;
            let fresh_tail = self.run.map_or(0, |k| 1 + a * k);
            match last {
                Some((last_atom, run)) if last_atom == a => {
                    if size > 1 {
                        out.push(Step {
                            next: self.state(next_block, next_hits, fresh_tail),
                            weight: Weight::Small(size - 1),
                            label: label(a, false),
                        });
                    }
                    if self.run.is_some_and(|k| run < k) {
                        out.push(Step {
                            next: self.state(next_block, hits, fresh_tail + run),
                            weight: Weight::Small(1),
                            label: label(a, true),
                        });
                    }
                }
                Some(_) | None => out.push(Step {
                    next: self.state(next_block, next_hits, fresh_tail),
                    weight: Weight::Small(size),
                    label: label(a, false),
                }),
            }
        }
    }
}
