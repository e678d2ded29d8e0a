//! How strong a typed password is, by zxcvbn's estimate of guesses.

/// zxcvbn's score 0–4 and its warning, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedStrength {
    pub score: u8,
    pub warning: Option<String>,
}

impl TypedStrength {
    pub fn label(&self) -> &'static str {
        match self.score {
            0 => "very weak",
            1 => "weak",
            2 => "fair",
            3 => "strong",
            _ => "very strong",
        }
    }
}

pub fn assess(password: &str, user_inputs: &[&str]) -> TypedStrength {
    let estimate = zxcvbn::zxcvbn(password, user_inputs);
    TypedStrength {
        score: estimate.score().into(),
        warning: estimate
            .feedback()
            .and_then(|feedback| feedback.warning())
            .map(|warning| warning.to_string()),
    }
}

/// Loads zxcvbn's dictionaries, so that the first real estimate is quick.
pub fn warm_up() {
    let _ = zxcvbn::zxcvbn("warm up", &[]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_score_low_and_random_ones_high() {
        let weak = assess("password", &[]);
        assert_eq!(weak.score, 0);
        assert!(weak.warning.is_some());
        assert_eq!(assess("correct-Horse7-battery-Staple", &[]).score, 4);
    }

    #[test]
    fn the_users_own_name_counts_against_it() {
        let alone = assess("aleksandra1987", &[]).score;
        let with_name = assess("aleksandra1987", &["aleksandra"]).score;
        assert!(with_name <= alone);
    }
}
