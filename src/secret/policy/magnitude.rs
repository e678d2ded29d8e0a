//! Positive reals far beyond `f64`'s range (94^1024 ≈ 2^6712), for the counts: an `f64`
//! mantissa in [1, 2) and an `i64` exponent. Every count is a sum of products of positive
//! terms, so each operation adds a relative error of at most 2^-52 and nothing cancels:
//! even a million operations stay far inside the 0.01 bit that entropy is shown to.

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Magnitude {
    mantissa: f64,
    exponent: i64,
}

/// 2^e for e in -1022..=1023, built from its bits.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

impl Magnitude {
    pub const ZERO: Magnitude = Magnitude {
        mantissa: 0.0,
        exponent: 0,
    };
    pub const ONE: Magnitude = Magnitude {
        mantissa: 1.0,
        exponent: 0,
    };

    /// `mantissa × 2^exponent` for any finite `mantissa ≥ 0`.
    fn normalized(mantissa: f64, exponent: i64) -> Magnitude {
        if mantissa == 0.0 {
            return Magnitude::ZERO;
        }
        let bits = mantissa.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        debug_assert!(biased > 0 && biased < 0x7ff, "{mantissa}");
        Magnitude {
            mantissa: f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52)),
            exponent: exponent + biased - 1023,
        }
    }

    #[cfg(test)]
    pub fn from_u64(n: u64) -> Magnitude {
        Magnitude::normalized(n as f64, 0)
    }

    /// The mantissa in [1, 2) (0 for zero) and the exponent.
    pub fn parts(self) -> (f64, i64) {
        (self.mantissa, self.exponent)
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0.0
    }

    pub fn mul(self, other: Magnitude) -> Magnitude {
        Magnitude::normalized(
            self.mantissa * other.mantissa,
            self.exponent + other.exponent,
        )
    }

    pub fn mul_u64(self, n: u64) -> Magnitude {
        Magnitude::normalized(self.mantissa * n as f64, self.exponent)
    }

    pub fn div_u64(self, n: u64) -> Magnitude {
        Magnitude::normalized(self.mantissa / n as f64, self.exponent)
    }

    pub fn add(self, other: Magnitude) -> Magnitude {
        let (big, small) = if self.exponent >= other.exponent {
            (self, other)
        } else {
            (other, self)
        };
        if small.is_zero() {
            return big;
        }
        if big.is_zero() {
            return small;
        }
        let gap = big.exponent - small.exponent;
        if gap > 60 {
            return big;
        }
        Magnitude::normalized(big.mantissa + small.mantissa * pow2(-gap), big.exponent)
    }

    /// `self - other` for `other ≤ self`; `None` when the difference is lost in rounding
    /// (less than `2^-40` of `self`), which callers treat as zero.
    pub fn checked_sub(self, other: Magnitude) -> Option<Magnitude> {
        if other.is_zero() {
            return Some(self);
        }
        let gap = self.exponent - other.exponent;
        if gap > 60 {
            return Some(self);
        }
        if gap < 0 {
            return None;
        }
        let rest = self.mantissa - other.mantissa * pow2(-gap);
        (rest > self.mantissa * pow2(-40)).then(|| Magnitude::normalized(rest, self.exponent))
    }

    /// log2 of the value; `-inf` for zero.
    pub fn log2(self) -> f64 {
        if self.is_zero() {
            f64::NEG_INFINITY
        } else {
            self.mantissa.log2() + self.exponent as f64
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
        assert_eq!(b.div_u64(8).log2(), 125f64.log2());
        assert_eq!(Magnitude::ZERO.log2(), f64::NEG_INFINITY);
    }

    #[test]
    fn powers_far_past_f64() {
        let mut p = Magnitude::ONE;
        for _ in 0..1024 {
            p = p.mul_u64(94);
        }
        let want = 1024.0 * 94f64.log2();
        assert!((p.log2() - want).abs() < 1e-9, "{}", p.log2());
        // Adding something 2^-100 smaller changes nothing; adding itself doubles.
        let tiny = Magnitude::normalized(1.0, p.exponent - 100);
        assert_eq!(p.add(tiny), p);
        assert!((p.add(p).log2() - want - 1.0).abs() < 1e-9);
    }
}
