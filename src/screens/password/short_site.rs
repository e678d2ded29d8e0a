//! Sites whose rules allow 8 characters or fewer, which the tutorial's rule calls weak: a
//! password for them is made only after the user says yes to a question that names the
//! length and its exact entropy. The yes holds for those rules alone.

use keysmith_core::policy::WEAK_LENGTH;

/// The question, with what a yes would make.
#[derive(Debug, Clone, PartialEq)]
pub struct ShortSite {
    /// Whose rules: `rules of example.com`, or `rules` for rules typed by hand.
    pub whose: String,
    /// The most the rules allow.
    pub max: usize,
    /// The length a yes makes: the one asked for, moved into the rules' bounds.
    pub length: usize,
    pub bits: f64,
}

impl ShortSite {
    /// The question, a paragraph an item.
    pub fn question(&self) -> Vec<String> {
        let ShortSite {
            whose,
            max,
            length,
            bits,
        } = self;
        vec![
            format!(
                "The {whose} allow at most {max} characters; keysmith calls {WEAK_LENGTH} or \
                 fewer weak."
            ),
            format!("Make a weak password of {length} characters anyway ({bits:.2} bits)?"),
        ]
    }
}
