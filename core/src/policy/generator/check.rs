//! Whether a candidate meets a shape's requirements: one table look-up a character, so
//! checking costs little next to drawing.

use crate::policy::options::Class;
use crate::policy::shape::Shape;

pub(crate) struct Check {
    /// For each byte: the bits of the requirements it meets once (a class with minimum 1 is
    /// bit `class`, hit set `j` is bit `4 + j`).
    bit_of: [u32; 256],
    need: u32,
    class_of: [u8; 256],
    /// Classes whose minimum is 2 or more: counted, not just seen.
    counted: Vec<(usize, usize)>,
    run: Option<usize>,
    /// Nothing to check: every candidate passes.
    trivial: bool,
}

impl Check {
    pub fn new(shape: &Shape) -> Check {
        let mut bit_of = [0u32; 256];
        let mut class_of = [0u8; 256];
        let mut need = 0;
        for byte in shape.alphabet.bytes() {
            let class = Class::of(byte).index();
            class_of[usize::from(byte)] = class as u8;
            if shape.mins[class] == 1 {
                bit_of[usize::from(byte)] |= 1 << class;
            }
            for (j, hit) in shape.hits.iter().enumerate() {
                if hit.contains(byte) {
                    bit_of[usize::from(byte)] |= 1 << (4 + j);
                }
            }
        }
        for (class, &min) in shape.mins.iter().enumerate() {
            if min == 1 {
                need |= 1 << class;
            }
        }
        for j in 0..shape.hits.len() {
            need |= 1 << (4 + j);
        }
        let counted: Vec<(usize, usize)> = (0..4)
            .filter(|&c| shape.mins[c] >= 2)
            .map(|c| (c, shape.mins[c]))
            .collect();
        Check {
            bit_of,
            need,
            class_of,
            trivial: need == 0 && counted.is_empty() && shape.max_run.is_none(),
            counted,
            run: shape.max_run,
        }
    }

    /// Whether `password` meets every requirement. Where only "at least one of each" is
    /// asked (each class, the rules' `required:` lines) the answer is computed without a
    /// branch on the password, so bulk output can keep or drop a candidate without one.
    #[inline]
    pub fn passes(&self, password: &[u8]) -> bool {
        if self.trivial {
            return true;
        }
        let seen = password
            .iter()
            .fold(0, |seen, &b| seen | self.bit_of[usize::from(b)]);
        let each = seen & self.need == self.need;
        if self.counted.is_empty() && self.run.is_none() {
            return each;
        }
        each && self.passes_counts_and_runs(password)
    }

    /// The class minimums of 2 or more and the run limit.
    fn passes_counts_and_runs(&self, password: &[u8]) -> bool {
        if !self.counted.is_empty() {
            let mut counts = [0usize; 4];
            for &b in password {
                counts[usize::from(self.class_of[usize::from(b)])] += 1;
            }
            if self.counted.iter().any(|&(c, min)| counts[c] < min) {
                return false;
            }
        }
        self.run.is_none_or(|k| longest_run(password) <= k)
    }
}

pub(crate) fn longest_run(password: &[u8]) -> usize {
    password
        .chunk_by(|a, b| a == b)
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0)
}
