//! The answers a terminal gives to what a program asks it: device attributes (DA1), which
//! nearly every terminal answers, and its background colour (OSC 11), which many do. A PTY
//! test plays the terminal, and so answers as the terminal it stands for would.

/// What the emulated terminal answers.
#[derive(Debug, Clone, Copy)]
pub enum Answers {
    /// Nothing at all.
    Nothing,
    /// Device attributes only: a terminal that does not report its colours.
    Attributes,
    /// Its background colour too, as `rgb:RRRR/GGGG/BBBB`.
    Background(&'static str),
}

pub const DARK_BACKGROUND: Answers = Answers::Background("rgb:1c1c/1c1c/1c1c");
pub const LIGHT_BACKGROUND: Answers = Answers::Background("rgb:ffff/ffff/ffff");

const ASK_BACKGROUND: &[u8] = b"\x1b]11;?";
const ASK_ATTRIBUTES: &[u8] = b"\x1b[c";

/// Reads what the program writes and says what to write back, in the order it asked.
pub struct Answerer {
    answers: Answers,
    /// The end of the output not yet looked at, which may hold the start of a query.
    unread: Vec<u8>,
}

impl Answerer {
    pub fn new(answers: Answers) -> Answerer {
        Answerer {
            answers,
            unread: Vec::new(),
        }
    }

    /// The reply to whatever queries `output` completes.
    pub fn feed(&mut self, output: &[u8]) -> Vec<u8> {
        self.unread.extend_from_slice(output);
        let mut reply = Vec::new();
        let mut from = 0;
        while let Some((at, query)) = [ASK_BACKGROUND, ASK_ATTRIBUTES]
            .into_iter()
            .filter_map(|query| find(&self.unread[from..], query).map(|at| (from + at, query)))
            .min()
        {
            reply.extend(self.answer(query));
            from = at + query.len();
        }
        // Keep only what could still be the start of a query.
        let keep = ASK_BACKGROUND.len() - 1;
        let from = from.max(self.unread.len().saturating_sub(keep));
        self.unread.drain(..from);
        reply
    }

    fn answer(&self, query: &[u8]) -> Vec<u8> {
        match (self.answers, query == ASK_BACKGROUND) {
            (Answers::Nothing, _) | (Answers::Attributes, true) => Vec::new(),
            (Answers::Background(colour), true) => format!("\x1b]11;{colour}\x07").into_bytes(),
            (Answers::Attributes | Answers::Background(_), false) => b"\x1b[?62;22c".to_vec(),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
