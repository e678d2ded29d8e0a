//! What an edit of a text field did, and what to tell the user of what it left out.

/// What an edit did: whether the text changed, and what it left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edited {
    pub changed: bool,
    /// Characters the field does not take (filtered out).
    pub refused: usize,
    /// The first few of them, each once, to name where naming them gives nothing away.
    pub refused_chars: Vec<char>,
    /// Other characters were refused past those.
    pub more_refused: bool,
    /// Characters it would take, past its limit.
    pub cut: usize,
}

/// How many refused characters a message names; a long paste's are counted.
pub(super) const NAMED_REFUSALS: usize = 5;

impl Edited {
    /// As `left_out`, naming the characters refused (escaped), for fields whose text is no
    /// secret.
    pub fn left_out_named(&self, field: &str, limit: usize) -> Option<String> {
        let message = self.left_out(field, limit)?;
        if self.refused_chars.is_empty() {
            return Some(message);
        }
        let named: Vec<String> = self
            .refused_chars
            .iter()
            .map(|c| format!("'{}'", c.escape_debug()))
            .collect();
        let more = if self.more_refused { ", …" } else { "" };
        Some(format!("{message}: {}{more}", named.join(", ")))
    }

    /// What to tell the user when something typed or pasted did not go in.
    pub fn left_out(&self, field: &str, limit: usize) -> Option<String> {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        match (self.refused, self.cut) {
            (0, 0) => None,
            (refused, 0) => Some(format!(
                "{field} takes no such character: left out {refused} character{}",
                plural(refused)
            )),
            (0, cut) => Some(format!(
                "{field} holds at most {limit} characters: {cut} more left out"
            )),
            (refused, cut) => Some(format!(
                "{field} holds at most {limit} characters: {cut} more left out, and {refused} \
                 character{} it does not take",
                plural(refused)
            )),
        }
    }
}
