//! Atoms: the characters that every tracked requirement treats alike, so a chain can count
//! them as one and pick among them uniformly.

use crate::policy::options::Class;
use crate::policy::shape::Shape;

/// Which requirements of a shape a chain enforces itself (the rest are checked afterwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tracked {
    /// Class minimums, by `Class::index`.
    pub mins: [bool; 4],
    /// Hit sets, one bit each.
    pub hits: u32,
}

impl Tracked {
    pub fn all(shape: &Shape) -> Tracked {
        Tracked {
            mins: shape.mins.map(|m| m > 0),
            hits: (1 << shape.hits.len()) - 1,
        }
    }

    pub fn none() -> Tracked {
        Tracked {
            mins: [false; 4],
            hits: 0,
        }
    }

    /// The shape with only these requirements: what the chain alone counts.
    pub fn relax(self, shape: &Shape) -> Shape {
        let mut relaxed = shape.clone();
        for (i, min) in relaxed.mins.iter_mut().enumerate() {
            if !self.mins[i] {
                *min = 0;
            }
        }
        relaxed.hits = shape
            .hits
            .iter()
            .enumerate()
            .filter(|(i, _)| self.hits >> i & 1 == 1)
            .map(|(_, &h)| h)
            .collect();
        relaxed
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Atom {
    pub chars: Vec<u8>,
    /// The class its characters are kept apart as, or `None` for the characters of every
    /// class whose minimum is not tracked.
    pub class: Option<Class>,
    /// The tracked hit sets (renumbered from 0) its characters are in.
    pub mask: u32,
}

/// The alphabet split into atoms, ordered by class (the shared group last). With
/// `by_class`, every class is kept apart; otherwise only classes with a tracked minimum.
pub(crate) fn atoms(shape: &Shape, tracked: Tracked, by_class: bool) -> Vec<Atom> {
    let hits: Vec<_> = shape
        .hits
        .iter()
        .enumerate()
        .filter(|(i, _)| tracked.hits >> i & 1 == 1)
        .map(|(_, &h)| h)
        .collect();
    let mut out: Vec<Atom> = Vec::new();
    for byte in shape.alphabet.bytes() {
        let own = Class::of(byte);
        let class = (by_class || tracked.mins[own.index()]).then_some(own);
        let mask = hits
            .iter()
            .enumerate()
            .filter(|(_, h)| h.contains(byte))
            .fold(0, |m, (j, _)| m | 1 << j);
        match out.iter_mut().find(|a| a.mask == mask && a.class == class) {
            Some(atom) => atom.chars.push(byte),
            None => out.push(Atom {
                chars: vec![byte],
                class,
                mask,
            }),
        }
    }
    out.sort_by_key(|a| (a.class.is_none(), a.class, a.mask));
    out
}
