//! The Password screen's state and what each message does to it.

use std::time::Instant;

use rand::CryptoRng;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::Action;
use super::Field;
use super::characters::Characters;
use super::kept::Kept;
use super::open::Open;
use super::profile_list::Profiles;
use super::words::Words;
use super::{NoLength, Reply, Request};
use crate::config::{Profile, Remembered, Startup};
use crate::kit::keys::{Binding, ModalKeys, Nav};
use crate::kit::{FocusKind, Input, Settings, Status, focus};
use crate::screens::ScreenState;
use crate::ui::ViewContext;
use keysmith_core::CharSet;
use keysmith_core::Kind;

#[derive(Debug)]
pub struct State {
    pub mode: Kind,
    pub focus: Field,
    /// Characters mode: its options and its password.
    pub characters: Characters,
    /// Words mode: its options and its passphrase.
    pub words: Words,
    /// The settings file's profiles, and which one the options came from.
    pub profiles: Profiles,
    /// Ctrl+S's prompt or question, the list of several, or the question before a weak
    /// password: what covers the screen and takes its keys, while open.
    pub open: Option<Open>,
    /// The remembered options' keys the screen does not use but must not drop.
    pub(super) kept: Kept,
}

impl ScreenState for State {
    type Own = Request;
    type Action = Action;

    fn start<R: CryptoRng + ?Sized>(&mut self, startup: &mut Startup, rng: &mut R) {
        let options = &startup.remembered.options;
        self.characters.sites = startup.sites.clone();
        // A length is offered (typing replaces it) and a password shown at once, as the
        // command line and Words mode do; the remembered length where there is one.
        self.set_options(options, NoLength::Default, rng);
        if self.mode == Kind::Password {
            self.characters.show(rng);
        }
        self.focus = super::first_field(self.mode);
        self.offer_focused_count();
        let profiles = std::mem::take(&mut startup.profiles);
        self.use_profiles(profiles, startup.file.profiles_off());
        self.kept = Kept::of(options);
    }

    fn remember(&self, into: &mut Remembered) {
        into.options = self.file_options();
        self.kept.restore(&mut into.options);
    }

    fn profiles_read(&mut self, profiles: &[Profile]) {
        self.refresh_profiles(profiles);
    }

    fn new(_settings: &Settings) -> State {
        let mode = Kind::Password;
        State {
            mode,
            focus: super::first_field(mode),
            characters: Characters::default(),
            words: Words::default(),
            profiles: Profiles::default(),
            open: None,
            kept: Kept::default(),
        }
    }

    /// The Site field takes Tab and Right for the domain it offers, while it offers one.
    fn focus_kind(&self) -> FocusKind {
        if self.focus == Field::Site && self.characters.offered_completion().is_some() {
            return FocusKind::Completing;
        }
        self.focus.kind()
    }

    fn update<R: CryptoRng + ?Sized>(
        &mut self,
        msg: Input<Action>,
        _now: Instant,
        rng: &mut R,
    ) -> Reply {
        if let Some(open) = self.open.take() {
            return self.open_update(open, &msg, rng);
        }
        let was = self.focus;
        let reply = self.handle(msg, rng);
        if self.focus != was {
            self.offer_focused_count();
            // The menu's highlight starts on the set in use.
            self.characters.menu_cursor = self.characters.set;
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
            covered: cx.covered || self.open.is_some(),
            ..*cx
        };
        super::view::draw(self, frame, area, &cx);
        self.draw_open(frame, area, cx.theme);
    }

    fn modal_keys(&self) -> Option<ModalKeys<Action>> {
        self.open_keys()
    }

    fn modal_tables() -> &'static [ModalKeys<Action>] {
        super::keys::MODALS
    }
}

