//! How strong a typed password is, by zxcvbn's estimate of guesses.

/// zxcvbn's score 0–4 and its warning, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedStrength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// What makes the password weak, in zxcvbn's words, if anything.
    pub warning: Option<String>,
}

impl TypedStrength {
    /// The score in words: `very weak` to `very strong`.
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

/// zxcvbn's time grows steeply with length (about 5 ms at 32 characters, over 100 ms at 64),
/// and the password is rated on every key. Its top score is reached well within 28 random
/// characters, so rating a prefix only ever errs on the side of calling a password weaker.
/// 28 also keeps clear of an overflow in zxcvbn 3.1 (a keypad walk of 29 or more characters
/// makes `5^turns` overflow `u64` in its spatial estimate).
pub const RATED_CHARS: usize = 28;

/// How strong a password someone typed is. `user_inputs` are words the person is known by
/// (name, e-mail, site), which count against a password that uses them. Only the first
/// [`RATED_CHARS`] characters are rated.
pub fn assess(password: &str, user_inputs: &[&str]) -> TypedStrength {
    let end = password
        .char_indices()
        .nth(RATED_CHARS)
        .map_or(password.len(), |(i, _)| i);
    let estimate = zxcvbn::zxcvbn(&password[..end], user_inputs);
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
    fn only_a_prefix_is_rated() {
        let weak_start = format!("{}{}", "password".repeat(4), "x7$Qm!9vLz#2Rk@8");
        assert!(assess(&weak_start, &[]).score < 2);
        let same_prefix = format!("{}{}", &weak_start[..RATED_CHARS], "different tail");
        assert_eq!(assess(&weak_start, &[]), assess(&same_prefix, &[]));
    }

    #[test]
    fn the_users_own_name_counts_against_it() {
        let alone = assess("aleksandra1987", &[]).score;
        let with_name = assess("aleksandra1987", &["aleksandra"]).score;
        assert!(with_name <= alone);
    }
}
