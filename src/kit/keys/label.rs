//! A binding's label, derived from its keys: what the footer and the help print.

use ratatui::crossterm::event::KeyCode;

use super::{ALT, Binding, CTRL, Command, Key};

/// How a key is written: `Enter`, `Ctrl+S`, `Shift+Tab`, `Space`, `F1`.
pub fn key_name((code, modifiers): Key) -> String {
    let name = match code {
        KeyCode::Char(' ') => "Space".to_string(),
        // With a modifier a letter is written as on the keycap: Ctrl+S, not Ctrl+s.
        KeyCode::Char(c) if modifiers.intersects(CTRL | ALT) => c.to_ascii_uppercase().to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::BackTab => "Shift+Tab".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    let ctrl = if modifiers.contains(CTRL) {
        "Ctrl+"
    } else {
        ""
    };
    let alt = if modifiers.contains(ALT) { "Alt+" } else { "" };
    format!("{ctrl}{alt}{name}")
}

impl<A: Copy> Binding<A> {
    /// The keys as the footer and the help name them: `Left/Ctrl+B`, a run of digits as
    /// `1-4`, and any character as `letters…`.
    pub fn label(&self) -> String {
        match self.command {
            Command::Type(_) => "letters…".to_string(),
            Command::Digit(_) => digit_run(self.keys).unwrap_or_else(|| self.joined()),
            Command::Act(_) => self.joined(),
        }
    }

    fn joined(&self) -> String {
        let names: Vec<String> = self.keys.iter().map(|&key| key_name(key)).collect();
        names.join("/")
    }
}

/// `1-4` for the keys 1, 2, 3 and 4 in order.
fn digit_run(keys: &[Key]) -> Option<String> {
    let digits: Vec<u32> = keys
        .iter()
        .map(|&(code, _)| match code {
            KeyCode::Char(c) => c.to_digit(10),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (&first, &last) = (digits.first()?, digits.last()?);
    let consecutive = digits.windows(2).all(|pair| pair[1] == pair[0] + 1);
    (consecutive && digits.len() > 1).then(|| format!("{first}-{last}"))
}

#[cfg(test)]
mod tests {
    use super::super::{BACKTAB, ENTER, LEFT, Place, SPACE, alt, ch, ctrl, f};
    use super::*;

    #[test]
    fn keys_are_named_as_a_keyboard_prints_them() {
        assert_eq!(key_name(ENTER), "Enter");
        assert_eq!(key_name(ctrl('s')), "Ctrl+S");
        assert_eq!(key_name(ch('r')), "r");
        assert_eq!(key_name(BACKTAB), "Shift+Tab");
        assert_eq!(key_name(SPACE), "Space");
        assert_eq!(key_name(f(1)), "F1");
        assert_eq!(key_name(alt('b')), "Alt+B");
    }

    #[test]
    fn labels_join_keys_and_fold_digit_runs() {
        const TWO: &[Key] = &[LEFT, ctrl('b')];
        const DIGITS: &[Key] = &[ch('1'), ch('2'), ch('3'), ch('4')];
        let two = Binding::new(Place::Text, TWO, ());
        assert_eq!(two.label(), "Left/Ctrl+B");
        let digits = Binding::digits(Place::OffText, DIGITS, |_| ());
        assert_eq!(digits.label(), "1-4");
        let typing = Binding::typing(Place::Text, |_| ());
        assert_eq!(typing.label(), "letters…");
    }
}
