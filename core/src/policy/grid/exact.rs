//! Exact random choices: no float, no modulo bias, and none of rand's `random_range`, which in
//! rand 0.10 is Canon's method and, by its own documentation, very slightly biased.

use rand::CryptoRng;

use super::{BigNat, Value};

/// Uniform in `0..n` (`n > 0`), by Lemire's multiply-and-reject: the product's high word is
/// uniform once the low words below `2^64 mod n` are rejected.
pub(crate) fn below_u64<R: CryptoRng + ?Sized>(rng: &mut R, n: u64) -> u64 {
    debug_assert!(n > 0);
    let mut product = u128::from(rng.next_u64()) * u128::from(n);
    if (product as u64) < n {
        let threshold = n.wrapping_neg() % n;
        while (product as u64) < threshold {
            product = u128::from(rng.next_u64()) * u128::from(n);
        }
    }
    (product >> 64) as u64
}

pub(crate) fn below_usize<R: CryptoRng + ?Sized>(rng: &mut R, n: usize) -> usize {
    below_u64(rng, n as u64) as usize
}

fn random_u128<R: CryptoRng + ?Sized>(rng: &mut R) -> u128 {
    u128::from(rng.next_u64()) << 64 | u128::from(rng.next_u64())
}

/// Uniform in `0..n` (`n > 0`): draw as many bits as `n` has, reject what is too large
/// (fewer than half the draws).
pub(crate) fn below_u128<R: CryptoRng + ?Sized>(rng: &mut R, n: u128) -> u128 {
    debug_assert!(n > 0);
    let bits = 128 - (n - 1).leading_zeros();
    loop {
        let x = if bits == 0 {
            0
        } else {
            random_u128(rng) >> (128 - bits)
        };
        if x < n {
            return x;
        }
    }
}

/// True with probability exactly `p / (q · 2^d)`, where `q = ⌈p / 2^d⌉` (so the probability
/// is in (0, 1]). Draws `U` uniform in `0..q·2^d` as a high part below `q` and `d` low bits,
/// and compares it with `p`; the low bits are drawn only as far as they can matter.
pub(crate) fn bernoulli_scaled<R: CryptoRng + ?Sized>(
    rng: &mut R,
    p: u128,
    q: u128,
    d: u32,
) -> bool {
    let (p_high, p_low) = if d >= 128 {
        (0, p)
    } else {
        (p >> d, p & ((1u128 << d) - 1))
    };
    let high = below_u128(rng, q);
    if high != p_high {
        return high < p_high;
    }
    // The low `d` bits must be below `p_low < 2^min(d, 128)`: bits above 128 must be zero.
    let mut above = d.saturating_sub(128);
    while above > 0 {
        let take = above.min(64);
        let word = rng.next_u64() >> (64 - take);
        if word != 0 {
            return false;
        }
        above -= take;
    }
    let low_bits = d.min(128);
    let low = if low_bits == 0 {
        0
    } else {
        random_u128(rng) >> (128 - low_bits)
    };
    low < p_low
}

/// True with probability exactly `weight / bound`, where `bound` is a `Weight::Large` (a
/// 32-bit mantissa, above `weight` by less than `2^-slack` of it). Draws `U` uniform in
/// `0..bound` and compares it with the weight: the high part almost always decides at once,
/// below the weight's guaranteed lower bound `bound·(1 − 2^-slack)`; only otherwise (about
/// once in 2^slack) is the exact weight computed and the low bits drawn as far as they matter.
pub(crate) fn coin_below_bound<R: CryptoRng + ?Sized>(
    rng: &mut R,
    bound: Value,
    slack: u32,
    weight: impl FnOnce() -> BigNat,
) -> bool {
    let mantissa = bound.mantissa;
    let high = below_u64(rng, mantissa);
    // The weight's high part is at least `mantissa − (mantissa >> slack) − 1`.
    if high + 2 < mantissa.saturating_sub(mantissa >> slack) {
        return true;
    }
    let weight = weight();
    let Ok(shift) = u64::try_from(bound.exponent) else {
        // A bound below 2^32 (tests only): `weight · 2^-exponent` is a whole number below
        // the mantissa, and `high` is uniform below the mantissa.
        let scaled = weight.shifted_down(0).unwrap_or(u128::MAX) << bound.exponent.unsigned_abs();
        return u128::from(high) < scaled;
    };
    // The weight is at most the bound, so its high part fits; `MAX` would be a bug upstream.
    let weight_high = weight.shifted_down(shift).unwrap_or(u128::MAX);
    if u128::from(high) != weight_high {
        return u128::from(high) < weight_high;
    }
    // Equal high parts: compare `shift` uniform bits with the weight's low bits, from the top.
    for i in (0..shift).rev() {
        let bit = rng.next_u32() & 1 == 1;
        let weight_bit = weight.bit(i);
        if bit != weight_bit {
            return weight_bit;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn draws_stay_in_range() {
        let mut rng = StdRng::seed_from_u64(9);
        for n in [1u64, 2, 3, 7, 94, u64::MAX] {
            assert!((0..200).all(|_| below_u64(&mut rng, n) < n));
        }
        for n in [1u128, 5, 1 << 100, u128::MAX] {
            assert!((0..200).all(|_| below_u128(&mut rng, n) < n));
        }
    }

    #[test]
    fn bernoulli_hits_its_probability() {
        // p / (q·2^d) for p = 5, d = 3: q = 1, probability 5/8. And a tiny one: p = 1, d = 200.
        let mut rng = StdRng::seed_from_u64(10);
        let n = 80_000;
        let hits = (0..n)
            .filter(|_| bernoulli_scaled(&mut rng, 5, 1, 3))
            .count();
        // Binomial(80000, 5/8): sd ≈ 137; 5 sd either side.
        assert!(
            (hits as f64 - n as f64 * 0.625).abs() < 5.0 * 137.0,
            "{hits}"
        );
        assert!((0..1000).all(|_| !bernoulli_scaled(&mut rng, 1, 1, 200)));
        assert!((0..1000).all(|_| bernoulli_scaled(&mut rng, 8, 1, 3)));
    }
}
