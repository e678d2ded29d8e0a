//! How flag values are parsed: counts of at least one, and the core's named choices
//! (character sets, code formats, cases) by the words the core gives them, so the core needs
//! no clap.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use keysmith_core::Named;

/// Parses a `T` by name or alias, with clap's own messages and completions.
#[derive(Debug, Clone, Copy)]
pub struct NamedParser<T>(PhantomData<T>);

/// The parser of `T`'s names, for `#[arg(value_parser = named::<T>())]`.
pub fn named<T: Named>() -> NamedParser<T> {
    NamedParser(PhantomData)
}

fn possible_values<T: Named>() -> impl Iterator<Item = PossibleValue> {
    T::VARIANTS
        .iter()
        .map(|value| PossibleValue::new(value.spelling()).aliases(value.aliases().iter().copied()))
}

impl<T: Named + Send + Sync> TypedValueParser for NamedParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        // Clap checks the spelling (and says what would do); the name it returns is one of ours.
        let name = PossibleValuesParser::new(possible_values::<T>()).parse_ref(cmd, arg, value)?;
        T::from_spelling(&name)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(possible_values::<T>()))
    }
}

/// A count of at least one, with a message that says what would do.
pub fn at_least_one(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(0) => Err("the count must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "'{text}' is not a count: use a whole number of at least 1"
        )),
    }
}
