//! The on/off options of a password policy, as a set: a new option is one variant here.

/// One on/off option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Toggle {
    /// Every class of the set appears at least once.
    EachClass,
    /// Leave out `l I 1 O 0 |` and the backtick.
    NoLookAlikes,
    /// No character is used twice (the tutorial's `random.sample`).
    NoRepeats,
}

impl Toggle {
    /// In the order the screen lists them.
    pub const ALL: [Toggle; 3] = [Toggle::EachClass, Toggle::NoLookAlikes, Toggle::NoRepeats];

    pub fn description(self) -> &'static str {
        match self {
            Toggle::EachClass => "each class at least once",
            Toggle::NoLookAlikes => "no look-alikes (l I 1 O 0 | `)",
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Toggles(u8);

impl Default for Toggles {
    fn default() -> Self {
        Toggles(Toggle::EachClass.bit())
    }
}

impl Toggles {
    pub fn contains(self, toggle: Toggle) -> bool {
        self.0 & toggle.bit() != 0
    }

    #[must_use]
    pub fn with(self, toggle: Toggle, on: bool) -> Toggles {
        if on {
            Toggles(self.0 | toggle.bit())
        } else {
            Toggles(self.0 & !toggle.bit())
        }
    }

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
