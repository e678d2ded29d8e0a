//! What a key or a paste does to the focused field: each kind of field does its own thing.

use rand::CryptoRng;

use super::{Action, Field, Reply, State};
use crate::kit::keys::FieldKey;
use crate::kit::{Input, Status, focus};

impl State {
    /// A key or a paste for the focused field, which does what its kind does with it. The
    /// key tables send each kind only its own keys; any other does nothing.
    pub(super) fn field_input<R: CryptoRng + ?Sized>(
        &mut self,
        input: &Input<Action>,
        rng: &mut R,
    ) -> Reply {
        let step = match input {
            Input::Field(FieldKey::PreviousChoice) => -1,
            Input::Field(FieldKey::NextChoice) => 1,
            _ => 0,
        };
        // A selector takes what it shows as it moves: Enter only goes on.
        if matches!(input, Input::Field(FieldKey::PickAndGoOn)) {
            self.focus = focus::step(&self.order(), self.focus, 1);
            return Reply::Nothing;
        }
        let flip = matches!(input, Input::Field(FieldKey::Flip));
        if matches!(input, Input::Field(FieldKey::AcceptCompletion)) {
            return self.accept_site_completion(rng);
        }
        match self.focus {
            Field::Mode if step != 0 => self.switch_mode(step, rng),
            Field::Profile if step != 0 => self.step_profile(step, rng),
            Field::Case if step != 0 => {
                self.words.step_case(step, rng);
                Reply::Nothing
            }
            Field::Toggle(toggle) if flip => {
                self.characters.toggles.flip(toggle);
                self.options_changed(rng);
                Reply::Nothing
            }
            Field::Number if flip => {
                self.words.flip_number(rng);
                Reply::Nothing
            }
            Field::Length
            | Field::Symbols
            | Field::Exclude
            | Field::Minimum(_)
            | Field::MaxConsecutive
            | Field::Site
            | Field::Rules => {
                let reply = self.characters.edit(self.focus, input, rng);
                self.keep_focus_shown();
                reply
            }
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
            | Field::Case
            | Field::Toggle(_)
            | Field::Number
            | Field::Menu
            | Field::Output => Reply::Nothing,
        }
    }

    /// Tab or Right where the Site field offers a domain: the field takes it, and its rules.
    fn accept_site_completion<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Reply {
        let moved = self.characters.accept_completion();
        self.options_changed(rng);
        match moved {
            Some(moved) => Reply::Status(Status::info(moved)),
            None => Reply::ClearStatus,
        }
    }
}
