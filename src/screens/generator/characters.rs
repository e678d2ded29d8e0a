//! Characters mode: what the length and the options allow, what the screen says of them, and
//! how the password follows them.

use rand::CryptoRng;

use super::state::LENGTH_DIGITS;
use super::{Entropy, Field, LengthProblem, Note, State};
use crate::app::{Msg, Reply, Status};
use crate::secret::password::check_length;
use crate::secret::{EntropyLabel, PasswordPolicy, PolicyError, Toggle, generate};

impl State {
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
            toggles: self.toggles,
        })
    }

    /// Exact entropy of the current options, and what no-repeats costs, if it is on.
    pub fn entropy(&self) -> Option<Entropy> {
        let policy = self.policy().ok()?;
        let bits = policy.entropy_bits().ok()?;
        let with_repeats = PasswordPolicy {
            toggles: policy.toggles.with(Toggle::NoRepeats, false),
            ..policy
        };
        let no_repeats_cost = policy
            .has(Toggle::NoRepeats)
            .then(|| with_repeats.entropy_bits().ok().map(|full| full - bits))
            .flatten();
        Some(Entropy {
            bits,
            label: EntropyLabel::of(bits),
            no_repeats_cost,
        })
    }

    /// Why no password can be made now, if so.
    pub fn problem(&self) -> Option<String> {
        match self.policy() {
            Err(problem) => Some(problem.to_string()),
            Ok(policy) => policy.validate().err().map(|refusal| refusal.to_string()),
        }
    }

    /// What the line under the length says: a neutral hint until the length is entered, or
    /// can only grow into a refusal (too long); then the refusal.
    pub fn length_note(&self) -> Option<Note> {
        let problem = self.problem()?;
        let settled = match self.policy() {
            Err(LengthProblem::Empty) => false,
            Err(LengthProblem::Refused(PolicyError::TooShort)) => self.length_entered,
            Err(LengthProblem::Refused(_)) | Ok(_) => true,
        };
        Some(if settled {
            Note::Problem(problem)
        } else {
            Note::Hint(LengthProblem::Empty.to_string())
        })
    }

    pub(super) fn edit_length<R: CryptoRng + ?Sized>(&mut self, msg: &Msg, rng: &mut R) -> Reply {
        let had_problem = self.problem().is_some();
        let edited = self.length.apply(msg);
        if edited.changed {
            self.length_entered = false;
            self.options_changed(rng);
        }
        match edited.left_out("Length", LENGTH_DIGITS) {
            Some(note) => Reply::Status(Status::error(note)),
            // A refusal about the length is stale once the length passes.
            None if had_problem && self.problem().is_none() => Reply::ClearStatus,
            None => Reply::Nothing,
        }
    }

    pub(super) fn generate_password<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
        let policy = match self.policy() {
            Ok(policy) => policy,
            Err(problem) => return Reply::Status(Status::error(problem.to_string())),
        };
        match generate(&policy, rng) {
            Ok(password) => {
                self.result = Some(password);
                self.focus = Field::Output;
                Reply::ClearStatus
            }
            Err(refusal) => Reply::Status(Status::error(refusal.to_string())),
        }
    }

    /// After a Characters option changes: a shown password is redrawn so that it always
    /// matches what the screen says, or dropped if the options no longer allow one.
    pub(super) fn options_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        if self.result.is_some() {
            let focus = self.focus;
            self.result = None;
            if matches!(self.generate_password(rng), Reply::ClearStatus) {
                self.focus = focus;
            }
        }
        if !self.order().contains(&self.focus) {
            self.focus = Field::Length;
        }
    }
}
