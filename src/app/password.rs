//! The generator screen: a length, a menu of four sets, three toggles and the result.

use rand::CryptoRng;
use secrecy::SecretString;

use super::field::{TextField, digit};
use super::focus::FocusKind;
use super::status::Status;
use crate::secret::password::{MAX_LENGTH, WEAK_LENGTH, check_length};
use crate::secret::{CharSet, EntropyLabel, PasswordPolicy, PolicyError, generate};

/// Five digits: enough to say "too long" for anything past 1024, never enough to overflow.
const LENGTH_DIGITS: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PasswordField {
    Length,
    Menu,
    EachClass,
    NoLookAlikes,
    NoRepeats,
    Result,
}

impl PasswordField {
    pub fn kind(self) -> FocusKind {
        match self {
            PasswordField::Length => FocusKind::Text,
            PasswordField::Menu => FocusKind::Menu,
            PasswordField::EachClass | PasswordField::NoLookAlikes | PasswordField::NoRepeats => {
                FocusKind::Toggle
            }
            PasswordField::Result => FocusKind::Result,
        }
    }
}

/// Why the length field does not yet give a usable length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LengthProblem {
    Empty,
    Refused(PolicyError),
}

impl std::fmt::Display for LengthProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LengthProblem::Empty => write!(
                f,
                "Type a length of more than {WEAK_LENGTH} (up to {MAX_LENGTH}) and press Enter"
            ),
            LengthProblem::Refused(refusal) => refusal.fmt(f),
        }
    }
}

#[derive(Debug)]
pub struct PasswordScreen {
    pub focus: PasswordField,
    pub length: TextField,
    pub set: CharSet,
    pub each_class: bool,
    pub no_look_alikes: bool,
    pub no_repeats: bool,
    pub result: Option<SecretString>,
}

impl Default for PasswordScreen {
    fn default() -> Self {
        let defaults = PasswordPolicy::default();
        PasswordScreen {
            focus: PasswordField::Length,
            length: TextField::new(LENGTH_DIGITS, digit),
            set: defaults.set,
            each_class: defaults.each_class,
            no_look_alikes: defaults.no_look_alikes,
            no_repeats: defaults.no_repeats,
            result: None,
        }
    }
}

impl PasswordScreen {
    /// The length, if it passes the length rule; the menu shows only then, as in the tutorial.
    pub fn length(&self) -> Result<usize, LengthProblem> {
        let length: usize = self
            .length
            .value()
            .parse()
            .map_err(|_| LengthProblem::Empty)?;
        check_length(length).map_err(LengthProblem::Refused)?;
        Ok(length)
    }

    pub fn menu_visible(&self) -> bool {
        self.length().is_ok()
    }

    pub fn policy(&self) -> Result<PasswordPolicy, LengthProblem> {
        Ok(PasswordPolicy {
            length: self.length()?,
            set: self.set,
            each_class: self.each_class,
            no_look_alikes: self.no_look_alikes,
            no_repeats: self.no_repeats,
        })
    }

    /// Exact entropy of the current options, and what no-repeats costs, if it is on.
    pub fn entropy(&self) -> Option<Entropy> {
        let policy = self.policy().ok()?;
        let bits = policy.entropy_bits().ok()?;
        let with_repeats = PasswordPolicy {
            no_repeats: false,
            ..policy
        };
        let no_repeats_cost = policy
            .no_repeats
            .then(|| with_repeats.entropy_bits().ok().map(|full| full - bits))
            .flatten();
        Some(Entropy {
            bits,
            label: EntropyLabel::of(bits),
            no_repeats_cost,
        })
    }

    /// The problem to show above the menu, if any.
    pub fn problem(&self) -> Option<String> {
        match self.policy() {
            Err(problem) => Some(problem.to_string()),
            Ok(policy) => policy.validate().err().map(|refusal| refusal.to_string()),
        }
    }

    pub fn order(&self) -> Vec<PasswordField> {
        let mut order = vec![PasswordField::Length];
        if self.menu_visible() {
            order.extend([
                PasswordField::Menu,
                PasswordField::EachClass,
                PasswordField::NoLookAlikes,
                PasswordField::NoRepeats,
            ]);
            if self.result.is_some() {
                order.push(PasswordField::Result);
            }
        }
        order
    }

    pub fn generate<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Option<Status> {
        let policy = match self.policy() {
            Ok(policy) => policy,
            Err(problem) => return Some(Status::error(problem.to_string())),
        };
        match generate(&policy, rng) {
            Ok(password) => {
                self.result = Some(password);
                self.focus = PasswordField::Result;
                None
            }
            Err(refusal) => Some(Status::error(refusal.to_string())),
        }
    }

    /// After an option changes: a shown password is redrawn so that it always matches
    /// what the screen says, or dropped if the options no longer allow one.
    pub fn options_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        if self.result.is_some() {
            let focus = self.focus;
            self.result = None;
            if self.generate(rng).is_none() {
                self.focus = focus;
            }
        }
        if !self.order().contains(&self.focus) {
            self.focus = PasswordField::Length;
        }
    }

    pub fn toggle(&mut self, field: PasswordField) -> bool {
        let flag = match field {
            PasswordField::EachClass => &mut self.each_class,
            PasswordField::NoLookAlikes => &mut self.no_look_alikes,
            PasswordField::NoRepeats => &mut self.no_repeats,
            _ => return false,
        };
        *flag = !*flag;
        true
    }

    pub fn move_in_menu(&mut self, step: isize) {
        self.set = super::focus::step(&CharSet::ALL, self.set, step);
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entropy {
    pub bits: f64,
    pub label: EntropyLabel,
    pub no_repeats_cost: Option<f64>,
}
