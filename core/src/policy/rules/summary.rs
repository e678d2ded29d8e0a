//! What the rules parsed to, in one line for the TUI:
//! `9–16 chars · needs lower, upper, digit · symbols -!#$%&*_. · max 2 in a row`, with
//! `space allowed, never drawn` where the rules' named classes allow a space keysmith
//! leaves out.

use std::fmt;

use super::{SiteRules, Space};
use crate::policy::byteset::ByteSet;
use crate::policy::options::Class;

impl fmt::Display for SiteRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = [
            self.length_part(),
            self.needs_part(),
            letters_part(self.allowed),
            symbols_part(self.allowed),
            self.max_consecutive.map(|k| format!("max {k} in a row")),
            (self.space == Space::LeftOut).then(|| "space allowed, never drawn".to_owned()),
            (!self.not_drawn.is_empty())
                .then(|| format!("{} allowed, never drawn (beyond ASCII)", self.not_drawn)),
        ]
        .into_iter()
        .flatten()
        .collect();
        f.write_str(&parts.join(" · "))
    }
}

impl SiteRules {
    fn length_part(&self) -> Option<String> {
        match (self.min_length, self.max_length) {
            (Some(min), Some(max)) => Some(format!("{min}–{max} chars")),
            (Some(min), None) => Some(format!("at least {min} chars")),
            (None, Some(max)) => Some(format!("at most {max} chars")),
            (None, None) => None,
        }
    }

    fn needs_part(&self) -> Option<String> {
        let labels: Vec<&str> = self.required.iter().map(|r| r.label.as_str()).collect();
        (!labels.is_empty()).then(|| format!("needs {}", labels.join(", ")))
    }
}

/// Letters and digits are named only when the rules leave some out.
fn letters_part(allowed: ByteSet) -> Option<String> {
    let classes = [Class::Lower, Class::Upper, Class::Digit];
    if classes.iter().all(|c| c.chars().is_subset(allowed)) {
        return None;
    }
    let named: Vec<String> = classes
        .iter()
        .filter_map(|&class| {
            let present = class.chars().intersection(allowed);
            if present == class.chars() {
                Some(class.name().to_string())
            } else if present.is_empty() {
                None
            } else {
                Some(String::from_utf8_lossy(&present.to_vec()).into_owned())
            }
        })
        .collect();
    Some(if named.is_empty() {
        "no letters or digits".into()
    } else {
        format!("only {}", named.join(", "))
    })
}

fn symbols_part(allowed: ByteSet) -> Option<String> {
    let symbols = Class::Symbol.chars().intersection(allowed);
    let space = if allowed.contains(b' ') {
        " and space"
    } else {
        ""
    };
    Some(if symbols == Class::Symbol.chars() {
        format!("all symbols{space}")
    } else if symbols.is_empty() {
        if space.is_empty() {
            "no symbols".into()
        } else {
            "no symbols but space".into()
        }
    } else {
        let chars = String::from_utf8_lossy(&symbols.to_vec()).into_owned();
        format!("symbols {chars}{space}")
    })
}