impl State {
    fn handle<R: CryptoRng + ?Sized>(&mut self, input: Input<Action>, rng: &mut R) -> Reply {
        let field = self.focus;
        match input {
            Input::Do(action) => self.act(action, rng),
            Input::Nav(nav) => {
                let step = match nav {
                    Nav::Next => 1,
                    Nav::Previous => -1,
                };
                self.focus = focus::step(&self.order(), field, step);
                self.left_site(field)
            }
            Input::Field(_) | Input::Paste(_) => self.field_input(&input, rng),
        }
    }

    fn act<R: CryptoRng + ?Sized>(&mut self, action: Action, rng: &mut R) -> Reply {
        let field = self.focus;
        match action {
            Action::PreviousSet | Action::NextSet => {
                let step = if action == Action::PreviousSet { -1 } else { 1 };
                let cursor = self.characters.menu_cursor;
                let end = if step < 0 {
                    CharSet::ALL.first()
                } else {
                    CharSet::ALL.last()
                };
                if end == Some(&cursor) {
                    // At either end the arrow leaves the menu, as it leaves any field.
                    self.focus = focus::step(&self.order(), field, step);
                } else {
                    self.characters.menu_cursor = focus::step(&CharSet::ALL, cursor, step);
                }
            }
            Action::PickHighlighted => {
                self.characters.set = self.characters.menu_cursor;
                self.options_changed(rng);
            }
            Action::PickSet(n) => match self.mode {
                Kind::Password => {
                    if let Some(set) = CharSet::from_number(n)
                        && self.characters.menu_visible()
                    {
                        self.characters.set = set;
                        self.characters.menu_cursor = set;
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
                    self.characters.length_entered = true;
                    match self.characters.length() {
                        Ok(_) => self.focus = Field::Menu,
                        Err(problem) => return Reply::Status(Status::error(problem.to_string())),
                    }
                }
                Field::Site => match self.characters.site_problem() {
                    Some(problem) => return Reply::Status(Status::error(problem)),
                    None => self.focus = focus::step(&self.order(), field, 1),
                },
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
            Action::PickAndGenerate => {
                self.characters.set = self.characters.menu_cursor;
                self.options_changed(rng);
                return self.generate(rng);
            }
            Action::Generate | Action::NewPassword | Action::NewPassphrase => {
                return self.generate(rng);
            }
            Action::Copy => return self.copy(),
            Action::UseInRegister => return self.hand_over(),
            Action::Several => return self.open_several(rng),
            Action::SaveProfile => return self.start_saving(),
            // The modals' own: only the open modal takes them.
            Action::SaveName | Action::CancelSave | Action::Replace | Action::KeepProfile => {}
            Action::PreviousInList | Action::NextInList | Action::NewList => {}
            Action::ShowChosen | Action::CloseList | Action::MakeWeak | Action::KeepRefusing => {}
        }
        Reply::Nothing
    }

    /// Left or Right on the mode selector. Each mode keeps its options and its result; Words
    /// mode shows a passphrase at once, as its default options always make one.
    pub(super) fn switch_mode<R: CryptoRng + ?Sized>(&mut self, step: isize, rng: &mut R) -> Reply {
        self.mode = focus::step(&Kind::ALL, self.mode, step);
        if self.mode == Kind::Passphrase {
            self.words.show(rng);
        }
        Reply::ClearStatus
    }
}

impl State {
    /// After a Characters option changes: the password follows, and a focus on a field the
    /// options now hide (the menu, with no valid length) goes back to the length.
    pub(super) fn options_changed<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) {
        self.characters.changed(rng);
        self.keep_focus_shown();
    }

    /// Leaving the Site field with a domain that has no rules says so, naming the closest.
    fn left_site(&self, left: Field) -> Reply {
        match self.characters.site_problem() {
            Some(problem) if left == Field::Site => Reply::Status(Status::error(problem)),
            Some(_) | None => Reply::Nothing,
        }
    }

    pub(super) fn keep_focus_shown(&mut self) {
        if !self.order().contains(&self.focus) {
            self.focus = Field::Length;
        }
    }
}
