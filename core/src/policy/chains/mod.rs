//! The chains the exact sampler walks (see `grid`), and the atoms they count with.

mod atoms;
mod class_walk;
mod composition;
mod positional;
mod spread;

pub(crate) use atoms::Tracked;
pub(crate) use composition::Composition;
pub(crate) use positional::Positional;
pub(crate) use spread::Spread;
