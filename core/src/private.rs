//! Runtime support for the code that `#[derive(Builder)]` generates.
//!
//! Not public API: nothing here follows semver, and names may change in any
//! release. It is public only because generated code in other crates must
//! reach it.

pub use serde;

mod sealed {
    pub trait Sealed {}
}

/// Implemented only by this module's slot types, so that the marker traits
/// the derive generates can't be implemented for anything else.
pub trait Sealed: sealed::Sealed {}
impl<T: sealed::Sealed> Sealed for T {}

/// The state of a builder slot whose field has not been set.
#[derive(Debug, Clone, Copy)]
pub struct Unset;

/// The state of a builder slot whose field holds a value.
#[derive(Debug, Clone, Copy)]
pub struct Set<T>(pub T);

/// The slots of a field group, checked together at `build()`.
#[derive(Debug, Clone, Copy)]
pub struct Slots<T>(pub T);

impl sealed::Sealed for Unset {}
impl<T> sealed::Sealed for Set<T> {}
impl<T> sealed::Sealed for Slots<T> {}

/// The value of an optional slot, or a fallback.
///
/// `#[inline(always)]` on these one-line moves is what lets a built struct
/// cost the same as a struct literal, even in debug builds.
pub trait Optional<T>: Sealed {
    /// The value that was set, or `fallback()`.
    fn or_else<F: FnOnce() -> T>(self, fallback: F) -> T;
}

impl<T> Optional<T> for Unset {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see the trait docs")]
    fn or_else<F: FnOnce() -> T>(self, fallback: F) -> T {
        fallback()
    }
}

impl<T> Optional<T> for Set<T> {
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "a one-line move; see the trait docs")]
    fn or_else<F: FnOnce() -> T>(self, _: F) -> T {
        self.0
    }
}
