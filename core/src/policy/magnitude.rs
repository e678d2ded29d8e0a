//! Positive reals far beyond `f64`'s range (94^1024 ≈ 2^6712), for the counts: an `f64`
//! mantissa kept within 2^±256 and a count of 2^512 "chunks". Most sums in a count are of
//! numbers in the same chunk, which makes them a plain float addition. Every count is a sum
//! of products of positive terms, so each operation adds a relative error of at most 2^-52
//! and nothing cancels: even a hundred million operations stay far inside the 0.01 bit that
//! entropy is shown to.

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Magnitude {
    mantissa: f64,
    chunk: i64,
}

const CHUNK_BITS: i64 = 512;
/// 2^256, 2^-256, 2^512 and 2^-512.
const HIGH: f64 = f64::from_bits((1023 + 256) << 52);
const LOW: f64 = f64::from_bits((1023 - 256) << 52);
const UP: f64 = f64::from_bits((1023 + 512) << 52);
const DOWN: f64 = f64::from_bits((1023 - 512) << 52);

impl Magnitude {
    pub const ZERO: Magnitude = Magnitude {
        mantissa: 0.0,
        chunk: 0,
    };
    pub const ONE: Magnitude = Magnitude {
        mantissa: 1.0,
        chunk: 0,
    };

    /// Brings a mantissa in 2^±768 back within 2^±256.
    fn fixed(mantissa: f64, chunk: i64) -> Magnitude {
        if mantissa >= HIGH {
            Magnitude {
                mantissa: mantissa * DOWN,
                chunk: chunk + 1,
            }
        } else if mantissa < LOW && mantissa > 0.0 {
            Magnitude {
                mantissa: mantissa * UP,
                chunk: chunk - 1,
            }
        } else if mantissa > 0.0 {
            Magnitude { mantissa, chunk }
        } else {
            Magnitude::ZERO
        }
    }

    #[cfg(test)]
    pub fn from_u64(n: u64) -> Magnitude {
        Magnitude::fixed(n as f64, 0)
    }

    /// The mantissa in [1, 2) and the binary exponent (`(0, 0)` for zero).
    pub fn parts(self) -> (f64, i64) {
        if self.is_zero() {
            return (0.0, 0);
        }
        let bits = self.mantissa.to_bits();
        let exponent = ((bits >> 52) & 0x7ff) as i64 - 1023;
        let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52));
        (mantissa, exponent + self.chunk * CHUNK_BITS)
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0.0
    }

    pub fn mul(self, other: Magnitude) -> Magnitude {
        Magnitude::fixed(self.mantissa * other.mantissa, self.chunk + other.chunk)
    }

    pub fn mul_u64(self, n: u64) -> Magnitude {
        Magnitude::fixed(self.mantissa * n as f64, self.chunk)
    }

    pub fn div_u64(self, n: u64) -> Magnitude {
        Magnitude::fixed(self.mantissa / n as f64, self.chunk)
    }

    /// `other`'s mantissa in `self`'s chunk, or `None` when it is too small to matter there.
    fn aligned(self, other: Magnitude) -> Option<f64> {
        match self.chunk - other.chunk {
            0 => Some(other.mantissa),
            1 => Some(other.mantissa * DOWN),
            _ => None,
        }
    }

    pub fn add(self, other: Magnitude) -> Magnitude {
        if other.is_zero() {
            return self;
        }
        if self.is_zero() {
            return other;
        }
        let (big, small) = if self.chunk >= other.chunk {
            (self, other)
        } else {
            (other, self)
        };
        match big.aligned(small) {
            Some(m) => Magnitude::fixed(big.mantissa + m, big.chunk),
            None => big,
        }
    }

    /// `self - other` for `other ≤ self`; `None` when the difference is lost in rounding
    /// (less than `2^-40` of `self`), which callers treat as zero.
    pub fn checked_sub(self, other: Magnitude) -> Option<Magnitude> {
        if other.is_zero() {
            return Some(self);
        }
        if other.chunk > self.chunk {
            return None;
        }
        let rest = self.mantissa - self.aligned(other).unwrap_or(0.0);
        (rest > self.mantissa * f64::from_bits((1023 - 40) << 52))
            .then(|| Magnitude::fixed(rest, self.chunk))
    }

    /// `self - other` where `other` is at most half of `self`, so that nothing cancels: the
    /// result keeps the relative precision of its operands.
    pub fn minus_at_most_half(self, other: Magnitude) -> Magnitude {
        debug_assert!(other.log2() <= self.log2() - 0.999);
        match self.aligned(other) {
            Some(m) if !other.is_zero() => Magnitude::fixed(self.mantissa - m, self.chunk),
            Some(_) | None => self,
        }
    }

    /// log2 of the value; `-inf` for zero.
    pub fn log2(self) -> f64 {
        if self.is_zero() {
            f64::NEG_INFINITY
        } else {
            self.mantissa.log2() + (self.chunk * CHUNK_BITS) as f64
        }
    }

    pub fn sum(values: impl IntoIterator<Item = Magnitude>) -> Magnitude {
        values.into_iter().fold(Magnitude::ZERO, Magnitude::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_matches_f64_in_range() {
        let a = Magnitude::from_u64(94);
        let b = Magnitude::from_u64(1000);
        assert_eq!(a.mul(b).log2(), 94_000f64.log2());
        assert_eq!(a.add(b).log2(), 1094f64.log2());
        assert_eq!(b.checked_sub(a).map(Magnitude::log2), Some(906f64.log2()));
        assert_eq!(a.checked_sub(a), None);
        assert_eq!(b.minus_at_most_half(a).log2(), 906f64.log2());
        assert_eq!(b.div_u64(8).log2(), 125f64.log2());
        assert_eq!(Magnitude::ZERO.log2(), f64::NEG_INFINITY);
        assert_eq!(b.parts(), (1000.0 / 512.0, 9));
    }

    #[test]
    fn powers_far_past_f64() {
        let mut p = Magnitude::ONE;
        let mut q = Magnitude::ONE;
        for _ in 0..1024 {
            p = p.mul_u64(94);
            q = q.div_u64(94);
        }
        let want = 1024.0 * 94f64.log2();
        assert!((p.log2() - want).abs() < 1e-9, "{}", p.log2());
        assert!((q.log2() + want).abs() < 1e-9, "{}", q.log2());
        assert!((p.mul(q).log2()).abs() < 1e-9);
        // Adding something 2^-600 smaller changes nothing; adding itself doubles.
        let tiny = p.mul(Magnitude::fixed(DOWN, -1));
        assert_eq!(p.add(tiny), p);
        assert_eq!(tiny.add(p), p);
        assert!((p.add(p).log2() - want - 1.0).abs() < 1e-9);
        let (m, e) = p.parts();
        assert!((1.0..2.0).contains(&m) && (m.log2() + e as f64 - want).abs() < 1e-9);
    }
}
