//! Typing in the form's text fields: the edit, what it left out, and refusals it settles.

use super::Action;
use super::{Field, PASSWORD_LIMIT, State};
use crate::kit::TextField;
use crate::kit::{Input, Reply, Status};
use keysmith_core::strength::assess;

impl State {
    pub fn text_field_mut(&mut self, field: Field) -> Option<&mut TextField> {
        match field {
            Field::Name => Some(&mut self.name),
            Field::City => Some(&mut self.city),
            Field::Password => Some(&mut self.password),
            Field::Code => Some(&mut self.code),
            Field::Gender | Field::CodeFormat | Field::SendCode | Field::Submit => None,
        }
    }

    /// Call after a field's text changes. The strength is worked out here, not per frame,
    /// and again when the name or city change, since zxcvbn counts them against it.
    pub(super) fn text_changed(&mut self, field: Field) {
        match field {
            Field::Name | Field::City | Field::Password => self.refresh_strength(),
            Field::Gender | Field::CodeFormat | Field::SendCode | Field::Code | Field::Submit => {}
        }
    }

    pub(super) fn refresh_strength(&mut self) {
        let password = self.password.value();
        self.strength = (!password.is_empty())
            .then(|| assess(password, &[self.name.value(), self.city.value()]));
    }

    /// A typed edit or paste in a text field: applied, and anything left out is said.
    pub(super) fn edit(&mut self, field: Field, msg: &Input<Action>) -> Reply {
        let Some(text) = self.text_field_mut(field) else {
            return Reply::Nothing;
        };
        let limit = text.limit();
        let edited = text.apply(msg);
        if edited.changed {
            self.text_changed(field);
            if let Some(voided) = self.enrolment_follows_name(field) {
                return Reply::Status(voided);
            }
        }
        match edited.left_out(field.label(), limit) {
            Some(note) => Reply::Status(Status::error(note)),
            None => self.settle(field),
        }
    }

    /// Clears a refusal about `field` once the field no longer has that problem.
    /// A refusal that still holds but has changed (too short, now too weak) is said anew.
    pub(super) fn settle(&mut self, field: Field) -> Reply {
        if self.problem_about != Some(field) {
            return Reply::Nothing;
        }
        if !self.has_problem(field) {
            self.problem_about = None;
            return Reply::ClearStatus;
        }
        match (field, self.password_problem()) {
            (Field::Password, Some(problem)) => Reply::Status(Status::error(problem)),
            _ => Reply::Nothing,
        }
    }

    /// A password from another screen, if it fits the field.
    pub(super) fn take_password(&mut self, password: &str) -> Reply {
        let length = password.chars().count();
        if length > PASSWORD_LIMIT {
            return Reply::Status(Status::error(format!(
                "The Register password field takes at most {PASSWORD_LIMIT} characters; \
                 this one has {length}"
            )));
        }
        self.password.set(password);
        self.refresh_strength();
        // On to the field after the password, as if it had been typed.
        self.focus = Field::Gender;
        Reply::Status(Status::info(
            "Password put in the Register form's password field; F3 goes back",
        ))
    }
}
