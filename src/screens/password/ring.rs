//! The generator's focus ring, and what landing on a field does.

use super::{Field, State};
use keysmith_core::Kind;
use keysmith_core::Toggle;
use keysmith_core::policy::Class;

impl State {
    /// The focus ring: the mode and profile selectors first, as drawn, then the mode's fields.
    pub fn order(&self) -> Vec<Field> {
        let mut order = vec![Field::Mode, Field::Profile];
        match self.mode {
            Kind::Password => {
                order.push(Field::Length);
                if self.characters.menu_visible() {
                    order.push(Field::Menu);
                    order.extend(Toggle::ALL.map(Field::Toggle));
                    order.extend([Field::Symbols, Field::Exclude]);
                    order.extend(Class::ALL.map(Field::Minimum));
                    order.extend([Field::MaxConsecutive, Field::Site, Field::Rules]);
                }
            }
            Kind::Passphrase => {
                order.extend([Field::Words, Field::Separator, Field::Case, Field::Number]);
            }
        }
        if self.shown().is_some() {
            order.push(Field::Output);
        }
        order
    }

    /// A count field the focus lands on offers its number: typing a new one replaces it
    /// (`16` over a remembered `20`, not `2016`), Backspace or the arrows edit it.
    pub fn offer_focused_count(&mut self) {
        let field = match self.focus {
            Field::Length => &mut self.characters.length,
            Field::Words => &mut self.words.count,
            Field::Minimum(class) => &mut self.characters.chars.minimums[class.index()],
            Field::MaxConsecutive => &mut self.characters.chars.max_consecutive,
            Field::Mode
            | Field::Profile
            | Field::Menu
            | Field::Toggle(_)
            | Field::Symbols
            | Field::Exclude
            | Field::Site
            | Field::Rules
            | Field::Separator
            | Field::Case
            | Field::Number
            | Field::Output => return,
        };
        field.offer();
    }
}
