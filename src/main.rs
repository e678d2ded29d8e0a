//! The `keysmith` binary: everything is in the crate's library half.

// Freed memory is wiped, so that no copy of a secret outlives the value that held it.
#[global_allocator]
static ALLOCATOR: keysmith::WipeOnFree = keysmith::WipeOnFree;

fn main() -> std::process::ExitCode {
    keysmith::run()
}

// The loader runs this before the standard library's start-up, which puts the null device
// in place of a closed stdout: a command must know, to say it cannot write its output. It is
// listed here, in the executable itself, since the linker may leave out a library's list.
#[cfg(any(target_os = "linux", target_os = "android"))]
#[used]
#[unsafe(link_section = ".init_array")]
static LOOK_AT_STDOUT: extern "C" fn() = keysmith::look_at_start;

#[cfg(target_vendor = "apple")]
#[used]
#[unsafe(link_section = "__DATA,__mod_init_func")]
static LOOK_AT_STDOUT: extern "C" fn() = keysmith::look_at_start;
