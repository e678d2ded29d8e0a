//! The system allocator, with every block wiped as it is freed or moved.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr;

/// The system allocator, wiping each block before it goes back: freed memory holds no secret
/// for the next owner of the block, or for anyone who reads the process's memory.
pub struct WipeOnFree;

// SAFETY: every call is passed to `System` with the same layouts it was made with; `realloc`
// is an `alloc`, a copy of the bytes both blocks hold, and a `dealloc` of the old block.
unsafe impl GlobalAlloc for WipeOnFree {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's promises about `layout` are System's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: `block` is live and `layout.size()` bytes long until it is freed below.
        unsafe {
            wipe(block, layout.size());
            System.dealloc(block, layout);
        }
    }

    /// The system's `realloc` may move the block and free the old one unwiped: move it here.
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller promises `new_size`, rounded up to the alignment, does not
        // overflow, so this layout is valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: a fresh block of `new_layout`; both blocks hold the smaller of the sizes.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}

/// Zeroes `len` bytes at `block`, in a way the compiler cannot drop as a store to memory
/// about to be freed.
///
/// # Safety
/// `block` must be valid for writes of `len` bytes.
unsafe fn wipe(block: *mut u8, len: usize) {
    // SAFETY: the caller's promise.
    unsafe { ptr::write_bytes(block, 0, len) };
    // The zeroes may be read through `block` for all the compiler knows: they are written.
    std::hint::black_box(block);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_their_bytes_while_they_grow_and_shrink() {
        let allocator = WipeOnFree;
        let layout = Layout::from_size_align(8, 4).expect("a valid layout");
        // SAFETY: each block is used within its size and freed once, with its layout.
        unsafe {
            let block = allocator.alloc(layout);
            assert!(!block.is_null());
            ptr::copy_nonoverlapping(b"secret!!".as_ptr(), block, 8);
            let grown = allocator.realloc(block, layout, 64);
            assert_eq!(std::slice::from_raw_parts(grown, 8), b"secret!!");
            let big = Layout::from_size_align(64, 4).expect("a valid layout");
            let shrunk = allocator.realloc(grown, big, 3);
            assert_eq!(std::slice::from_raw_parts(shrunk, 3), b"sec");
            allocator.dealloc(
                shrunk,
                Layout::from_size_align(3, 4).expect("a valid layout"),
            );
        }
    }
}
