//! The Password screen's state and what each message does to it.

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;
use secrecy::SecretString;

use super::char_fields::CharFields;
use super::compiled::Compiled;
use super::profile_list::Profiles;
use super::words::Words;
use super::Field;
use keysmith_core::Kind;
use crate::kit::{CharFilter, TextField};
use crate::kit::keys::{Binding, FieldKey, ModalKeys, Nav};
use super::{NoLength, Reply, Request, Saving};
use crate::config::{Profile, Remembered, Startup};
use super::Action;
use crate::kit::{FocusKind, Input, Settings, Status, focus};
use crate::screens::ScreenState;
use keysmith_core::policy::PolicyOptions;
use keysmith_core::{CharSet, Toggles};
use crate::ui::ViewContext;

/// Five digits: enough to say "too long" for anything past 1024, never enough to overflow.
pub(super) const LENGTH_DIGITS: usize = 5;

#[derive(Debug)]
pub struct State {
    pub mode: Kind,
    pub focus: Field,
    pub length: TextField,
    pub set: CharSet,
    pub toggles: Toggles,
    /// Symbols, Exclude and Rules.
    pub chars: CharFields,
    /// What the options above compile to, kept until they change.
    pub(super) compiled: Compiled,
    /// Characters mode's password; Words mode keeps its passphrase in `words`.
    pub result: Option<SecretString>,
    /// Enter was pressed in the length field since it last changed: a refusal shows in red
    /// then, not while the user is still typing (`1` on the way to `16`).
    pub length_entered: bool,
    pub words: Words,
    /// The settings file's profiles, and which one the options came from.
    pub profiles: Profiles,
    /// Ctrl+S's prompt or question, while it is open.
    pub saving: Option<Saving>,
    /// The settings file's own `wordlist`, which the screen does not use but must not drop.
    pub(super) kept_wordlist: Option<String>,
}

impl ScreenState for State {
    type Own = Request;
    type Action = Action;

    fn start<R: CryptoRng + ?Sized>(&mut self, startup: &mut Startup, rng: &mut R) {
        let options = &startup.remembered.options;
        self.set_options(options, NoLength::Empty, rng);
        self.focus = super::first_field(self.mode);
        self.offer_focused_count();
        let profiles = std::mem::take(&mut startup.profiles);
        self.use_profiles(profiles, startup.file.profiles_off());
        self.kept_wordlist.clone_from(&options.wordlist);
    }

    fn remember(&self, into: &mut Remembered) {
        into.options = self.file_options();
        into.options.wordlist.clone_from(&self.kept_wordlist);
    }

    fn profiles_read(&mut self, profiles: &[Profile]) {
        self.refresh_profiles(profiles);
    }

    fn new(_settings: &Settings) -> State {
        let defaults = PolicyOptions::default();
        let mode = Kind::Password;
        let mut state = State {
            mode,
            focus: super::first_field(mode),
            length: TextField::new(LENGTH_DIGITS, CharFilter::Digits),
            set: defaults.set,
            toggles: defaults.toggles,
            chars: CharFields::default(),
            compiled: Compiled::default(),
            result: None,
            length_entered: false,
            words: Words::default(),
            profiles: Profiles::default(),
            saving: None,
            kept_wordlist: None,
        };
        state.recompile();
        state
    }

    fn focus_kind(&self) -> FocusKind {
        self.focus.kind()
    }

    fn update<R: CryptoRng + ?Sized>(
        &mut self,
        msg: Input<Action>,
        _now: Instant,
        rng: &mut R,
    ) -> Reply {
        if self.saving.is_some() {
            return self.saving_update(&msg);
        }
        let was = self.focus;
        let reply = self.handle(msg, rng);
        if self.focus != was {
            self.offer_focused_count();
        }
        self.recheck_profile();
        reply
    }

    fn keys() -> &'static [&'static [Binding<Action>]] {
        super::keys::ALL
    }

    /// Words mode has no menu of sets, and its result is a passphrase.
    fn keys_now(&self) -> &'static [&'static [Binding<Action>]] {
        match self.mode {
            Kind::Password => super::keys::IN_CHARACTERS,
            Kind::Passphrase => super::keys::IN_WORDS,
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, cx: &ViewContext) {
        // The screen's own modal covers it as the app's overlays do.
        let cx = ViewContext {
            covered: cx.covered || self.saving.is_some(),
            ..*cx
        };
        super::view::draw(self, frame, area, &cx);
        if let Some(saving) = &self.saving {
            super::save_prompt_view::draw(saving, frame, area, cx.theme);
        }
    }

    fn modal_keys(&self) -> Option<ModalKeys<Action>> {
        self.saving_keys()
    }

    fn modal_tables() -> &'static [ModalKeys<Action>] {
        super::keys::MODALS
    }
}

