//! Exact entropy: log2 of how many passwords a policy can produce.
//!
//! The counts overflow any integer (94^1024), so they are computed in the log domain:
//! log2(f(N)) plus log2 of the inclusion–exclusion sum of ratios f(N - s)/f(N), which all
//! lie in [0, 1] and so lose no precision that matters at 0.1 bit.

use std::fmt;

/// log2 of the number of strings of `length` over classes of the given sizes; `each_class`
/// requires every class to appear, `no_repeats` forbids using a character twice.
/// `None` when no such string exists.
pub fn count_log2(
    class_sizes: &[usize],
    length: usize,
    each_class: bool,
    no_repeats: bool,
) -> Option<f64> {
    let total: usize = class_sizes.iter().sum();
    let arrangements = Arrangements {
        total,
        length,
        no_repeats,
    };
    let base = arrangements.log2_count(total)?;
    if !each_class {
        return Some(base);
    }
    let ratio = excluded_sums(class_sizes)
        .map(|(excluded, odd)| {
            let r = arrangements.ratio(total - excluded);
            if odd { -r } else { r }
        })
        .sum::<f64>();
    // The true count is a whole number, so anything under one half is rounding left over
    // from terms that cancel exactly.
    let bits = base + ratio.log2();
    (bits > -1.0).then_some(bits)
}

/// How many ways to fill `length` places from `m` characters, relative to all `total`.
struct Arrangements {
    total: usize,
    length: usize,
    no_repeats: bool,
}

impl Arrangements {
    fn log2_count(&self, m: usize) -> Option<f64> {
        if m == 0 && self.length > 0 {
            return None;
        }
        if self.no_repeats {
            // Falling factorial m! / (m - length)!.
            (m >= self.length).then(|| (0..self.length).map(|i| ((m - i) as f64).log2()).sum())
        } else {
            Some(self.length as f64 * (m as f64).log2())
        }
    }

    fn ratio(&self, m: usize) -> f64 {
        if self.no_repeats {
            if m < self.length {
                return 0.0;
            }
            (0..self.length)
                .map(|i| (m - i) as f64 / (self.total - i) as f64)
                .product()
        } else {
            (m as f64 / self.total as f64).powi(self.length as i32)
        }
    }
}

/// For every subset of classes: the number of characters it removes and whether its size is odd.
fn excluded_sums(class_sizes: &[usize]) -> impl Iterator<Item = (usize, bool)> + '_ {
    (0u32..1 << class_sizes.len()).map(move |mask| {
        let excluded = class_sizes
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, size)| size)
            .sum();
        (excluded, mask.count_ones() % 2 == 1)
    })
}

/// The label shown beside a password's entropy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntropyLabel {
    Weak,
    Fair,
    Strong,
    VeryStrong,
}

impl EntropyLabel {
    pub fn of(bits: f64) -> EntropyLabel {
        match bits {
            b if b < 50.0 => EntropyLabel::Weak,
            b if b < 80.0 => EntropyLabel::Fair,
            b if b < 100.0 => EntropyLabel::Strong,
            _ => EntropyLabel::VeryStrong,
        }
    }
}

impl fmt::Display for EntropyLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EntropyLabel::Weak => "weak",
            EntropyLabel::Fair => "fair",
            EntropyLabel::Strong => "strong",
            EntropyLabel::VeryStrong => "very strong",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts by listing every string: the reference the formula must match.
    fn brute_force(
        class_sizes: &[usize],
        length: usize,
        each_class: bool,
        no_repeats: bool,
    ) -> u64 {
        let class_of: Vec<usize> = class_sizes
            .iter()
            .enumerate()
            .flat_map(|(class, &size)| std::iter::repeat_n(class, size))
            .collect();
        let n = class_of.len();
        let mut count = 0;
        for index in 0..n.pow(length as u32) {
            let picks: Vec<usize> = (0..length).map(|i| index / n.pow(i as u32) % n).collect();
            let distinct = picks.iter().collect::<std::collections::HashSet<_>>().len() == length;
            let every_class =
                (0..class_sizes.len()).all(|class| picks.iter().any(|&p| class_of[p] == class));
            if (!no_repeats || distinct) && (!each_class || every_class) {
                count += 1;
            }
        }
        count
    }

    #[test]
    fn matches_brute_force_on_tiny_alphabets() {
        let alphabets: [&[usize]; 6] = [&[1], &[3], &[2, 1], &[2, 3], &[1, 1, 2], &[2, 1, 1, 2]];
        for sizes in alphabets {
            for length in 0..=5 {
                for each_class in [false, true] {
                    for no_repeats in [false, true] {
                        let expected = brute_force(sizes, length, each_class, no_repeats);
                        let got = count_log2(sizes, length, each_class, no_repeats);
                        let case =
                            format!("{sizes:?} len {length} each {each_class} norep {no_repeats}");
                        match got {
                            None => assert_eq!(expected, 0, "{case}"),
                            Some(bits) => {
                                assert!(expected > 0, "{case}: formula says {bits} bits");
                                let want = (expected as f64).log2();
                                assert!((bits - want).abs() < 1e-9, "{case}: {bits} vs {want}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn plain_counts_are_length_times_log2_of_size() {
        let bits = count_log2(&[26, 26, 10, 32], 16, false, false);
        assert_eq!(bits, Some(16.0 * 94f64.log2()));
    }

    #[test]
    fn an_empty_class_makes_each_class_impossible() {
        assert_eq!(count_log2(&[3, 0], 4, true, false), None);
        assert!(count_log2(&[3, 0], 4, false, false).is_some());
    }

    #[test]
    fn labels_follow_the_thresholds() {
        assert_eq!(EntropyLabel::of(49.9), EntropyLabel::Weak);
        assert_eq!(EntropyLabel::of(50.0), EntropyLabel::Fair);
        assert_eq!(EntropyLabel::of(79.9), EntropyLabel::Fair);
        assert_eq!(EntropyLabel::of(80.0), EntropyLabel::Strong);
        assert_eq!(EntropyLabel::of(99.9), EntropyLabel::Strong);
        assert_eq!(EntropyLabel::of(100.0), EntropyLabel::VeryStrong);
        assert_eq!(EntropyLabel::VeryStrong.to_string(), "very strong");
    }
}
