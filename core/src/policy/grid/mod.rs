//! Exact uniform sampling from counts, without big integers.
//!
//! A `Chain` is a layered graph: from a state, each step goes to a state of the next layer
//! and stands for `weight` interchangeable choices (characters, or ways to pick them). The
//! objects to sample are the paths from the start to an accepting state of the last layer,
//! each choice counted. The grid gives every state a value `V`, built from the last layer back:
//! 1 for accepting states, 0 for the others, and elsewhere at least `Σ weight · V(child)`
//! (see `value`: exact in a wide window, rounded only upward).
//!
//! Sampling walks from the start: at state `s`, step `t` is taken with probability
//! `weight_t · V(t) / V(s)` and with the rest of the probability the whole draw is rejected
//! and started again; then one of the step's `weight` choices is picked uniformly. A complete
//! path's probability telescopes: `∏ V(t)/V(s) = V(accepting) / V(start) = 1 / V(start)`, the
//! same for every object. So each draw is exactly uniform, whatever the rounding; rounding
//! only lowers the acceptance `count / V(start)`, here to within about 2^-50 of 1.
//!
//! The probabilities are ratios of integers (window units), drawn with exact integer
//! arithmetic. A term rounded up into the window is corrected with one exact coin of
//! probability `true / rounded`, so what is drawn is still `weight_t · V(t) / V(s)` exactly.

mod bignat;
pub(crate) mod exact;
mod value;

use rand::CryptoRng;

pub(crate) use bignat::BigNat;
pub(crate) use value::{Precision, Value, Weight, Window};

/// One step out of a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub next: usize,
    /// How many interchangeable choices the step stands for.
    pub weight: Weight,
    /// What the step means to the chain that made it.
    pub label: u32,
}

pub(crate) trait Chain {
    /// Steps from the first layer to the last.
    fn depth(&self) -> usize;
    /// States in `layer` (`0..=depth`).
    fn width(&self, layer: usize) -> usize;
    fn start(&self) -> usize;
    /// Whether `state` of the last layer completes an object.
    fn accepts(&self, state: usize) -> bool;
    /// The steps from `state` of `layer` into `layer + 1`, appended to `out`.
    fn steps(&self, layer: usize, state: usize, out: &mut Vec<Step>);
    /// The exact weight of a `Weight::Large` step (chains that make none need not say).
    fn exact_weight(&self, _layer: usize, _state: usize, _step: &Step) -> BigNat {
        BigNat::one()
    }
}

/// The values of every state, layer by layer.
pub(crate) struct Grid {
    precision: Precision,
    layers: Vec<Vec<Value>>,
}

impl Grid {
    pub fn build<C: Chain>(chain: &C, precision: Precision) -> Grid {
        let depth = chain.depth();
        let mut layers = vec![Vec::new(); depth + 1];
        layers[depth] = (0..chain.width(depth))
            .map(|s| {
                if chain.accepts(s) {
                    Value::ONE
                } else {
                    Value::ZERO
                }
            })
            .collect();
        let mut steps = Vec::new();
        let mut window = Window::default();
        for layer in (0..depth).rev() {
            let (here, below) = layers.split_at_mut(layer + 1);
            let below = &below[0];
            here[layer] = (0..chain.width(layer))
                .map(|state| {
                    steps.clear();
                    chain.steps(layer, state, &mut steps);
                    window.fill(
                        precision,
                        steps.iter().map(|s| (s.weight.as_value(), below[s.next])),
                    );
                    window.value(precision)
                })
                .collect();
        }
        Grid { precision, layers }
    }

    /// The start's value: an upper bound of the number of objects, within rounding.
    #[cfg(test)]
    pub fn top<C: Chain>(&self, chain: &C) -> Value {
        self.layers[0][chain.start()]
    }
}

/// Reusable buffers for `walk`.
#[derive(Default)]
pub(crate) struct Walker {
    steps: Vec<Step>,
    window: Window,
}

impl Walker {
    /// One attempt: the steps of a path, each packed as `label << 40 | choice` with the
    /// choice in `0..weight`, or `false` if the attempt was rejected (then `path` is garbage
    /// and the caller tries again). The path spells a password: keep it in wiped memory.
    pub fn walk<C: Chain, R: CryptoRng + ?Sized>(
        &mut self,
        chain: &C,
        grid: &Grid,
        rng: &mut R,
        path: &mut Vec<u64>,
    ) -> bool {
        path.clear();
        let mut state = chain.start();
        for layer in 0..chain.depth() {
            let value = grid.layers[layer][state];
            if value.is_zero() {
                return false;
            }
            self.steps.clear();
            chain.steps(layer, state, &mut self.steps);
            let below = &grid.layers[layer + 1];
            self.window.fill(
                grid.precision,
                self.steps
                    .iter()
                    .map(|s| (s.weight.as_value(), below[s.next])),
            );
            let mut draw = exact::below_u128(rng, self.window.range_of(value));
            let Some(index) = self.window.terms.iter().position(|t| {
                let hit = draw < t.units;
                draw = draw.wrapping_sub(t.units);
                hit
            }) else {
                return false;
            };
            if let Some((product, below)) = self.window.terms[index].rounded {
                let units = self.window.terms[index].units;
                if !exact::bernoulli_scaled(rng, product, units, below) {
                    return false;
                }
            }
            let step = self.steps[index];
            let choice = match step.weight {
                Weight::Small(w) => exact::below_u64(rng, w),
                Weight::Large(bound) => {
                    let weight = || chain.exact_weight(layer, state, &step);
                    if !exact::coin_below_bound(rng, bound, grid.precision.large_slack, weight) {
                        return false;
                    }
                    // The chain picks among so many choices itself.
                    0
                }
            };
            path.push(u64::from(step.label) << 40 | choice);
            state = step.next;
        }
        true
    }
}
