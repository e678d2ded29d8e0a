//! Counting without a limit on runs: characters are placed independently, so groups combine
//! by exponential generating functions. With repeats, `g` characters of a group of size `s`
//! can fill `c` chosen places in `s^c` ways; without, in `s!/(s-c)!` ways. The number of
//! passwords of length `L` is `L!` times the coefficient of `x^L` in the product, over the
//! groups, of `Σ_{c ≥ min} w(c) x^c / c!` — every term positive.

use super::Group;
use crate::policy::magnitude::Magnitude;

/// Passwords of `length` where each group `g` supplies at least `g.min` characters; with
/// `distinct`, no character twice.
pub(super) fn count(groups: &[Group], length: usize, distinct: bool) -> Magnitude {
    let Some((last, rest)) = groups.split_last() else {
        return if length == 0 {
            Magnitude::ONE
        } else {
            Magnitude::ZERO
        };
    };
    let mut product = vec![Magnitude::ZERO; length + 1];
    product[0] = Magnitude::ONE;
    for group in rest {
        product = convolve(&product, &series(group, length, distinct));
    }
    let last = series(last, length, distinct);
    let top = Magnitude::sum((0..=length).map(|c| product[c].mul(last[length - c])));
    top.mul(factorial(length))
}

/// `w(c) / c!` for `c` in `0..=length`, zero below the group's minimum.
fn series(group: &Group, length: usize, distinct: bool) -> Vec<Magnitude> {
    let mut out = vec![Magnitude::ZERO; length + 1];
    let mut term = Magnitude::ONE;
    for (c, slot) in out.iter_mut().enumerate() {
        if c > 0 {
            // s^c / c! from the previous term; without repeats C(s, c) = s!/((s-c)! c!).
            let factor = if distinct {
                group.size + 1 - c
            } else {
                group.size
            };
            if factor == 0 {
                break;
            }
            term = term.mul_u64(factor as u64).div_u64(c as u64);
        }
        if c >= group.min {
            *slot = term;
        }
    }
    out
}

fn convolve(a: &[Magnitude], b: &[Magnitude]) -> Vec<Magnitude> {
    let n = a.len();
    let mut out = vec![Magnitude::ZERO; n];
    for (i, &x) in a.iter().enumerate() {
        if x.is_zero() {
            continue;
        }
        for (j, &y) in b[..n - i].iter().enumerate() {
            if !y.is_zero() {
                out[i + j] = out[i + j].add(x.mul(y));
            }
        }
    }
    out
}

pub(super) fn factorial(n: usize) -> Magnitude {
    (2..=n as u64).fold(Magnitude::ONE, Magnitude::mul_u64)
}
