//! The modal outcome of a login attempt.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub outcome: Outcome,
    pub message: String,
}

impl Dialog {
    pub fn success(message: String) -> Dialog {
        Dialog {
            outcome: Outcome::Success,
            message,
        }
    }

    pub fn denied(message: &str) -> Dialog {
        Dialog {
            outcome: Outcome::Denied,
            message: message.to_string(),
        }
    }

    pub fn title(&self) -> &'static str {
        match self.outcome {
            Outcome::Success => "Login successful",
            Outcome::Denied => "Login denied",
        }
    }
}
