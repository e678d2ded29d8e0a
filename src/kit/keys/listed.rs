//! A binding as the help and the footer see it, whatever its context's action type.

use std::any::TypeId;

use super::{Binding, Command, Describe, Key, Place, Shown};

/// What the help and the footer read of a binding.
pub trait Listed: Sync {
    fn place(&self) -> Place;
    fn label(&self) -> String;
    fn description(&self) -> &'static str;
    fn shown(&self) -> Shown;
    fn keys(&self) -> &'static [Key];
    /// Takes any printable character rather than the keys listed.
    fn is_typing(&self) -> bool;
    /// Two bindings that do the same thing have the same identity.
    fn identity(&self) -> (TypeId, &'static str);
}

impl<A: Describe + Sync> Listed for Binding<A> {
    fn place(&self) -> Place {
        self.place
    }

    fn label(&self) -> String {
        Binding::label(self)
    }

    fn description(&self) -> &'static str {
        Binding::description(self)
    }

    fn shown(&self) -> Shown {
        self.shown
    }

    fn keys(&self) -> &'static [Key] {
        self.keys
    }

    fn is_typing(&self) -> bool {
        matches!(self.command, Command::Type(_))
    }

    fn identity(&self) -> (TypeId, &'static str) {
        (TypeId::of::<A>(), Binding::description(self))
    }
}

/// A table as the help and the footer see it.
pub fn listed<A: Describe + Sync>(table: &'static [Binding<A>]) -> Vec<&'static dyn Listed> {
    table.iter().map(|binding| binding as &dyn Listed).collect()
}
