//! An independent count of the passwords a site's rules admit, checked against brute-force
//! enumeration: strings of a length over an alphabet with a character of each required set
//! and no run of one character longer than a limit.
//!
//! Characters that belong to the same required sets are interchangeable, so the count walks
//! the positions with a state of (the required sets met so far, the class of the last
//! character, the length of its run), weighting each step by how many characters it stands
//! for. Counts are kept scaled by the alphabet's size at each step, so even 1,024 positions
//! stay within an `f64`, exact to far better than 0.01 bit.

use std::collections::BTreeMap;

/// log2 of the number of strings of `length` over `alphabet` with at least one character of
/// each of `required` and no run longer than `max_run`; `-inf` when there are none.
pub fn log2_count(
    alphabet: &[char],
    required: &[Vec<char>],
    length: usize,
    max_run: Option<usize>,
) -> f64 {
    // Classes: (the sets a character is in, how many characters are so).
    let mut by_mask: BTreeMap<usize, f64> = BTreeMap::new();
    for &c in alphabet {
        let mask = required
            .iter()
            .enumerate()
            .filter(|(_, set)| set.contains(&c))
            .fold(0, |mask, (i, _)| mask | 1 << i);
        *by_mask.entry(mask).or_default() += 1.0;
    }
    let classes: Vec<(usize, f64)> = by_mask.into_iter().collect();
    let full = (1usize << required.len()) - 1;
    // A run limit at least the length never binds.
    let k = max_run.filter(|&k| k < length).unwrap_or(1);
    let bound = max_run.is_some_and(|k| k < length);
    let scale = alphabet.len() as f64;
    // counts[(mask, class, run)]; with no run limit, class and run stay 0.
    let mut counts: BTreeMap<(usize, usize, usize), f64> = BTreeMap::new();
    if length == 0 || alphabet.is_empty() {
        return if full == 0 && length == 0 {
            0.0
        } else {
            f64::NEG_INFINITY
        };
    }
    for (c, &(mask, size)) in classes.iter().enumerate() {
        let key = if bound { (mask, c, 1) } else { (mask, 0, 0) };
        *counts.entry(key).or_default() += size / scale;
    }
    for _ in 1..length {
        let mut next: BTreeMap<(usize, usize, usize), f64> = BTreeMap::new();
        for (&(mask, last, run), &weight) in &counts {
            for (c, &(class_mask, size)) in classes.iter().enumerate() {
                let met = mask | class_mask;
                if !bound {
                    *next.entry((met, 0, 0)).or_default() += weight * size / scale;
                    continue;
                }
                if c == last {
                    if run < k {
                        *next.entry((met, c, run + 1)).or_default() += weight / scale;
                    }
                    *next.entry((met, c, 1)).or_default() += weight * (size - 1.0) / scale;
                } else {
                    *next.entry((met, c, 1)).or_default() += weight * size / scale;
                }
            }
        }
        counts = next;
    }
    let met: f64 = counts
        .iter()
        .filter(|((mask, _, _), _)| *mask == full)
        .map(|(_, weight)| weight)
        .sum();
    met.log2() + length as f64 * scale.log2()
}

/// The count by listing every string, for tiny alphabets and lengths.
fn brute(alphabet: &[char], required: &[Vec<char>], length: usize, max_run: Option<usize>) -> u64 {
    let n = alphabet.len();
    let total = (n as u64).pow(length as u32);
    (0..total)
        .filter(|&index| {
            let mut rest = index;
            let word: Vec<char> = (0..length)
                .map(|_| {
                    let c = alphabet[(rest % n as u64) as usize];
                    rest /= n as u64;
                    c
                })
                .collect();
            let runs_fine =
                max_run.is_none_or(|k| word.windows(k + 1).all(|w| w.iter().any(|&c| c != w[0])));
            runs_fine
                && required
                    .iter()
                    .all(|set| word.iter().any(|c| set.contains(c)))
        })
        .count() as u64
}

#[test]
fn the_count_agrees_with_brute_force() {
    let alphabet = ['a', 'b', 'c', 'd'];
    // Every non-empty subset of the alphabet, and every list of up to two of them.
    let subsets: Vec<Vec<char>> = (1..16usize)
        .map(|bits| {
            (0..4)
                .filter(|i| bits >> i & 1 == 1)
                .map(|i| alphabet[i])
                .collect()
        })
        .collect();
    let mut lists: Vec<Vec<Vec<char>>> = vec![Vec::new()];
    for (i, a) in subsets.iter().enumerate() {
        lists.push(vec![a.clone()]);
        for b in &subsets[i..] {
            lists.push(vec![a.clone(), b.clone()]);
        }
    }
    let mut checked = 0;
    for size in [1, 3, 4] {
        let alphabet = &alphabet[..size];
        for required in &lists {
            for length in 1..=5 {
                for max_run in [None, Some(1), Some(2), Some(3)] {
                    let exact = brute(alphabet, required, length, max_run);
                    let counted = log2_count(alphabet, required, length, max_run);
                    if exact == 0 {
                        assert!(
                            counted.is_infinite() || counted.exp2() < 0.5,
                            "{required:?}"
                        );
                    } else {
                        let off = (counted - (exact as f64).log2()).abs();
                        assert!(off < 1e-9, "{alphabet:?} {required:?} {length} {max_run:?}");
                    }
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 3 * lists.len() * 5 * 4);
}
