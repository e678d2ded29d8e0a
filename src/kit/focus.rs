//! Focus rings: which field has the keyboard, and where Tab goes next.

/// What kind of widget has focus; key tables bind keys by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FocusKind {
    Text,
    /// A text field offering a completion after its cursor, which it takes on a key.
    Completing,
    /// A text field where Enter submits the form rather than moving on.
    SubmitText,
    /// A selector: what it shows is the choice.
    Choice,
    /// A radio row: the arrows move a cursor, Space or Enter pick.
    Radio,
    Button,
    Menu,
    Toggle,
    Output,
}

impl FocusKind {
    /// Typing goes into the field.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            FocusKind::Text | FocusKind::Completing | FocusKind::SubmitText
        )
    }
}

/// The field after (`step = 1`) or before (`step = -1`) `current` in `order`, wrapping.
/// A field missing from `order` (hidden since) goes to the first.
pub fn step<T: Copy + PartialEq>(order: &[T], current: T, step: isize) -> T {
    let Some(&first) = order.first() else {
        return current;
    };
    match order.iter().position(|&f| f == current) {
        Some(i) => {
            let len = order.len() as isize;
            order[(i as isize + step).rem_euclid(len) as usize]
        }
        None => first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_both_ways() {
        let order = [1, 2, 3];
        assert_eq!(step(&order, 3, 1), 1);
        assert_eq!(step(&order, 1, -1), 3);
        assert_eq!(step(&order, 2, 1), 3);
        assert_eq!(step(&order, 9, 1), 1);
    }
}
