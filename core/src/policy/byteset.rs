//! A set of ASCII characters as one 128-bit mask: the alphabets and required sets are never
//! more than printable ASCII, so set algebra is a handful of bit operations.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
/// A set of ASCII characters (bytes 0 to 127).
pub struct ByteSet(u128);

impl ByteSet {
    /// No character.
    pub const EMPTY: ByteSet = ByteSet(0);

    /// The ASCII bytes of `bytes`; anything else is left out.
    pub fn of(bytes: &[u8]) -> ByteSet {
        bytes.iter().fold(ByteSet::EMPTY, |set, &b| set.with(b))
    }

    /// The ASCII characters of `text`; anything else is left out.
    pub fn of_chars(text: &str) -> ByteSet {
        ByteSet::of(text.as_bytes())
    }

    /// Every byte from `low` to `high`, both included.
    pub fn range(low: u8, high: u8) -> ByteSet {
        (low..=high).fold(ByteSet::EMPTY, |set, b| set.with(b))
    }

    /// This set and `byte` (a byte past ASCII is left out).
    pub fn with(self, byte: u8) -> ByteSet {
        if byte < 128 {
            ByteSet(self.0 | 1 << byte)
        } else {
            self
        }
    }

    /// Whether `byte` is in the set.
    pub fn contains(self, byte: u8) -> bool {
        byte < 128 && self.0 >> byte & 1 == 1
    }

    /// The characters of either set.
    pub fn union(self, other: ByteSet) -> ByteSet {
        ByteSet(self.0 | other.0)
    }

    /// The characters of both sets.
    pub fn intersection(self, other: ByteSet) -> ByteSet {
        ByteSet(self.0 & other.0)
    }

    /// The characters of this set that are not in `other`.
    pub fn minus(self, other: ByteSet) -> ByteSet {
        ByteSet(self.0 & !other.0)
    }

    /// Whether every character of this set is in `other`.
    pub fn is_subset(self, other: ByteSet) -> bool {
        self.minus(other).is_empty()
    }

    /// Whether the set has no character.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many characters the set has.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The characters in ascending order.
    pub fn bytes(self) -> impl Iterator<Item = u8> {
        (0u8..128).filter(move |&b| self.contains(b))
    }

    /// The characters in ascending order.
    pub fn to_vec(self) -> Vec<u8> {
        self.bytes().collect()
    }
}

/// The characters themselves, e.g. `[-!#]`: a set is never secret.
impl fmt::Debug for ByteSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for b in self.bytes() {
            write!(f, "{}", char::from(b).escape_debug())?;
        }
        f.write_str("]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_algebra() {
        let abc = ByteSet::of(b"abc");
        let bcd = ByteSet::range(b'b', b'd');
        assert_eq!(abc.union(bcd), ByteSet::of(b"abcd"));
        assert_eq!(abc.intersection(bcd), ByteSet::of(b"bc"));
        assert_eq!(abc.minus(bcd), ByteSet::of(b"a"));
        assert!(ByteSet::of(b"bc").is_subset(abc));
        assert!(!abc.is_subset(bcd));
        assert_eq!(abc.len(), 3);
        assert_eq!(bcd.to_vec(), b"bcd");
    }

    #[test]
    fn non_ascii_is_left_out() {
        let set = ByteSet::of_chars("aé€ ");
        assert_eq!(set.to_vec(), b" a");
        assert!(!set.contains(200));
        assert_eq!(format!("{set:?}"), "[ a]");
    }
}
