//! Ctrl+S's modal and what it saves: the name prompt, the replace question, the profile to
//! write.

use crate::config::{MAX_NAME_CHARS, Options, Replace};
use crate::kit::{CharFilter, TextField};

/// Ctrl+S's modal over the screen, while it is open.
#[derive(Debug, Clone)]
pub enum Saving {
    /// The name to save the options under.
    Naming(NamePrompt),
    /// A profile of that name exists: replace it?
    Replacing(ProfileSave),
}

/// The name to save the options under, typed in the prompt.
#[derive(Debug, Clone)]
pub struct NamePrompt {
    pub name: TextField,
    /// The options as they were when Ctrl+S was pressed.
    pub options: Options,
    /// Why the name typed cannot be used, shown in the prompt.
    pub problem: Option<String>,
}

impl NamePrompt {
    /// Starts with the name of the profile the options came from, so saving changes back to
    /// it is Ctrl+S, Enter, Enter.
    pub fn new(name: Option<&str>, options: Options) -> NamePrompt {
        let mut field = TextField::new(MAX_NAME_CHARS, CharFilter::Printable);
        field.set(name.unwrap_or(""));
        field.offer();
        NamePrompt {
            name: field,
            options,
            problem: None,
        }
    }
}

/// A profile to write, and whether it may replace one of that name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileSave {
    pub name: String,
    pub options: Options,
    pub replace: Replace,
}
