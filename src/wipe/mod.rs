//! Wiping secrets the program is done with. Values it knows are secret live in `zeroize` and
//! `secrecy` types; what that cannot reach is covered here: every block of memory is wiped as
//! it is freed (`WipeOnFree`, the binary's allocator), so the copies that libraries make and
//! drop (a text field's string as it is edited and replaced, a strength estimate's working
//! copies, a frame's text) are gone once freed; and the terminal's output passes through a
//! buffer wiped after each write (`WipedStdout`), since the standard library's own keeps the
//! last frame's bytes; and the random generator's buffer is used up after each message
//! (`spend_buffered`), since the bytes a secret was drawn from spell it out.

mod allocator;
mod rng;
mod stdout;

pub use allocator::WipeOnFree;
pub use rng::spend_buffered;
pub use stdout::WipedStdout;
