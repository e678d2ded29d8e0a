//! Just enough of a big natural number for the rare exact comparison the sampler needs when
//! a weight is too large for 64 bits: products by and exact quotients by small numbers, and
//! bits read from the top.

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BigNat {
    /// Little-endian 64-bit limbs, no trailing zero limb.
    limbs: Vec<u64>,
}

impl BigNat {
    pub fn one() -> BigNat {
        BigNat { limbs: vec![1] }
    }

    pub fn mul_small(&mut self, factor: u64) {
        let mut carry = 0u128;
        for limb in &mut self.limbs {
            let x = u128::from(*limb) * u128::from(factor) + carry;
            *limb = x as u64;
            carry = x >> 64;
        }
        if carry > 0 {
            self.limbs.push(carry as u64);
        }
        self.trim();
    }

    /// Divides by `divisor`, which the caller knows divides exactly.
    pub fn div_exact_small(&mut self, divisor: u64) {
        let mut rest = 0u128;
        for limb in self.limbs.iter_mut().rev() {
            let x = rest << 64 | u128::from(*limb);
            *limb = (x / u128::from(divisor)) as u64;
            rest = x % u128::from(divisor);
        }
        debug_assert_eq!(rest, 0);
        self.trim();
    }

    fn trim(&mut self) {
        while self.limbs.len() > 1 && self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// Bit `i` (0 is the lowest).
    pub fn bit(&self, i: u64) -> bool {
        let limb = (i / 64) as usize;
        self.limbs.get(limb).is_some_and(|l| l >> (i % 64) & 1 == 1)
    }

    /// The value shifted right by `shift`, when that fits in 128 bits.
    pub fn shifted_down(&self, shift: u64) -> Option<u128> {
        let mut out = 0u128;
        let total_bits = self.limbs.len() as u64 * 64;
        for i in (shift..total_bits).rev() {
            let position = i - shift;
            if self.bit(i) {
                if position >= 128 {
                    return None;
                }
                out |= 1 << position;
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_quotients_and_bits() {
        let mut n = BigNat::one();
        for _ in 0..100 {
            n.mul_small(3);
        }
        // 3^100 has 159 bits; 3^100 / 3^60 = 3^40.
        assert_eq!(n.shifted_down(31).map(|x| x > 0), Some(true));
        assert_eq!(n.shifted_down(0), None);
        for _ in 0..60 {
            n.div_exact_small(3);
        }
        assert_eq!(n.shifted_down(0), Some(3u128.pow(40)));
        assert!(n.bit(0));
        assert!(!n.bit(1000));
    }
}
