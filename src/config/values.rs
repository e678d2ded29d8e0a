//! How option values are spelled in the file: enums by the names the command line takes
//! (the set by its number too), counts as whole numbers. Each refusal says what would do.

/// An enum, by its command-line name (case-insensitively, aliases too).
pub mod name {
    use std::fmt;
    use std::marker::PhantomData;

    use keysmith_core::Named;
    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::Serializer;

    pub fn serialize<S: Serializer, T: Named>(
        value: &Option<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.serialize_str(value.spelling()),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Named>(
        deserializer: D,
    ) -> Result<Option<T>, D::Error> {
        deserializer
            .deserialize_any(NameVisitor::<T>(PhantomData))
            .map(Some)
    }

    struct NameVisitor<T>(PhantomData<T>);

    impl<T: Named> NameVisitor<T> {
        fn parse<E: de::Error>(text: &str) -> Result<T, E> {
            T::from_spelling(text)
                .ok_or_else(|| E::custom(format!("{text:?} is not one of {}", T::spellings())))
        }
    }

    impl<T: Named> Visitor<'_> for NameVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "one of {}", T::spellings())
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            Self::parse(text)
        }

        // `set = 4`: the menu's number, as the command line's `-s 4`.
        fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
            Self::parse(&n.to_string())
        }

        fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
            Self::parse(&n.to_string())
        }
    }
}

/// A count or a length: a whole number, 0 or more.
pub mod whole {
    use std::fmt;

    use serde::de::{self, Deserializer, Unexpected, Visitor};
    use serde::ser::Serializer;

    pub fn serialize<S: Serializer>(
        value: &Option<usize>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(n) => serializer.serialize_u64(*n as u64),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_any(WholeVisitor).map(Some)
    }

    struct WholeVisitor;

    impl Visitor<'_> for WholeVisitor {
        type Value = usize;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a whole number, 0 or more")
        }

        fn visit_u64<E: de::Error>(self, n: u64) -> Result<usize, E> {
            usize::try_from(n).map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &self))
        }

        fn visit_i64<E: de::Error>(self, n: i64) -> Result<usize, E> {
            usize::try_from(n).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))
        }
    }
}
