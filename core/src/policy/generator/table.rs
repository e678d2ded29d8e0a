//! Uniform characters in bulk, as fast as the RNG hands out bytes: each byte below `accept`
//! (the largest multiple of the alphabet's size that fits in a byte) maps to
//! `chars[b % n]`, every other byte to 0, "rejected". Each kept byte is uniform over
//! `0..accept`, so each character has probability exactly `1/n`.
//!
//! `fill` draws one password's bytes and drops what is left over, so a password depends only
//! on the bytes drawn for it; bulk output draws from a `Stream` of the same picks instead.

use rand::CryptoRng;
use zeroize::Zeroizing;

/// The most random bytes one draw takes, and the scratch space for them.
const DRAW: usize = 256;

pub(crate) struct Table {
    /// Copied by the bulk stream.
    pub(super) pick: [u8; 256],
    accept: usize,
    first_draw: usize,
    /// The kept characters of a draw: they spell the password, so they are wiped on drop.
    picked: Zeroizing<[u8; DRAW]>,
}

/// Bytes to draw for `missing` characters when `accept / 256` of bytes are kept: the mean
/// of that negative binomial plus two standard deviations, in whole 4-byte words.
fn draw_size(missing: usize, accept: usize) -> usize {
    let p = accept as f64 / 256.0;
    let m = missing as f64;
    let bytes = (m + 2.0 * (m * (1.0 - p)).sqrt()) / p;
    (bytes.ceil() as usize).next_multiple_of(4).clamp(4, DRAW)
}

impl Table {
    /// `chars`: printable ASCII (never 0), at most 128 of them.
    pub fn new(chars: &[u8], length: usize) -> Table {
        let n = chars.len().max(1);
        let accept = 256 - 256 % n;
        let mut pick = [0u8; 256];
        for (b, slot) in pick.iter_mut().enumerate().take(accept) {
            *slot = chars.get(b % n).copied().unwrap_or(0);
        }
        Table {
            pick,
            accept,
            first_draw: draw_size(length, accept),
            picked: Zeroizing::new([0u8; DRAW]),
        }
    }

    /// Appends `length` uniform characters to `out`. Bytes drawn past the last one needed
    /// are dropped whatever they are: every password comes from the RNG it was given.
    #[inline]
    pub fn fill<R: CryptoRng + ?Sized>(&mut self, rng: &mut R, length: usize, out: &mut Vec<u8>) {
        let goal = out.len() + length;
        let mut want = self.first_draw;
        loop {
            // No branch on random data: each byte writes its pick at `kept`, and only a kept
            // (non-zero) one moves `kept` on. `kept < want ≤ DRAW`, so `% DRAW` only spares
            // a bounds check.
            let picked = &mut *self.picked;
            let mut kept = 0;
            for _ in 0..want / 4 {
                let mut word = rng.next_u32();
                for _ in 0..4 {
                    let c = self.pick[(word & 0xff) as usize];
                    word >>= 8;
                    picked[kept % DRAW] = c;
                    kept += usize::from(c != 0);
                }
            }
            let missing = goal - out.len();
            out.extend_from_slice(&picked[..kept.min(missing)]);
            if kept >= missing {
                return;
            }
            want = draw_size(goal - out.len(), self.accept);
        }
    }
}
