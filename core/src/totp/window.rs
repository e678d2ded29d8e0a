//! Checking a code against every code of a window in constant time: each candidate is
//! computed and compared whichever matches, so the time taken says nothing of the code.

use subtle::{Choice, ConditionallySelectable, ConstantTimeEq};
use zeroize::Zeroizing;

/// The position of the last candidate equal to `code`, or `None` if none is. Callers order
/// the candidates so that the one they prefer comes last.
pub(crate) fn last_match<I>(code: &str, candidates: I) -> Option<i64>
where
    I: IntoIterator<Item = (i64, Option<Zeroizing<String>>)>,
{
    let mut found = Choice::from(0);
    let mut position = 0i64;
    for (at, expected) in candidates {
        // A candidate past the end of time (u64 seconds or counters) cannot match.
        let Some(expected) = expected else {
            continue;
        };
        let equal = expected.as_bytes().ct_eq(code.as_bytes());
        position.conditional_assign(&at, equal);
        found |= equal;
    }
    bool::from(found).then_some(position)
}
