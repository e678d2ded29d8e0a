//! The generator's state and what each message does to it.

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;
use secrecy::SecretString;

use super::{Entropy, Field, LengthProblem, Note};
use crate::app::field::{CharFilter, TextField};
use crate::app::keys::Binding;
use crate::app::{Action, FocusKind, HandOver, Msg, Reply, Settings, Status, focus};
use crate::screens::ScreenState;
use crate::secret::password::check_length;
use crate::secret::{
    CharSet, EntropyLabel, PasswordPolicy, PolicyError, Toggle, Toggles, generate,
};
use crate::ui::ViewContext;

/// Five digits: enough to say "too long" for anything past 1024, never enough to overflow.
const LENGTH_DIGITS: usize = 5;

#[derive(Debug)]
pub struct State {
    pub focus: Field,
    pub length: TextField,
    pub set: CharSet,
    pub toggles: Toggles,
    pub result: Option<SecretString>,
    /// Enter was pressed in the length field since it last changed: a refusal shows in red
    /// then, not while the user is still typing (`1` on the way to `16`).
    pub length_entered: bool,
}

impl ScreenState for State {
    fn new(_settings: &Settings) -> State {
        let defaults = PasswordPolicy::default();
        State {
            focus: Field::Length,
            length: TextField::new(LENGTH_DIGITS, CharFilter::Digits),
            set: defaults.set,
            toggles: defaults.toggles,
            result: None,
            length_entered: false,
        }
    }

    fn focus_kind(&self) -> FocusKind {
        self.focus.kind()
    }

    fn update<R: CryptoRng + ?Sized>(&mut self, msg: Msg, _now: Instant, rng: &mut R) -> Reply {
        match msg {
            Msg::Do(action) => self.act(action, rng),
            Msg::Edit(_) | Msg::Paste(_) if self.focus == Field::Length => {
                let had_problem = self.problem().is_some();
                let edited = self.length.apply(&msg);
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
            Msg::Edit(_) | Msg::Paste(_) => Reply::Nothing,
            Msg::Tick | Msg::Resize(..) => Reply::Nothing,
        }
    }

    fn keys() -> &'static [Binding] {
        super::keys::KEYS
    }

    fn view(&self, frame: &mut Frame, area: Rect, cx: &ViewContext) {
        super::view::draw(self, frame, area, cx);
    }
}

impl State {
    fn act<R: CryptoRng + ?Sized>(&mut self, action: Action, rng: &mut R) -> Reply {
        let field = self.focus;
        match action {
            Action::Up | Action::Down if field == Field::Menu => {
                let step = if action == Action::Up { -1 } else { 1 };
                self.set = focus::step(&CharSet::ALL, self.set, step);
                self.options_changed(rng);
            }
            Action::FocusNext | Action::Down => self.focus = focus::step(&self.order(), field, 1),
            Action::FocusPrev | Action::Up => self.focus = focus::step(&self.order(), field, -1),
            Action::PickOption(n) => {
                if let Some(set) = CharSet::from_number(n)
                    && self.menu_visible()
                {
                    self.set = set;
                    self.focus = Field::Menu;
                    self.options_changed(rng);
                }
            }
            Action::Toggle => {
                if let Field::Toggle(toggle) = field {
                    self.toggles.flip(toggle);
                    self.options_changed(rng);
                }
            }
            Action::Activate if field == Field::Length => {
                self.length_entered = true;
                match self.policy() {
                    Ok(_) => self.focus = Field::Menu,
                    Err(problem) => return Reply::Status(Status::error(problem.to_string())),
                }
            }
            Action::Activate | Action::Regenerate => return self.generate(rng),
            Action::Copy => return self.copy(),
            Action::UseInRegister => return self.hand_over(),
            Action::Left
            | Action::Right
            | Action::RevealPassword
            | Action::Show(_)
            | Action::ToggleHelp
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End
            | Action::Close
            | Action::Quit
            | Action::Interrupt
            | Action::Suspend => {}
        }
        Reply::Nothing
    }

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

    pub fn order(&self) -> Vec<Field> {
        let mut order = vec![Field::Length];
        if self.menu_visible() {
            order.push(Field::Menu);
            order.extend(Toggle::ALL.map(Field::Toggle));
            if self.result.is_some() {
                order.push(Field::Output);
            }
        }
        order
    }

    fn generate<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
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

    /// After an option changes: a shown password is redrawn so that it always matches
    /// what the screen says, or dropped if the options no longer allow one.
    fn options_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        if self.result.is_some() {
            let focus = self.focus;
            self.result = None;
            if matches!(self.generate(rng), Reply::ClearStatus) {
                self.focus = focus;
            }
        }
        if !self.order().contains(&self.focus) {
            self.focus = Field::Length;
        }
    }

    fn copy(&self) -> Reply {
        match &self.result {
            Some(password) => Reply::Copy(password.clone()),
            None => Reply::Status(Status::error(
                "Nothing to copy yet: press Enter to generate",
            )),
        }
    }

    fn hand_over(&self) -> Reply {
        match &self.result {
            Some(password) => Reply::HandOver(HandOver::Password(password.clone())),
            None => Reply::Status(Status::error("Nothing to use yet: press Enter to generate")),
        }
    }
}
