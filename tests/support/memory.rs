//! Reading a running process's memory, as root can through `/proc/PID/maps` and
//! `/proc/PID/mem`: how many copies of a secret it holds.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

/// How much of a mapping is read at a time.
const CHUNK: usize = 1 << 20;

/// How many times `needle` occurs in the readable memory of process `pid`, or why its memory
/// cannot be read (not root, no `/proc`, ptrace forbidden).
pub fn copies(pid: u32, needle: &[u8]) -> io::Result<usize> {
    assert!(!needle.is_empty(), "an empty needle is everywhere");
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps"))?;
    let mem = File::open(format!("/proc/{pid}/mem"))?;
    let mut found = 0;
    let mut read_any = false;
    for (start, end) in readable_ranges(&maps) {
        match count_in(&mem, start, end, needle) {
            Ok(n) => {
                found += n;
                read_any = true;
            }
            // [vvar] and guard pages refuse reads; the heap and stacks never do.
            Err(_) => continue,
        }
    }
    if read_any {
        Ok(found)
    } else {
        Err(io::Error::other("no mapping could be read"))
    }
}

/// The address ranges of the readable mappings.
fn readable_ranges(maps: &str) -> Vec<(u64, u64)> {
    maps.lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let (start, end) = fields.next()?.split_once('-')?;
            let readable = fields.next()?.starts_with('r');
            let start = u64::from_str_radix(start, 16).ok()?;
            let end = u64::from_str_radix(end, 16).ok()?;
            readable.then_some((start, end))
        })
        .collect()
}

/// Occurrences of `needle` between `start` and `end`, read a chunk at a time with an overlap,
/// so that one that straddles two chunks counts once.
fn count_in(mem: &File, start: u64, end: u64, needle: &[u8]) -> io::Result<usize> {
    let overlap = needle.len() - 1;
    let mut buf = vec![0u8; CHUNK + overlap];
    let mut at = start;
    let mut found = 0;
    while at < end {
        let want = usize::try_from(end - at).map_or(buf.len(), |left| left.min(buf.len()));
        let got = mem.read_at(&mut buf[..want], at)?;
        if got == 0 {
            break;
        }
        found += buf[..got]
            .windows(needle.len())
            .filter(|window| *window == needle)
            .count();
        if got < needle.len() || at + (got as u64) >= end {
            break;
        }
        at += (got - overlap) as u64;
    }
    Ok(found)
}
