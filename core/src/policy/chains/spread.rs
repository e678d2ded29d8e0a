//! Passwords with repeats and no run limit, by how many characters each atom gives: the
//! chain for minimums too large to count position by position (say 300, 300, 200 and 224
//! lower, upper, digits and symbols of 1024).
//!
//! With no run limit, positions are interchangeable: a password is a choice of `x_a`
//! positions for each atom among those left (`C(R, x_a)` ways) and a character of the atom at
//! each (`|a|^x_a` ways). So the chain visits atoms class by class, a state is the number of
//! positions filled, the count in the current class (capped at its minimum) and the hit sets
//! met, and a step gives `x` positions to an atom. Its weight `C(R, x)·|a|^x` is huge; it is
//! carried as an upper bound (`Weight::Large`) and made exact by one coin in the walk. The
//! walk then yields the counts; the positions are a uniform shuffle of the atoms' labels and
//! each character is uniform within its atom.

use super::atoms::Atom;
use super::class_walk::{ClassWalk, WalksClasses};
use crate::policy::grid::{BigNat, Precision, Step, Value, Weight};
use crate::policy::magnitude::Magnitude;
use crate::policy::shape::Shape;

pub(crate) struct Spread {
    walk: ClassWalk,
    /// Weights below this are exact (`Weight::Small`), the others `Weight::Large`.
    small_weights: u64,
    large_slack: u32,
}

impl Spread {
    pub fn new(shape: &Shape) -> Spread {
        let mut walk = ClassWalk::new(shape, false);
        // Only a class of several atoms carries a count from one atom to the next.
        walk.cap = (0..walk.atoms.len())
            .filter(|&i| !walk.closes[i])
            .map(|i| walk.min_of[i])
            .max()
            .unwrap_or(0);
        Spread {
            walk,
            small_weights: Precision::EXACT_ENOUGH.small_weights,
            large_slack: Precision::EXACT_ENOUGH.large_slack,
        }
    }

    /// The same chain with the large weights of `precision` (tests make nearly every weight
    /// large, with loose bounds, to exercise the coin on tiny policies).
    pub fn with_precision(self, precision: Precision) -> Spread {
        Spread {
            small_weights: precision.small_weights.min(1 << 36),
            large_slack: precision.large_slack.min(30),
            ..self
        }
    }

    pub fn atoms(&self) -> &[Atom] {
        &self.walk.atoms
    }

    /// Steps examined to build the grid.
    pub fn edges(&self) -> usize {
        let walk = &self.walk;
        let positions = (walk.length + 1) * (walk.length + 2) / 2;
        positions
            .saturating_mul((walk.cap + 1) * walk.hit_states)
            .saturating_mul(walk.atoms.len())
    }

    pub fn cells(&self) -> usize {
        self.walk.cells()
    }
}

/// `C(left, x)·size^x`, exactly.
fn exact_weight(left: usize, x: usize, size: usize) -> BigNat {
    let mut w = BigNat::one();
    for i in 0..x {
        w.mul_small(((left - i) * size) as u64);
        w.div_exact_small((i + 1) as u64);
    }
    w
}

/// `C(left, x)·size^x` for every `x` in `0..=left`: exact while below `small`, then an upper
/// bound. Each bound comes from at most 2·1024 floating-point steps of relative error 2^-53
/// each, so it is within 2^-41 of the truth; raised by `2^-(slack+2)` and rounded up to 32
/// bits (at most 2^-31 more), it is above the truth and within `2^-slack` of it.
fn weights(left: usize, size: usize, small: u64, slack: u32, mut each: impl FnMut(usize, Weight)) {
    let mut exact = Some(1u128).filter(|&w| w < u128::from(small));
    let mut approx = Magnitude::ONE;
    for x in 0..=left {
        if x > 0 {
            let factor = ((left - x + 1) * size) as u64;
            exact = exact
                .and_then(|w| w.checked_mul(u128::from(factor)))
                .map(|w| w / x as u128)
                .filter(|&w| w < u128::from(small));
            approx = approx.mul_u64(factor).div_u64(x as u64);
        }
        match exact {
            Some(w) => each(x, Weight::Small(w as u64)),
            None => each(x, Weight::Large(upper_bound(approx, slack))),
        }
    }
}

fn upper_bound(m: Magnitude, slack: u32) -> Value {
    let (mantissa, exponent) = m.parts();
    let raised = mantissa * (1.0 + f64::powi(2.0, -(slack as i32 + 2)));
    // `raised` is in [1, 2.5): 31 bits after the point, rounded up.
    let scaled = (raised * f64::powi(2.0, 31)).ceil() as u64;
    let (mantissa, exponent) = if scaled >= 1 << 32 {
        (scaled.div_ceil(2), exponent + 1)
    } else {
        (scaled, exponent)
    };
    Value {
        mantissa,
        exponent: (exponent - 31) as i32,
    }
}

impl WalksClasses for Spread {
    fn walk(&self) -> &ClassWalk {
        &self.walk
    }

    fn steps(&self, layer: usize, state: usize, out: &mut Vec<Step>) {
        let walk = &self.walk;
        let (filled, _, _) = walk.decode(state);
        let atom = &walk.atoms[layer];
        let (small, slack) = (self.small_weights, self.large_slack);
        weights(
            walk.length - filled,
            atom.chars.len(),
            small,
            slack,
            |x, weight| {
                if let Some(next) = walk.after(layer, state, x) {
                    out.push(Step {
                        next,
                        weight,
                        label: x as u32,
                    });
                }
            },
        );
    }

    fn exact_weight(&self, layer: usize, state: usize, step: &Step) -> BigNat {
        let (filled, _, _) = self.walk.decode(state);
        exact_weight(
            self.walk.length - filled,
            step.label as usize,
            self.walk.atoms[layer].chars.len(),
        )
    }
}
