//! Bulk output's characters: one stream of a table's picks, refilled from a kilobyte of
//! random bytes at a time (one `fill_bytes` call instead of seven `next_u32` a password).
//! Consecutive slices of independent uniform characters are independent uniform candidates,
//! and no kept character is wasted. Nothing is kept past the call that drew it.

use rand::CryptoRng;
use zeroize::{Zeroize, Zeroizing};

/// Random bytes per refill.
const RAW: usize = 1024;
/// Kept characters: fewer than a candidate's length carried over, plus at most `RAW` from
/// one refill. A power of two, so `% KEPT` is a mask.
const KEPT: usize = 2048;
/// The longest candidate a stream serves (every accepted length: `MAX_LENGTH` is 1024).
pub(crate) const STREAM_LENGTH: usize = KEPT - RAW;

pub(crate) struct Stream {
    /// A table's picks (see `Table`).
    pick: [u8; 256],
    /// The random bytes and the characters kept from them, `chars[start..end]` not yet
    /// used. Both spell passwords: wiped on drop. One spare byte past `KEPT` for the
    /// two-byte writes.
    raw: Zeroizing<[u8; RAW]>,
    chars: Zeroizing<[u8; KEPT + 1]>,
    start: usize,
    end: usize,
    /// From the second refill on: the picks of two bytes at once (the first byte is the low
    /// one, as `fill_bytes` and `next_u32` hand them out), left-packed so that a rejected
    /// byte leaves no gap, with how many were kept in bits 16 and up. Half the steps of the
    /// byte loop, for a 256 KiB table built once (about 0.1 ms).
    pairs: Option<Box<[u32]>>,
    refills: usize,
}

impl Stream {
    pub fn new(pick: [u8; 256]) -> Stream {
        Stream {
            pick,
            raw: Zeroizing::new([0; RAW]),
            chars: Zeroizing::new([0; KEPT + 1]),
            start: 0,
            end: 0,
            pairs: None,
            refills: 0,
        }
    }

    /// The next `length` (at most `STREAM_LENGTH`) characters, each uniform and independent
    /// of every other, drawing from `rng` when fewer are left.
    pub fn next<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, length: usize) -> &[u8] {
        debug_assert!(length <= STREAM_LENGTH);
        if self.end - self.start < length {
            self.refill(rng, length);
        }
        let start = self.start;
        self.start += length;
        &self.chars[start..self.start]
    }

    /// Drops what is left, wiping it: the next call starts on fresh bytes.
    pub fn end(&mut self) {
        self.raw.zeroize();
        self.chars.zeroize();
        self.start = 0;
        self.end = 0;
    }

    /// Moves the unused characters to the front and keeps the picks of fresh random bytes
    /// after them until there are at least `length`. As in `Table::fill`, no branch on random
    /// data: each pick is written at `kept`, and only a kept one moves `kept` on. `kept`
    /// starts below `length ≤ KEPT − RAW` and grows by at most `RAW`, so `% KEPT` only spares
    /// a bounds check.
    fn refill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, length: usize) {
        let chars = &mut *self.chars;
        chars.copy_within(self.start..self.end, 0);
        let mut kept = self.end - self.start;
        while kept < length {
            rng.fill_bytes(&mut *self.raw);
            if let Some(pairs) = &self.pairs {
                for two in self.raw.chunks_exact(2) {
                    let e = pairs[usize::from(u16::from_le_bytes([two[0], two[1]]))];
                    let at = kept % KEPT;
                    chars[at..at + 2].copy_from_slice(&(e as u16).to_le_bytes());
                    kept += (e >> 16) as usize;
                }
            } else {
                for &b in self.raw.iter() {
                    let c = self.pick[usize::from(b)];
                    chars[kept % KEPT] = c;
                    kept += usize::from(c != 0);
                }
            }
        }
        self.start = 0;
        self.end = kept;
        self.refills += 1;
        if self.refills == 2 {
            self.pairs = Some(pairs(&self.pick));
        }
    }
}

/// Every pair of bytes' picks, left-packed, with the number kept in bits 16 and up.
fn pairs(pick: &[u8; 256]) -> Box<[u32]> {
    (0..=u16::MAX)
        .map(|x| {
            let [a, b] = x.to_le_bytes().map(|byte| pick[usize::from(byte)]);
            let (first, second) = if a == 0 { (b, 0) } else { (a, b) };
            let kept = u32::from(a != 0) + u32::from(b != 0);
            u32::from(first) | u32::from(second) << 8 | kept << 16
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    use super::Stream;
    use crate::policy::generator::table::Table;

    /// Both loops (bytes at first, pairs from the second refill on) keep exactly the picks of
    /// the bytes drawn, in order: set 4's 94 characters reject 68 byte values in 256.
    #[test]
    fn the_stream_is_the_picks_of_the_bytes_in_order() {
        let set4: Vec<u8> = (b'!'..=b'~').collect();
        let pick = Table::new(&set4, 16).pick;
        let mut stream = Stream::new(pick);
        let mut rng = StdRng::seed_from_u64(5);
        let mut copy = StdRng::seed_from_u64(5);
        let mut got = Vec::new();
        for length in (1..=40).cycle().take(4000) {
            got.extend_from_slice(stream.next(&mut rng, length));
        }
        let mut expected = Vec::new();
        let mut raw = [0u8; super::RAW];
        while expected.len() < got.len() {
            copy.fill_bytes(&mut raw);
            expected.extend(
                raw.iter()
                    .map(|&b| pick[usize::from(b)])
                    .filter(|&c| c != 0),
            );
        }
        expected.truncate(got.len());
        assert!(stream.pairs.is_some());
        assert_eq!(got, expected);
    }
}
