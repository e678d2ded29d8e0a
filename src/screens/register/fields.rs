//! The form's fields in focus order, and the gender choices.

use crate::kit::{CharFilter, Dialog};
use keysmith_core::Delivery;

use crate::kit::FocusKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    City,
    Password,
    Gender,
    CodeFormat,
    SendCode,
    Code,
    Submit,
}

impl Field {
    pub const ORDER: [Field; 8] = [
        Field::Name,
        Field::City,
        Field::Password,
        Field::Gender,
        Field::CodeFormat,
        Field::SendCode,
        Field::Code,
        Field::Submit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Name",
            Field::City => "City",
            Field::Password => "Password",
            Field::Gender => "Gender",
            Field::CodeFormat => "Code format",
            Field::SendCode => "Send code",
            Field::Code => "One-time code",
            Field::Submit => "Submit",
        }
    }

    pub fn kind(self) -> FocusKind {
        match self {
            Field::Name | Field::City | Field::Password => FocusKind::Text,
            Field::Code => FocusKind::SubmitText,
            Field::Gender => FocusKind::Radio,
            Field::CodeFormat => FocusKind::Choice,
            Field::SendCode | Field::Submit => FocusKind::Button,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Other,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Male, Gender::Female, Gender::Other];

    pub fn label(self) -> &'static str {
        match self {
            Gender::Male => "Male",
            Gender::Female => "Female",
            Gender::Other => "Other",
        }
    }
}

/// Which way the last code went out: what Submit checks against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Text,
    Authenticator,
}

/// What the code field takes: the format's alphabet (an authenticator's digits).
pub fn code_filter(delivery: Delivery) -> CharFilter {
    match delivery {
        Delivery::Text(format) => CharFilter::Otp(format),
        Delivery::Authenticator => CharFilter::Digits,
    }
}

/// The dialog of a sign-up that passed.
pub fn login_successful(message: String) -> Dialog {
    Dialog::success("Login successful", message)
}

/// The dialog of a code or a form refused.
pub fn login_denied(message: &str) -> Dialog {
    Dialog::denied("Login denied", message)
}
