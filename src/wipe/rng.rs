//! The bytes a secret was drawn from, pushed out of the generator's buffer.

use rand::CryptoRng;
use zeroize::Zeroizing;

/// What the thread's generator (`rand::rng()`, ChaCha12) makes at a time and keeps until used
/// up: four 64-byte blocks.
const BUFFERED: usize = 256;

/// The thread's generator keeps the block of output a password, a code or a TOTP secret was
/// drawn from until the rest of it is used, and that block spells the secret out (a TOTP
/// secret is its bytes as they are). Drawing a whole buffer's worth makes it generate a new
/// block over the old one; what is drawn here is wiped.
pub fn spend_buffered<R: CryptoRng + ?Sized>(rng: &mut R) {
    let mut spent = Zeroizing::new([0u8; BUFFERED]);
    rng.fill_bytes(&mut spent[..]);
}
