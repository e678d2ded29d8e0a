//! A bounded text field: tui-input's editing, with a filter and a length limit on top.

use tui_input::{Input, InputRequest};

pub use super::char_filter::CharFilter;
use super::edited::{Edited, NAMED_REFUSALS};
use super::keys::FieldKey;
use super::msg::Input as Message;

#[derive(Clone)]
pub struct TextField {
    input: Input,
    limit: usize,
    filter: CharFilter,
    /// The text is offered, as a selection: typing or pasting replaces it; moving the cursor
    /// or deleting keeps it, to edit.
    offered: bool,
}

/// Fields may hold a password: `Debug` tells only the size.
impl std::fmt::Debug for TextField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextField")
            .field("chars", &self.char_count())
            .field("limit", &self.limit)
            .finish_non_exhaustive()
    }
}

impl TextField {
    pub fn new(limit: usize, filter: CharFilter) -> TextField {
        TextField {
            input: Input::default(),
            limit,
            filter,
            offered: false,
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    pub fn input(&self) -> &Input {
        &self.input
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn is_empty(&self) -> bool {
        self.value().is_empty()
    }

    pub fn char_count(&self) -> usize {
        self.value().chars().count()
    }

    /// Applies an edit.
    pub fn edit(&mut self, request: InputRequest) -> Edited {
        match request {
            InputRequest::InsertChar(c) => self.insert(&c.to_string()),
            // Yank re-inserts killed text that bypassed the filter; it is not offered.
            InputRequest::Yank => Edited::default(),
            other => {
                let changed = self
                    .input
                    .handle(other)
                    .is_some_and(|changed| changed.value);
                if changed {
                    self.compact();
                }
                Edited {
                    changed,
                    ..Edited::default()
                }
            }
        }
    }

    /// tui-input edits its string in place, so a deletion leaves the old text in the string's
    /// spare room, and a cut keeps it for yanking (which a field never offers): the text moves
    /// to a string of its own size, and the old input is dropped whole, wiped as it is freed.
    fn compact(&mut self) {
        let cursor = self.input.cursor();
        self.input = Input::new(self.value().to_owned()).with_cursor(cursor);
    }

    /// Offers the text as a selection (a number the field was given, a name proposed): the
    /// next character typed or pasted replaces it, any other edit keeps it.
    pub fn offer(&mut self) {
        self.offered = !self.is_empty();
    }

    pub fn is_offered(&self) -> bool {
        self.offered
    }

    /// Applies an edit or a paste. Other messages are not for a text field and change nothing.
    pub fn apply<A>(&mut self, msg: &Message<A>) -> Edited {
        let typed = match msg {
            Message::Field(FieldKey::Edit(InputRequest::InsertChar(c))) => Some(c.to_string()),
            Message::Paste(text) => Some(text.clone()),
            Message::Field(_) | Message::Do(_) | Message::Nav(_) => None,
        };
        let edits = matches!(msg, Message::Field(FieldKey::Edit(_)) | Message::Paste(_));
        if edits && std::mem::take(&mut self.offered) {
            // Only what the field takes replaces the offer: a letter in a number keeps it.
            let filter = self.filter;
            if typed.is_some_and(|text| text.chars().any(|c| filter.accept(c).is_some())) {
                self.clear();
            }
        }
        match msg {
            Message::Field(FieldKey::Edit(request)) => self.edit(*request),
            Message::Paste(text) => self.insert(text),
            Message::Field(_) | Message::Do(_) | Message::Nav(_) => Edited::default(),
        }
    }

    /// Inserts text at the cursor as one edit: filtered, then cut to what the limit leaves.
    pub fn insert(&mut self, text: &str) -> Edited {
        let room = self.limit.saturating_sub(self.char_count());
        let filter = self.filter;
        let text = &*filter.prepare(text);
        // One pass: what the filter keeps, and what it refuses, the first few named.
        let mut taken: Vec<char> = Vec::with_capacity(text.len());
        let (mut refused, mut refused_chars, mut more_refused) = (0, Vec::new(), false);
        for c in text.chars() {
            match filter.accept(c) {
                Some(kept) => taken.push(kept),
                None => {
                    refused += 1;
                    if refused_chars.contains(&c) {
                        continue;
                    }
                    if refused_chars.len() < NAMED_REFUSALS {
                        refused_chars.push(c);
                    } else {
                        more_refused = true;
                    }
                }
            }
        }
        let accepted: String = taken.iter().take(room).collect();
        let inserted = accepted.chars().count();
        let outcome = Edited {
            changed: inserted > 0,
            refused,
            refused_chars,
            more_refused,
            cut: taken.len() - inserted,
        };
        if accepted.is_empty() {
            return outcome;
        }
        let cursor = self.input.cursor();
        let value = self.value();
        let split = value
            .char_indices()
            .nth(cursor)
            .map_or(value.len(), |(i, _)| i);
        let mut next = String::with_capacity(value.len() + accepted.len());
        next.push_str(&value[..split]);
        next.push_str(&accepted);
        next.push_str(&value[split..]);
        self.input = Input::new(next).with_cursor(cursor + inserted);
        outcome
    }

    /// Replaces the text with `text` as the field keeps it (`CharFilter::fit`).
    pub fn set(&mut self, text: &str) {
        let text = self.filter.fit(text, self.limit);
        let end = text.chars().count();
        self.input = Input::new(text).with_cursor(end);
    }

    /// Empties the field. The old text goes with the input that held it, wiped as it is freed.
    pub fn clear(&mut self) {
        self.input = Input::default();
    }

    /// Changes the filter and drops what it no longer accepts.
    pub fn refilter(&mut self, limit: usize, filter: CharFilter) {
        self.limit = limit;
        self.filter = filter;
        let old = self.value().to_string();
        self.set(&old);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertion_is_filtered_and_cut_at_the_cursor() {
        let mut field = TextField::new(5, CharFilter::Digits);
        field.insert("12");
        field.edit(InputRequest::GoToStart);
        let edited = field.insert("a9b8c7d6");
        assert_eq!(
            edited,
            Edited {
                changed: true,
                refused: 4,
                refused_chars: vec!['a', 'b', 'c', 'd'],
                more_refused: false,
                cut: 1
            }
        );
        assert_eq!(field.value(), "98712");
        assert_eq!(field.input().cursor(), 3);
        assert!(!field.insert("5").changed);
        assert_eq!(
            field.insert("5").left_out("Length", 5).as_deref(),
            Some("Length holds at most 5 characters: 1 more left out")
        );
        assert_eq!(
            field.insert("x").left_out("Length", 5).as_deref(),
            Some("Length takes no such character: left out 1 character")
        );
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let mut field = TextField::new(3, CharFilter::Printable);
        field.insert("名前です");
        assert_eq!(field.value(), "名前で");
    }

    #[test]
    fn debug_shows_the_size_not_the_text() {
        let mut field = TextField::new(10, CharFilter::Printable);
        field.insert("hunter22");
        let debug = format!("{field:?}");
        assert!(!debug.contains("hunter"), "{debug}");
        assert!(debug.contains("chars: 8"), "{debug}");
    }

    #[test]
    fn control_characters_never_enter() {
        let mut field = TextField::new(10, CharFilter::Printable);
        field.insert("a\u{1b}[31mb\n");
        assert_eq!(field.value(), "a[31mb");
    }
}