impl State {
    fn handle<R: CryptoRng + ?Sized>(&mut self, input: Input<Action>, rng: &mut R) -> Reply {
        let field = self.focus;
        match input {
            Input::Do(action) => return self.act(action, rng),
            Input::Nav(Nav::Next) => self.focus = focus::step(&self.order(), field, 1),
            Input::Nav(Nav::Previous) => self.focus = focus::step(&self.order(), field, -1),
            Input::Field(FieldKey::PreviousChoice) => return self.step_choice(-1, rng),
            Input::Field(FieldKey::NextChoice) => return self.step_choice(1, rng),
            Input::Field(FieldKey::Flip) => self.flip(rng),
            Input::Field(FieldKey::Edit(_)) | Input::Paste(_) => return self.edit(&input, rng),
        }
        Reply::Nothing
    }

    /// A typed edit or a paste, in whichever text field has focus.
    fn edit<R: CryptoRng + ?Sized>(&mut self, input: &Input<Action>, rng: &mut R) -> Reply {
        match self.focus {
            Field::Length => self.edit_length(input, rng),
            Field::Symbols
            | Field::Exclude
            | Field::Minimum(_)
            | Field::MaxConsecutive
            | Field::Rules => self.edit_chars(input, rng),
            Field::Words | Field::Separator => {
                let had_problem = self.words.problem().is_some();
                let separator = self.focus == Field::Separator;
                match self.words.edit(separator, input, rng) {
                    Some(note) => Reply::Status(Status::error(note)),
                    None if had_problem && self.words.problem().is_none() => Reply::ClearStatus,
                    None => Reply::Nothing,
                }
            }
            Field::Mode
            | Field::Profile
            | Field::Menu
            | Field::Toggle(_)
            | Field::Case
            | Field::Number
            | Field::Output => Reply::Nothing,
        }
    }

    /// Left or Right on a selector.
    fn step_choice<R: CryptoRng + ?Sized>(&mut self, step: isize, rng: &mut R) -> Reply {
        match self.focus {
            Field::Mode => return self.switch_mode(step, rng),
            Field::Profile => return self.step_profile(step, rng),
            Field::Case => self.words.step_case(step, rng),
            Field::Length
            | Field::Menu
            | Field::Toggle(_)
            | Field::Symbols
            | Field::Exclude
            | Field::Minimum(_)
            | Field::MaxConsecutive
            | Field::Rules
            | Field::Words
            | Field::Separator
            | Field::Number
            | Field::Output => {}
        }
        Reply::Nothing
    }

    /// Space on a toggle.
    fn flip<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        match self.focus {
            Field::Toggle(toggle) => {
                self.toggles.flip(toggle);
                self.options_changed(rng);
            }
            Field::Number => self.words.flip_number(rng),
            Field::Mode
            | Field::Profile
            | Field::Length
            | Field::Menu
            | Field::Symbols
            | Field::Exclude
            | Field::Minimum(_)
            | Field::MaxConsecutive
            | Field::Rules
            | Field::Words
            | Field::Separator
            | Field::Case
            | Field::Output => {}
        }
    }

    fn act<R: CryptoRng + ?Sized>(&mut self, action: Action, rng: &mut R) -> Reply {
        let field = self.focus;
        match action {
            Action::PreviousSet | Action::NextSet => {
                let step = if action == Action::PreviousSet { -1 } else { 1 };
                self.set = focus::step(&CharSet::ALL, self.set, step);
                self.options_changed(rng);
            }
            Action::PickSet(n) => match self.mode {
                Kind::Password => {
                    if let Some(set) = CharSet::from_number(n)
                        && self.menu_visible()
                    {
                        self.set = set;
                        self.focus = Field::Menu;
                        self.options_changed(rng);
                    }
                }
                Kind::Passphrase => {
                    return Reply::Status(Status::info(
                        "1-4 pick a set in Characters mode: Left or Right on Mode switches to it",
                    ));
                }
            },
            Action::NextField => match field {
                Field::Length => {
                    self.length_entered = true;
                    match self.length() {
                        Ok(_) => self.focus = Field::Menu,
                        Err(problem) => return Reply::Status(Status::error(problem.to_string())),
                    }
                }
                Field::Mode
                | Field::Profile
                | Field::Symbols
                | Field::Exclude
                | Field::Minimum(_)
                | Field::MaxConsecutive
                | Field::Words
                | Field::Separator
                | Field::Case => self.focus = focus::step(&self.order(), field, 1),
                // Rules is the last option: Enter there generates, landing on the result.
                Field::Menu | Field::Toggle(_) | Field::Rules | Field::Number | Field::Output => {
                    return self.generate(rng);
                }
            },
            Action::Generate | Action::NewPassword | Action::NewPassphrase => {
                return self.generate(rng);
            }
            Action::Copy => return self.copy(),
            Action::UseInRegister => return self.hand_over(),
            Action::SaveProfile => return self.start_saving(),
            // The modals' own: only the open modal takes them.
            Action::SaveName | Action::CancelSave | Action::Replace | Action::KeepProfile => {}
        }
        Reply::Nothing
    }

    /// Left or Right on the mode selector. Each mode keeps its options and its result; Words
    /// mode shows a passphrase at once, as its default options always make one.
    fn switch_mode<R: CryptoRng + ?Sized>(&mut self, step: isize, rng: &mut R) -> Reply {
        self.mode = focus::step(&Kind::ALL, self.mode, step);
        if self.mode == Kind::Passphrase {
            self.words.show(rng);
        }
        Reply::ClearStatus
    }
}
