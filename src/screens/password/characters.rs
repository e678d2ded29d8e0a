//! Characters mode: what the length and the options allow, what the screen says of them, and
//! how the password follows them. The options are compiled into one `Policy` each time they
//! change (never while drawing); entropy, refusals and passwords all come from it.

use rand::CryptoRng;

use super::state::LENGTH_DIGITS;
use super::char_fields::count;
use super::compiled::Compiled;
use super::{Entropy, Field, LengthProblem, Note, State};
use super::Action;
use crate::kit::{Input, Status, TextField};
use super::Reply;
use keysmith_core::{CharSet, EntropyLabel};
use keysmith_core::policy::{MAX_LENGTH, WEAK_LENGTH};
use keysmith_core::policy::{
    Generator, Policy, PolicyError, PolicyOptions, SiteRules, Toggle,
    parse_rules,
};

impl State {
    /// The length, if it passes the length rule; the menu shows only then, as in the tutorial.
    pub fn length(&self) -> Result<usize, LengthProblem> {
        let length: usize = self
            .length
            .value()
            .parse()
            .map_err(|_| LengthProblem::Empty)?;
        if length <= WEAK_LENGTH {
            return Err(LengthProblem::Refused(PolicyError::TooShort));
        }
        if length > MAX_LENGTH {
            return Err(LengthProblem::Refused(PolicyError::TooLong));
        }
        Ok(length)
    }

    pub fn menu_visible(&self) -> bool {
        self.length().is_ok()
    }

    /// The screen's fields as policy options: empty Symbols is the set's own symbols, blank
    /// Rules is no rules.
    pub fn options(&self) -> PolicyOptions {
        let text = |field: &TextField| {
            let value = field.value();
            (!value.trim().is_empty()).then(|| value.to_string())
        };
        PolicyOptions {
            length: self.length().ok(),
            set: self.set,
            toggles: self.toggles,
            symbols: text(&self.chars.symbols),
            exclude: self.chars.exclude.value().to_string(),
            minimums: self.chars.minimums(),
            max_consecutive: count(&self.chars.max_consecutive),
            rules: text(&self.chars.rules),
        }
    }

    /// The compiled policy, or why there is none.
    pub fn policy(&self) -> Result<&Policy, &LengthProblem> {
        self.compiled.policy.as_ref()
    }

    /// What the Rules field parsed to, or its error; `None` while it is blank.
    pub fn rules(&self) -> Option<Result<&SiteRules, &PolicyError>> {
        self.compiled.rules.as_ref().map(Result::as_ref)
    }

    /// Whether site rules decide the set and the requirements in place of the menu and the
    /// each-class toggle.
    pub fn rules_decide(&self) -> bool {
        matches!(self.rules(), Some(Ok(_)))
    }

    /// Compiles the options again: after every change, so that drawing only reads.
    pub(super) fn recompile(&mut self) {
        let options = self.options();
        let rules = options
            .rules
            .as_deref()
            .and_then(|text| parse_rules(text).transpose());
        let policy = match self.length() {
            Err(problem) => Err(problem),
            Ok(_) => Policy::compile(&options).map_err(LengthProblem::Refused),
        };
        let entropy = policy.as_ref().ok().map(|policy| {
            let bits = policy.entropy_bits();
            let no_repeats_cost = options
                .toggles
                .contains(Toggle::NoRepeats)
                .then(|| {
                    let with_repeats = PolicyOptions {
                        toggles: options.toggles.with(Toggle::NoRepeats, false),
                        ..options.clone()
                    };
                    Policy::compile(&with_repeats)
                        .ok()
                        .map(|full| full.entropy_bits() - bits)
                })
                .flatten();
            Entropy {
                bits,
                label: EntropyLabel::of(bits),
                no_repeats_cost,
            }
        });
        let set_sizes = CharSet::ALL.map(|set| {
            let options = PolicyOptions { set, ..options.clone() };
            options.alphabet_len().unwrap_or(0)
        });
        self.compiled = Compiled {
            policy,
            entropy,
            rules,
            set_sizes,
        };
    }

    /// Exact entropy of the current options, and what no-repeats costs, if it is on.
    pub fn entropy(&self) -> Option<Entropy> {
        self.compiled.entropy
    }

    /// Why no password can be made now, if so.
    pub fn problem(&self) -> Option<String> {
        self.policy().err().map(ToString::to_string)
    }

    /// What the line under the length says: a neutral hint until the length is entered, or
    /// can only grow into a refusal (too long); then the refusal. A rules text that does not
    /// parse is shown under the Rules field instead.
    pub fn length_note(&self) -> Option<Note> {
        let problem = self.problem()?;
        let settled = match self.policy() {
            Err(LengthProblem::Empty) => false,
            Err(LengthProblem::Refused(PolicyError::TooShort)) => self.length_entered,
            Err(LengthProblem::Refused(refusal)) if self.rules() == Some(Err(refusal)) => {
                return None;
            }
            Err(LengthProblem::Refused(_)) | Ok(_) => true,
        };
        Some(if settled {
            Note::Problem(problem)
        } else {
            Note::Hint(LengthProblem::Empty.to_string())
        })
    }

    pub(super) fn edit_length<R: CryptoRng + ?Sized>(&mut self, msg: &Input<Action>, rng: &mut R) -> Reply {
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

    /// An edit in one of the option fields under the toggles.
    pub(super) fn edit_chars<R: CryptoRng + ?Sized>(&mut self, msg: &Input<Action>, rng: &mut R) -> Reply {
        let had_problem = self.problem().is_some();
        let Some((field, name, limit)) = self.chars.text_field(self.focus) else {
            return Reply::Nothing;
        };
        let edited = field.apply(msg);
        if edited.changed {
            self.options_changed(rng);
        }
        match edited.left_out(name, limit) {
            Some(note) => Reply::Status(Status::error(note)),
            None if had_problem && self.problem().is_none() => Reply::ClearStatus,
            None => Reply::Nothing,
        }
    }

    pub(super) fn generate_password<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
        match self.policy() {
            Ok(policy) => {
                self.result = Some(Generator::new(policy).generate(rng));
                self.focus = Field::Output;
                Reply::ClearStatus
            }
            Err(problem) => Reply::Status(Status::error(problem.to_string())),
        }
    }

    /// After a Characters option changes: the policy is compiled again, and a shown password
    /// is redrawn so that it always matches what the screen says, or dropped if the options
    /// no longer allow one.
    pub(super) fn options_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        self.recompile();
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
