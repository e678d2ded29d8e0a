//! The grid's numbers and the one rounding rule both building and sampling use.
//!
//! A value is `mantissa × 2^exponent` with a mantissa of `bits` significant bits. A state's
//! value must be at least the sum of its children's values times their weights; the sum is
//! taken exactly in a window of `window` bits below its largest term, where each term is an
//! integer count of window units. Terms that reach below the window are rounded *up* to whole
//! units and marked inexact; the sampler corrects for that with one exact coin flip. The sum
//! is then rounded up to `bits` bits. Nothing is ever rounded down, so every value is an
//! upper bound of the exact count below it.

/// Window and mantissa widths. Production uses `Precision::EXACT_ENOUGH`; tests use tiny ones,
/// where almost everything is rounded, to show that uniformity does not depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Precision {
    pub window: u32,
    pub bits: u32,
    /// Weights from this on are carried as `Weight::Large` (it must not pass 2^36, so that
    /// a weight times a 64-bit mantissa fits the window).
    pub small_weights: u64,
    /// A `Weight::Large` is above the exact weight by less than `2^-large_slack` of it.
    pub large_slack: u32,
}

impl Precision {
    /// Rounding costs about 2^-62 of acceptance a step: nothing, even over 1024 steps.
    pub const EXACT_ENOUGH: Precision = Precision {
        window: 100,
        bits: 64,
        small_weights: 1 << 36,
        large_slack: 30,
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Value {
    pub mantissa: u64,
    pub exponent: i32,
}

impl Value {
    pub const ZERO: Value = Value {
        mantissa: 0,
        exponent: 0,
    };
    pub const ONE: Value = Value {
        mantissa: 1,
        exponent: 0,
    };

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }
}

/// How many choices a step stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    /// Exactly this many (below 2^40).
    Small(u64),
    /// Too many to carry exactly: an upper bound with a 32-bit mantissa, above the exact
    /// number by less than `2^-large_slack` of it. The chain gives the exact number when a
    /// draw needs it.
    Large(Value),
}

impl Weight {
    pub fn as_value(self) -> Value {
        match self {
            Weight::Small(w) => Value {
                mantissa: w,
                exponent: 0,
            },
            Weight::Large(v) => v,
        }
    }
}

/// One weighted child in window units: `units · 2^base` is its value rounded up.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    pub units: u128,
    /// The exact `weight × mantissa` and how far it lies below the window, when rounded.
    pub rounded: Option<(u128, u32)>,
}

/// The children of one state, summed in their window.
#[derive(Debug, Default)]
pub(crate) struct Window {
    pub base: i64,
    pub terms: Vec<Term>,
    pub sum: u128,
}

fn product(weight: Value, value: Value) -> u128 {
    u128::from(weight.mantissa) * u128::from(value.mantissa)
}

fn exponent(weight: Value, value: Value) -> i64 {
    i64::from(weight.exponent) + i64::from(value.exponent)
}

fn bit_length(x: u128) -> i64 {
    i64::from(128 - x.leading_zeros())
}

impl Window {
    /// Sums `weight × value` over `children`, reusing the buffer. Weights have at most 40
    /// significant bits, so each product has at most 104.
    pub fn fill(
        &mut self,
        precision: Precision,
        children: impl Iterator<Item = (Value, Value)> + Clone,
    ) {
        self.terms.clear();
        self.sum = 0;
        let top = children
            .clone()
            .filter(|(w, v)| !w.is_zero() && !v.is_zero())
            .map(|(w, v)| exponent(w, v) + bit_length(product(w, v)))
            .max();
        let Some(top) = top else {
            return;
        };
        self.base = top - i64::from(precision.window);
        for (weight, value) in children {
            let (product, exponent) = (product(weight, value), exponent(weight, value));
            let term = if product == 0 {
                Term {
                    units: 0,
                    rounded: None,
                }
            } else if exponent >= self.base {
                let shift = (exponent - self.base) as u32;
                Term {
                    units: product << shift,
                    rounded: None,
                }
            } else {
                // Values stay below 2^8000, so gaps between them stay far below 2^20.
                let below = (self.base - exponent).min(1 << 20) as u32;
                let units = if below >= 128 {
                    1
                } else {
                    product.div_ceil(1u128 << below)
                };
                let exact = below < 128 && units << below == product;
                Term {
                    units,
                    rounded: (!exact).then_some((product, below)),
                }
            };
            self.sum += term.units;
            self.terms.push(term);
        }
    }

    /// The sum rounded up to `precision.bits` significant bits.
    pub fn value(&self, precision: Precision) -> Value {
        if self.sum == 0 {
            return Value::ZERO;
        }
        let bits = i64::from(precision.bits);
        let length = bit_length(self.sum);
        if length <= bits {
            return Value {
                mantissa: self.sum as u64,
                exponent: self.base as i32,
            };
        }
        let mut shift = (length - bits) as u32;
        let mut mantissa = self.sum.div_ceil(1u128 << shift);
        if bit_length(mantissa) > bits {
            mantissa >>= 1;
            shift += 1;
        }
        Value {
            mantissa: mantissa as u64,
            exponent: (self.base + i64::from(shift)) as i32,
        }
    }

    /// `value` (this window's own rounded sum) in window units: the range a draw is taken in.
    pub fn range_of(&self, value: Value) -> u128 {
        let shift = i64::from(value.exponent) - self.base;
        debug_assert!(shift >= 0);
        u128::from(value.mantissa) << shift
    }
}
