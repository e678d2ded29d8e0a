//! The on/off options of a password policy, as a set: a new option is one variant here.

/// One on/off option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Toggle {
    /// Every class of the set appears at least once.
    EachClass,
    /// Leave out the characters a reader confuses ([`crate::charset::LOOK_ALIKES`]).
    NoLookAlikes,
    /// No character is used twice (the tutorial's `random.sample`).
    NoRepeats,
}

impl Toggle {
    /// In the order the screen lists them.
    pub const ALL: [Toggle; 3] = [Toggle::EachClass, Toggle::NoLookAlikes, Toggle::NoRepeats];

    /// The short name, as in a summary of the options.
    pub fn label(self) -> &'static str {
        match self {
            Toggle::EachClass => "each class",
            Toggle::NoLookAlikes => "no look-alikes",
            Toggle::NoRepeats => "no repeats",
        }
    }

    /// The screen's wording.
    pub fn description(self) -> &'static str {
        match self {
            Toggle::EachClass => "each class at least once",
            Toggle::NoLookAlikes => "no look-alikes (l I 1 | O 0 B 8 G 6 ` ')",
            Toggle::NoRepeats => "no repeated characters",
        }
    }

    fn bit(self) -> u8 {
        match self {
            Toggle::EachClass => 1,
            Toggle::NoLookAlikes => 2,
            Toggle::NoRepeats => 4,
        }
    }
}

/// Which toggles are on. The default has each class on and the others off.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Toggles(u8);

impl std::fmt::Debug for Toggles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl Default for Toggles {
    fn default() -> Self {
        Toggles(Toggle::EachClass.bit())
    }
}

impl Toggles {
    /// Every toggle off.
    pub const NONE: Toggles = Toggles(0);

    /// Exactly these on.
    pub fn of(toggles: &[Toggle]) -> Toggles {
        toggles
            .iter()
            .fold(Toggles::NONE, |set, &t| set.with(t, true))
    }

    /// The toggles that are on.
    pub fn iter(self) -> impl Iterator<Item = Toggle> {
        Toggle::ALL.into_iter().filter(move |&t| self.contains(t))
    }

    /// Whether `toggle` is on.
    pub fn contains(self, toggle: Toggle) -> bool {
        self.0 & toggle.bit() != 0
    }

    #[must_use]
    /// These toggles with `toggle` turned on or off.
    pub fn with(self, toggle: Toggle, on: bool) -> Toggles {
        if on {
            Toggles(self.0 | toggle.bit())
        } else {
            Toggles(self.0 & !toggle.bit())
        }
    }

    /// Turns `toggle` on if it was off, off if it was on.
    pub fn flip(&mut self, toggle: Toggle) {
        *self = self.with(toggle, !self.contains(toggle));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_toggle_flips_alone() {
        for toggle in Toggle::ALL {
            let mut toggles = Toggles::default();
            let before: Vec<bool> = Toggle::ALL.map(|t| toggles.contains(t)).to_vec();
            toggles.flip(toggle);
            for other in Toggle::ALL {
                let i = Toggle::ALL.iter().position(|&t| t == other).unwrap_or(0);
                assert_eq!(toggles.contains(other), before[i] != (other == toggle));
            }
        }
        assert!(Toggles::default().contains(Toggle::EachClass));
        assert!(!Toggles::default().contains(Toggle::NoRepeats));
    }
}
